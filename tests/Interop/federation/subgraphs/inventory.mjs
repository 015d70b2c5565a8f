// inventory: stock and warehouses (Federation 2). Knows products only by the compound, nested key
// `sku variation { id }`, so every join from elsewhere goes through products first. Covers: nested
// compound @key, @override (plain and with a progressive-override label), @requires with a nested
// selection, @requires of a field with arguments, @requires of an @inaccessible field, a flat compound
// key (Warehouse: `region code`), a reference-only entity on the second key of User, and fields that
// fail with GraphQL errors (nullable and non-null).
import { GraphQLError, parse } from 'graphql';
import { runWhenMain } from '../lib/serve.mjs';

export const name = 'inventory';

export const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7",
          import: ["@key", "@shareable", "@external", "@requires", "@override", "@inaccessible"])

  type Query {
    warehouses: [Warehouse!]!
    lowStock: [Product!]!
  }

  type Product @key(fields: "sku variation { id }") {
    sku: String!
    variation: ProductVariation!
    inStock: Boolean! @override(from: "products")
    "Behind a label that @apollo/gateway never enables, so products keeps answering it."
    stock: Int @override(from: "products", label: "stock-service-v2")
    weight: Int @external
    dimensions: Dimensions @external
    price(currency: Currency = USD): Money! @external
    costCents: Int @external
    shippingClass: String! @requires(fields: "weight dimensions { length width height }")
    insuranceCents: Int @requires(fields: "price(currency: EUR) { amount currency }")
    restockCostCents: Int @requires(fields: "costCents")
    warehouse: Warehouse
    stockNote: String
    restockDate: String!
  }

  type ProductVariation @shareable {
    id: ID!
    color: String
  }

  type Money @shareable {
    amount: Int!
    currency: Currency!
  }

  enum Currency {
    USD
    EUR
  }

  type Dimensions @shareable {
    length: Int!
    width: Int!
    height: Int!
  }

  type Warehouse @key(fields: "region code") {
    region: String!
    code: String!
    name: String!
    manager: User
  }

  type User @key(fields: "email", resolvable: false) {
    email: String!
  }
`);

const stock = {
  'TBL:oak': { inStock: true, stock: 4, warehouse: ['eu', 'ams'] },
  'COU:velvet': { inStock: false, stock: 0, warehouse: ['eu', 'ams'] },
  'CHR:oak': { inStock: true, stock: 31, warehouse: ['us', 'nyc'] },
  'LMP:brass': { inStock: true, stock: 2, warehouse: ['us', 'sfo'] },
  'RUG:wool': { inStock: false, stock: 0, warehouse: null },
};

const warehouses = [
  { region: 'eu', code: 'ams', name: 'Amsterdam', managerEmail: 'grace@example.com' },
  { region: 'us', code: 'nyc', name: 'New York', managerEmail: 'ada@example.com' },
  { region: 'us', code: 'sfo', name: 'San Francisco', managerEmail: null },
];

const keyOf = (p) => `${p.sku}:${p.variation.id}`;
const warehouseByKey = (region, code) => warehouses.find((w) => w.region === region && w.code === code) ?? null;

export const resolvers = {
  Query: {
    warehouses: () => warehouses,
    lowStock: () => [
      { sku: 'COU', variation: { id: 'velvet' } },
      { sku: 'LMP', variation: { id: 'brass' } },
      { sku: 'RUG', variation: { id: 'wool' } },
    ],
  },
  Product: {
    __resolveReference: (ref) => ({ ...ref, ...stock[keyOf(ref)] }),
    // Bulky or heavy goods ship as freight; products without weight or size cannot be classified.
    shippingClass: (p) => {
      if (p.weight == null || p.dimensions == null) return 'UNKNOWN';
      const volume = p.dimensions.length * p.dimensions.width * p.dimensions.height;
      return p.weight > 20000 || volume > 1000000 ? 'FREIGHT' : 'PARCEL';
    },
    // 1% of the euro price, rounded to whole cents.
    insuranceCents: (p) => (p.price ? Math.round(p.price.amount / 100) : null),
    restockCostCents: (p) => (p.costCents == null ? null : p.costCents * 10),
    warehouse: (p) => (p.warehouse ? warehouseByKey(...p.warehouse) : null),
    stockNote: (p) => {
      if (p.sku === 'RUG') throw new GraphQLError('Stock note unavailable for RUG', { extensions: { code: 'STOCK_NOTE_UNAVAILABLE' } });
      return `${p.stock ?? 0} left`;
    },
    restockDate: (p) => {
      if (p.sku === 'LMP') throw new GraphQLError('Restock date unknown for LMP');
      return p.inStock ? 'n/a' : '2030-01-15';
    },
  },
  Warehouse: {
    __resolveReference: (ref) => warehouseByKey(ref.region, ref.code),
    manager: (w) => (w.managerEmail ? { email: w.managerEmail } : null),
  },
};

runWhenMain(import.meta.url, { name, typeDefs, resolvers });
