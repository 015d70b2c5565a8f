// Every subgraph of the interop supergraph, in composition order: the domain subgraphs, then the fault
// subgraphs (see faults.mjs). Names are the supergraph's join__Graph names (lower case).
import * as users from '../subgraphs/users.mjs';
import * as products from '../subgraphs/products.mjs';
import * as inventory from '../subgraphs/inventory.mjs';
import * as reviews from '../subgraphs/reviews.mjs';
import * as shipping from '../subgraphs/shipping.mjs';
import { faultSubgraphs } from './faults.mjs';

export const domainSubgraphs = [users, products, inventory, reviews, shipping].map(({ name, typeDefs, resolvers }) => ({ name, typeDefs, resolvers }));

export const allSubgraphs = [...domainSubgraphs, ...faultSubgraphs];

export const isFault = (name) => name.startsWith('fault-');

// The URL a subgraph has in the committed supergraph fixture; start.mjs rewrites it to the real one.
export const placeholderUrl = (name) => `http://${name}.subgraph.invalid/graphql`;
