// Serves the supergraph with the reference gateway, @apollo/gateway 2.14.4 inside @apollo/server 5, with
// their defaults (its subgraph fetcher keeps connections alive, without a socket limit), in production
// mode, as a deployment would run it:
//
//   NODE_ENV=production APOLLO_TELEMETRY_DISABLED=true node apollo-gateway.mjs <supergraph.graphql> <port>
//
// stdout carries one line, the URL, once listening; run.sh waits for it.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';

const [supergraphPath, portText] = process.argv.slice(2);
if (!supergraphPath || !portText) {
  console.error('usage: node apollo-gateway.mjs <supergraph.graphql> <port>');
  process.exit(2);
}

// Without it @apollo/gateway reports anonymous usage to Apollo: the benchmark stays on loopback.
if (process.env.APOLLO_TELEMETRY_DISABLED !== 'true') {
  console.error('apollo-gateway.mjs: set APOLLO_TELEMETRY_DISABLED=true (run.sh does)');
  process.exit(2);
}

const logger = { debug() {}, info() {}, warn: console.error, error: console.error };
const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8'), logger });
const server = new ApolloServer({ gateway, logger });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(portText) } });
console.log(url);
