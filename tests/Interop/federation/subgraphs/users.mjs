// users: the people of the shop (Federation 2). Owns User, reachable by two keys (`id` and `email`), so
// other subgraphs may join on either one. Covers: multiple @key, @shareable (User.name is provided by
// reviews through @provides), @inaccessible (a field and an enum value), @tag, @composeDirective with a
// custom data-classification directive, a union member contributed from this subgraph, a reference-only
// entity (Product with `resolvable: false`), and a mutation.
import { parse } from 'graphql';
import { runWhenMain } from '../lib/serve.mjs';

export const name = 'users';

export const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7",
          import: ["@key", "@shareable", "@inaccessible", "@tag", "@composeDirective"])
    @link(url: "https://specs.example.dev/dataclass/v1.0", import: ["@dataClass"])
    @composeDirective(name: "@dataClass")

  "Data classification of a field, kept in the supergraph for the gateway's field-access policy."
  directive @dataClass(level: String!) on FIELD_DEFINITION

  type Query {
    me: User
    user(id: ID!): User
    userByEmail(email: String!): User
    users: [User!]!
    searchUsers(term: String!): [SearchResult!]!
  }

  type Mutation {
    "Renames a user and returns the user as it is after the change."
    renameUser(id: ID!, name: String!): User
  }

  type User @key(fields: "id") @key(fields: "email") @tag(name: "public") {
    id: ID!
    email: String! @tag(name: "pii") @dataClass(level: "confidential")
    name: String! @shareable
    tier: Tier!
    "Free text kept for support staff only; not part of the public API."
    internalNote: String @inaccessible
    favoriteProducts: [Product!]!
  }

  enum Tier {
    FREE
    PRO
    ENTERPRISE
    STAFF @inaccessible
  }

  union SearchResult = User

  type Product @key(fields: "upc", resolvable: false) {
    upc: String!
  }
`);

// u5 has the inaccessible tier STAFF: reading it through the API schema fails enum serialization.
const users = [
  { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', tier: 'PRO', internalNote: 'vip', favorites: ['1', '3'] },
  { id: 'u2', email: 'alan@example.com', name: 'Alan Turing', tier: 'FREE', internalNote: null, favorites: [] },
  { id: 'u3', email: 'grace@example.com', name: 'Grace Hopper', tier: 'ENTERPRISE', internalNote: 'admiral', favorites: ['2'] },
  { id: 'u4', email: 'edsger@example.com', name: 'Edsger Dijkstra', tier: 'FREE', internalNote: null, favorites: ['5', '4'] },
  { id: 'u5', email: 'margaret@example.com', name: 'Margaret Hamilton', tier: 'STAFF', internalNote: 'apollo', favorites: ['1'] },
];

const byId = (id) => users.find((u) => u.id === id) ?? null;
const byEmail = (email) => users.find((u) => u.email === email) ?? null;

export const resolvers = {
  Query: {
    me: () => byId('u1'),
    user: (_, { id }) => byId(id),
    userByEmail: (_, { email }) => byEmail(email),
    users: () => users,
    searchUsers: (_, { term }) => users.filter((u) => u.name.toLowerCase().includes(term.toLowerCase())),
  },
  Mutation: {
    renameUser: (_, { id, name }) => {
      const user = byId(id);
      if (user) user.name = name;
      return user;
    },
  },
  User: {
    __resolveReference: (ref) => (ref.id !== undefined ? byId(ref.id) : byEmail(ref.email)),
    favoriteProducts: (user) => user.favorites.map((upc) => ({ upc })),
  },
  SearchResult: { __resolveType: () => 'User' },
};

runWhenMain(import.meta.url, { name, typeDefs, resolvers });
