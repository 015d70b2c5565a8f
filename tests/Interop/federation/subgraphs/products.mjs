// products: the catalog (Federation 2). Owns Product, reachable by a single key (`upc`) and by a compound,
// nested key (`sku variation { id }`) that inventory joins on. Owns the entity interface Media (Book,
// Movie) that reviews extends with @interfaceObject. Covers: multiple/compound/nested @key, @shareable
// value types and fields, a field with arguments that inventory @requires, an @inaccessible field read
// only through @requires, the stale side of an @override (inStock, stock) and a union across subgraphs.
import { parse } from 'graphql';
import { runWhenMain } from '../lib/serve.mjs';

export const name = 'products';

export const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7",
          import: ["@key", "@shareable", "@inaccessible", "@tag"])

  type Query {
    topProducts(first: Int = 5): [Product!]!
    product(upc: String!): Product
    productBySku(sku: String!, variationId: ID!): Product
    products(filter: ProductFilter, page: PageInput): [Product!]!
    search(term: String!): [SearchResult!]!
    media: [Media!]!
    mediaItem(id: ID!): Media
  }

  input ProductFilter {
    category: Category
    maxPriceCents: Int
  }

  input PageInput {
    first: Int = 10
    offset: Int = 0
  }

  enum Category {
    FURNITURE
    LIGHTING
    TEXTILES
  }

  enum Currency {
    USD
    EUR
  }

  type Product @key(fields: "upc") @key(fields: "sku variation { id }") @tag(name: "public") {
    upc: String!
    sku: String!
    variation: ProductVariation!
    name: String! @shareable
    category: Category!
    price(currency: Currency = USD): Money!
    "Weight in grams."
    weight: Int
    dimensions: Dimensions
    "What the shop paid; needed by inventory to compute margins, hidden from clients."
    costCents: Int @inaccessible
    "Stale: inventory overrides this field (@override), so the gateway never asks products for it."
    inStock: Boolean!
    "Stale here; inventory overrides it behind a progressive-override label that is not enabled."
    stock: Int
  }

  type ProductVariation @shareable {
    id: ID!
    color: String
  }

  type Money @shareable {
    amount: Int!
    currency: Currency!
  }

  type Dimensions @shareable {
    length: Int!
    width: Int!
    height: Int!
  }

  interface Media @key(fields: "id") {
    id: ID!
    title: String!
  }

  type Book implements Media @key(fields: "id") {
    id: ID!
    title: String!
    author: String!
    pages: Int
  }

  type Movie implements Media @key(fields: "id") {
    id: ID!
    title: String!
    director: String!
    minutes: Int
  }

  union SearchResult = Product | Book | Movie
`);

const products = [
  { upc: '1', sku: 'TBL', variation: { id: 'oak', color: 'brown' }, name: 'Table', category: 'FURNITURE', priceCents: 89900, weight: 25000, dimensions: { length: 180, width: 90, height: 75 }, costCents: 40000 },
  { upc: '2', sku: 'COU', variation: { id: 'velvet', color: 'green' }, name: 'Couch', category: 'FURNITURE', priceCents: 129900, weight: 60000, dimensions: { length: 220, width: 95, height: 85 }, costCents: 70000 },
  { upc: '3', sku: 'CHR', variation: { id: 'oak', color: null }, name: 'Chair', category: 'FURNITURE', priceCents: 14900, weight: 7000, dimensions: { length: 50, width: 50, height: 90 }, costCents: 6000 },
  { upc: '4', sku: 'LMP', variation: { id: 'brass', color: 'gold' }, name: 'Lamp', category: 'LIGHTING', priceCents: 5900, weight: 1200, dimensions: null, costCents: 2000 },
  { upc: '5', sku: 'RUG', variation: { id: 'wool', color: 'red' }, name: 'Rug', category: 'TEXTILES', priceCents: 19900, weight: null, dimensions: { length: 200, width: 140, height: 1 }, costCents: 9000 },
];

const media = [
  { __typename: 'Book', id: 'b1', title: 'Structure and Interpretation of Computer Programs', author: 'Abelson', pages: 657 },
  { __typename: 'Book', id: 'b2', title: 'The Art of Computer Programming', author: 'Knuth', pages: null },
  { __typename: 'Movie', id: 'm1', title: 'Hidden Figures', director: 'Melfi', minutes: 127 },
  { __typename: 'Movie', id: 'm2', title: 'The Imitation Game', director: 'Tyldum', minutes: 114 },
];

// One euro per 1.25 dollars, in whole cents, so every conversion is exact.
const inCurrency = (cents, currency) => ({ amount: currency === 'EUR' ? (cents * 4) / 5 : cents, currency });

const byUpc = (upc) => products.find((p) => p.upc === upc) ?? null;
const bySku = (sku, variationId) => products.find((p) => p.sku === sku && p.variation.id === variationId) ?? null;
const mediaById = (id) => media.find((m) => m.id === id) ?? null;

export const resolvers = {
  Query: {
    topProducts: (_, { first }) => products.slice(0, first),
    product: (_, { upc }) => byUpc(upc),
    productBySku: (_, { sku, variationId }) => bySku(sku, variationId),
    products: (_, { filter, page }) => {
      const matching = products.filter((p) =>
        (!filter?.category || p.category === filter.category) &&
        (filter?.maxPriceCents == null || p.priceCents <= filter.maxPriceCents));
      const offset = page?.offset ?? 0;
      return matching.slice(offset, offset + (page?.first ?? 10));
    },
    search: (_, { term }) => {
      const t = term.toLowerCase();
      return [
        ...products.filter((p) => p.name.toLowerCase().includes(t)).map((p) => ({ __typename: 'Product', ...p })),
        ...media.filter((m) => m.title.toLowerCase().includes(t)),
      ];
    },
    media: () => media,
    mediaItem: (_, { id }) => mediaById(id),
  },
  Product: {
    __resolveReference: (ref) => (ref.upc !== undefined ? byUpc(ref.upc) : bySku(ref.sku, ref.variation.id)),
    price: (p, { currency }) => inCurrency(p.priceCents, currency),
    inStock: () => true,
    stock: () => 999,
  },
  Media: {
    __resolveReference: (ref) => mediaById(ref.id),
    __resolveType: (m) => m.__typename,
  },
  Book: { __resolveReference: (ref) => mediaById(ref.id) },
  Movie: { __resolveReference: (ref) => mediaById(ref.id) },
  SearchResult: { __resolveType: (v) => v.__typename },
};

runWhenMain(import.meta.url, { name, typeDefs, resolvers });
