// shipping: carts, orders and shipments, written as a Federation 1 subgraph (no @link; entities owned
// elsewhere are declared with `extend type ... @key` and their key fields marked @external), the way
// many production subgraphs still are. Composition upgrades it. Covers: Fed 1 `extend type` with @key and
// @external, @requires and @provides in Fed 1 syntax, a flat compound key reference (Warehouse), a union
// whose members are entities of other subgraphs, an input object and a mutation sequence (the cart).
import { parse } from 'graphql';
import { runWhenMain } from '../lib/serve.mjs';

export const name = 'shipping';

export const typeDefs = parse(`
  extend type Query {
    order(id: ID!): Order
    orders: [Order!]!
    cart(userId: ID!): Cart
  }

  extend type Mutation {
    clearCart(userId: ID!): Cart!
    setCartItem(userId: ID!, item: CartItemInput!): Cart!
    "Turns the cart into an order and empties the cart."
    checkout(userId: ID!): Order
  }

  input CartItemInput {
    upc: String!
    quantity: Int!
  }

  type Cart {
    user: User!
    items: [CartItem!]!
    totalQuantity: Int!
  }

  type CartItem {
    product: Product!
    quantity: Int!
  }

  type Order @key(fields: "id") {
    id: ID!
    status: OrderStatus!
    buyer: User @provides(fields: "name")
    items: [OrderItem!]!
    shipment: Shipment
  }

  type OrderItem {
    item: Purchasable!
    quantity: Int!
  }

  union Purchasable = Product | Book

  type Shipment {
    carrier: String!
    trackingNumber: String
    fromWarehouse: Warehouse
  }

  enum OrderStatus {
    PLACED
    SHIPPED
    DELIVERED
    CANCELLED
  }

  extend type User @key(fields: "id") {
    id: ID! @external
    name: String! @external
    orders: [Order!]!
  }

  extend type Product @key(fields: "upc") {
    upc: String! @external
    weight: Int @external
    shippingCostCents: Int @requires(fields: "weight")
  }

  extend type Book @key(fields: "id") {
    id: ID! @external
  }

  extend type Warehouse @key(fields: "region code") {
    region: String! @external
    code: String! @external
  }
`);

const buyerNames = { u1: 'Ada Lovelace', u2: 'Alan Turing', u3: 'Grace Hopper' };

const orders = [
  { id: 'o1', status: 'DELIVERED', buyerId: 'u1', items: [{ upc: '1', quantity: 1 }, { bookId: 'b1', quantity: 2 }], shipment: { carrier: 'DHL', trackingNumber: 'DHL-1', warehouse: { region: 'eu', code: 'ams' } } },
  { id: 'o2', status: 'SHIPPED', buyerId: 'u1', items: [{ upc: '4', quantity: 3 }], shipment: { carrier: 'UPS', trackingNumber: null, warehouse: { region: 'us', code: 'sfo' } } },
  { id: 'o3', status: 'PLACED', buyerId: 'u2', items: [{ upc: '3', quantity: 4 }, { upc: '5', quantity: 1 }], shipment: null },
  { id: 'o4', status: 'CANCELLED', buyerId: 'u3', items: [{ bookId: 'b2', quantity: 1 }], shipment: null },
];

// Carts and checked-out orders are mutable, but only the mutation operations touch them (each starts by
// clearing its own user's cart), so queries stay deterministic whatever order operations run in.
const carts = new Map();
const checkedOut = new Map();

const cartOf = (userId) => ({ userId, items: carts.get(userId) ?? [] });
const orderById = (id) => orders.find((o) => o.id === id) ?? checkedOut.get(id) ?? null;

export const resolvers = {
  Query: {
    order: (_, { id }) => orderById(id),
    orders: () => orders,
    cart: (_, { userId }) => cartOf(userId),
  },
  Mutation: {
    clearCart: (_, { userId }) => {
      carts.delete(userId);
      return cartOf(userId);
    },
    setCartItem: (_, { userId, item }) => {
      const items = (carts.get(userId) ?? []).filter((i) => i.upc !== item.upc);
      if (item.quantity > 0) items.push({ upc: item.upc, quantity: item.quantity });
      carts.set(userId, items);
      return cartOf(userId);
    },
    checkout: (_, { userId }) => {
      const items = carts.get(userId) ?? [];
      if (items.length === 0) return null;
      const order = { id: `checkout-${userId}`, status: 'PLACED', buyerId: userId, items, shipment: null };
      checkedOut.set(order.id, order);
      carts.delete(userId);
      return order;
    },
  },
  Cart: {
    user: (c) => ({ id: c.userId }),
    totalQuantity: (c) => c.items.reduce((s, i) => s + i.quantity, 0),
  },
  CartItem: { product: (i) => ({ upc: i.upc }) },
  Order: {
    __resolveReference: (ref) => orderById(ref.id),
    buyer: (o) => ({ id: o.buyerId, name: buyerNames[o.buyerId] ?? null }),
  },
  OrderItem: {
    item: (i) => (i.upc ? { __typename: 'Product', upc: i.upc } : { __typename: 'Book', id: i.bookId }),
  },
  Purchasable: { __resolveType: (v) => v.__typename },
  Shipment: { fromWarehouse: (s) => s.warehouse },
  User: {
    orders: (u) => orders.filter((o) => o.buyerId === u.id),
  },
  Product: {
    // 5 dollars plus 1 cent per 100 g; unknown weight, unknown cost.
    shippingCostCents: (p) => (p.weight == null ? null : 500 + Math.floor(p.weight / 100)),
  },
};

runWhenMain(import.meta.url, { name, typeDefs, resolvers });
