// reviews: what customers say (Federation 2). Covers: @provides (the author's name comes with the
// review, no join to users), a @shareable field also owned by products (Product.name, kept in sync),
// @interfaceObject (Media is an interface in products; here it is an object type that adds fields to
// every implementation), an input object also defined by products (PageInput), and a field that fails
// with a GraphQL error for one moderated review.
import { GraphQLError, parse } from 'graphql';
import { runWhenMain } from '../lib/serve.mjs';

export const name = 'reviews';

export const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9",
          import: ["@key", "@shareable", "@external", "@provides", "@interfaceObject", "@tag"])

  type Query {
    topReviews(first: Int = 3): [Review!]!
    review(id: ID!): Review
    reviewsPage(page: PageInput): [Review!]!
    topRatedMedia: [Media!]!
  }

  input PageInput {
    first: Int = 10
    offset: Int = 0
  }

  type Review @key(fields: "id") @tag(name: "public") {
    id: ID!
    body: String
    rating: Int!
    author: User @provides(fields: "name")
    product: Product
    media: Media
  }

  type User @key(fields: "id") {
    id: ID!
    name: String! @external
    reviews: [Review!]!
  }

  type Product @key(fields: "upc") {
    upc: String!
    name: String! @shareable
    reviews: [Review!]!
    reviewCount: Int!
    averageRating: Float
  }

  type Media @key(fields: "id") @interfaceObject {
    id: ID!
    reviews: [Review!]!
    averageRating: Float
  }
`);

// Product names duplicate products' (Product.name is @shareable: both must agree).
const productNames = { 1: 'Table', 2: 'Couch', 3: 'Chair', 4: 'Lamp', 5: 'Rug' };
const authorNames = { u1: 'Ada Lovelace', u2: 'Alan Turing', u3: 'Grace Hopper', u4: 'Edsger Dijkstra', u5: 'Margaret Hamilton' };

const reviews = [
  { id: 'r1', body: 'Sturdy and beautiful.', rating: 5, authorId: 'u1', upc: '1', mediaId: null },
  { id: 'r2', body: 'Too soft for my taste.', rating: 3, authorId: 'u2', upc: '2', mediaId: null },
  { id: 'r3', body: 'Wobbles a little.', rating: 2, authorId: 'u3', upc: '1', mediaId: null },
  { id: 'r4', body: 'A classic.', rating: 5, authorId: 'u4', upc: null, mediaId: 'b1' },
  { id: 'r5', body: 'Inspiring.', rating: 4, authorId: 'u1', upc: null, mediaId: 'm1' },
  { id: 'r6', body: null, rating: 1, authorId: 'u2', upc: '4', mediaId: null, moderated: true },
  { id: 'r7', body: 'Bright enough.', rating: 4, authorId: 'u5', upc: '4', mediaId: null },
  { id: 'r8', body: 'Long but worth it.', rating: 5, authorId: 'u3', upc: null, mediaId: 'b2' },
];

const byId = (id) => reviews.find((r) => r.id === id) ?? null;
const average = (list) => (list.length ? list.reduce((s, r) => s + r.rating, 0) / list.length : null);

export const resolvers = {
  Query: {
    topReviews: (_, { first }) => reviews.slice(0, first),
    review: (_, { id }) => byId(id),
    reviewsPage: (_, { page }) => reviews.slice(page?.offset ?? 0, (page?.offset ?? 0) + (page?.first ?? 10)),
    // Media is an @interfaceObject here: the concrete type (Book/Movie) is only known to products.
    topRatedMedia: () => ['b1', 'b2', 'm1'].map((id) => ({ id })),
  },
  Review: {
    __resolveReference: (ref) => byId(ref.id),
    body: (r) => {
      if (r.moderated) throw new GraphQLError(`Review ${r.id} is hidden by moderation`, { extensions: { code: 'MODERATED' } });
      return r.body;
    },
    author: (r) => ({ id: r.authorId, name: authorNames[r.authorId] }),
    product: (r) => (r.upc ? { upc: r.upc, name: productNames[r.upc] } : null),
    media: (r) => (r.mediaId ? { id: r.mediaId } : null),
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id, name: authorNames[ref.id] }),
    reviews: (u) => reviews.filter((r) => r.authorId === u.id),
  },
  Product: {
    __resolveReference: (ref) => ({ upc: ref.upc, name: productNames[ref.upc] }),
    reviews: (p) => reviews.filter((r) => r.upc === p.upc),
    reviewCount: (p) => reviews.filter((r) => r.upc === p.upc).length,
    averageRating: (p) => average(reviews.filter((r) => r.upc === p.upc)),
  },
  Media: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reviews: (m) => reviews.filter((r) => r.mediaId === m.id),
    averageRating: (m) => average(reviews.filter((r) => r.mediaId === m.id)),
  },
};

runWhenMain(import.meta.url, { name, typeDefs, resolvers });
