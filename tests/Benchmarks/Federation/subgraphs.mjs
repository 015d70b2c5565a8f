// The benchmark's four Federation 2 subgraphs, in composition order, each { name, typeDefs, resolvers }.
// Their data is generated from the product's index alone, so every run (and every gateway) sees the same
// answers:
//
//   products   Query.topProducts(first) and the Product entity's own fields (upc, name, price, weight)
//   inventory  Product.inStock, and Product.shippingEstimate @requires(fields: "price weight")
//   reviews    Product.reviews, and Review.author as a User reference
//   accounts   the User entity (name, username, email)
//
// Scenario (a) joins products and reviews; scenario (b) reaches all four, inventory through @requires
// (see operations/).
import { parse } from 'graphql';

export const PRODUCT_COUNT = 100;
export const REVIEWS_PER_PRODUCT = 4;
const USER_COUNT = 40;

const upcOf = (index) => String(1000 + index);
const indexOf = (upc) => Number(upc) - 1000;

// A sentence long enough that a review weighs what a real one does; scenario (b)'s answer is about 50 KB.
const reviewBody = (productIndex, reviewIndex) =>
  `Review ${reviewIndex + 1} of product ${upcOf(productIndex)}: sturdy, arrived on time, and does what the description says. Would buy again.`;

export const products = {
  name: 'products',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

    type Query {
      topProducts(first: Int = 5): [Product!]!
    }

    type Product @key(fields: "upc") {
      upc: String!
      name: String!
      price: Int!
      weight: Int!
    }
  `),
  resolvers: {
    Query: {
      topProducts: (_, { first }) => Array.from({ length: Math.min(first, PRODUCT_COUNT) }, (_, index) => productOf(index)),
    },
    Product: {
      __resolveReference: ({ upc }) => productOf(indexOf(upc)),
    },
  },
};

function productOf(index) {
  return { upc: upcOf(index), name: `Product ${index + 1}`, price: 100 + ((index * 37) % 900), weight: 1 + ((index * 13) % 40) };
}

export const inventory = {
  name: 'inventory',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])

    type Product @key(fields: "upc") {
      upc: String!
      price: Int! @external
      weight: Int! @external
      inStock: Boolean!
      shippingEstimate: Int! @requires(fields: "price weight")
    }
  `),
  resolvers: {
    Product: {
      __resolveReference: (reference) => reference,
      inStock: ({ upc }) => indexOf(upc) % 3 !== 0,
      // Free above 1000, else half the weight: needs both external fields, so the gateway must fetch them.
      shippingEstimate: ({ price, weight }) => (price > 1000 ? 0 : Math.round(weight / 2)),
    },
  },
};

export const reviews = {
  name: 'reviews',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

    type Product @key(fields: "upc") {
      upc: String!
      reviews: [Review!]!
    }

    type Review @key(fields: "id") {
      id: ID!
      body: String!
      rating: Int!
      author: User!
    }

    type User @key(fields: "id", resolvable: false) {
      id: ID!
    }
  `),
  resolvers: {
    Product: {
      __resolveReference: (reference) => reference,
      reviews: ({ upc }) => Array.from({ length: REVIEWS_PER_PRODUCT }, (_, reviewIndex) => reviewOf(indexOf(upc), reviewIndex)),
    },
    Review: {
      __resolveReference: ({ id }) => {
        const [productIndex, reviewIndex] = id.split('-').map(Number);
        return reviewOf(productIndex, reviewIndex);
      },
      author: ({ authorId }) => ({ id: authorId }),
    },
  },
};

function reviewOf(productIndex, reviewIndex) {
  return {
    id: `${productIndex}-${reviewIndex}`,
    body: reviewBody(productIndex, reviewIndex),
    rating: 1 + ((productIndex + reviewIndex) % 5),
    authorId: String((productIndex * REVIEWS_PER_PRODUCT + reviewIndex) % USER_COUNT),
  };
}

export const accounts = {
  name: 'accounts',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

    type User @key(fields: "id") {
      id: ID!
      name: String!
      username: String!
      email: String!
    }
  `),
  resolvers: {
    User: {
      __resolveReference: ({ id }) => ({ id, name: `User ${id}`, username: `user${id}`, email: `user${id}@example.com` }),
    },
  },
};

export const allSubgraphs = [products, inventory, reviews, accounts];
