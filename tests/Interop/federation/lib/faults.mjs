// Fault subgraphs: six tiny Federation 2 subgraphs, each composed into the supergraph like any other and
// each served in one failure mode, so failure cases are ordinary operations that select their fields:
//
//   fault-down      nothing listens on its port (connection refused)
//   fault-http500   answers HTTP 500 with a plain-text body
//   fault-badjson   answers 200 application/json with a truncated JSON body
//   fault-badshape  answers 200 with valid JSON of the wrong shape: strings become numbers, numbers
//                   become strings, and an `_entities` list of five or more loses its last entry
//   fault-slow      answers correctly, but only after SLOW_RESPONSE_MS, beyond the gateway's subgraph
//                   timeout (SUBGRAPH_TIMEOUT_MS)
//   fault-errors    a real @apollo/server whose every field of its own fails with a GraphQL error
//
// Each adds `Query.<p>Status: String`, `Product.<p>Score: Int`, `Product.<p>Label: String!` (non-null, so
// a failure nulls the enclosing product) and `User.<p>Badge: String` (declared with `extend type`, which
// the supergraph records as join__type(extension: true)), where <p> is the mode's prefix.
import { execute, GraphQLError, parse } from 'graphql';
import http from 'node:http';
import { serveSubgraph, subgraphSchema } from './serve.mjs';

export const SUBGRAPH_TIMEOUT_MS = 1500;
export const SLOW_RESPONSE_MS = 4000;

export const faultModes = {
  'fault-down': 'down',
  'fault-http500': 'http500',
  'fault-badjson': 'badJson',
  'fault-badshape': 'badShape',
  'fault-slow': 'slow',
  'fault-errors': 'errors',
};

function faultSubgraph(name, prefix) {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

    type Query {
      ${prefix}Status: String
    }

    type Product @key(fields: "upc") {
      upc: String!
      ${prefix}Score: Int
      ${prefix}Label: String!
    }

    extend type User @key(fields: "id") {
      id: ID!
      ${prefix}Badge: String
    }
  `);
  const fail = (what) => () => {
    throw new GraphQLError(`${name} cannot resolve ${what}`, { extensions: { code: 'INJECTED_FAULT' } });
  };
  const failing = name === 'fault-errors';
  const resolvers = {
    Query: { [`${prefix}Status`]: failing ? fail('status') : () => `${prefix} ok` },
    Product: {
      __resolveReference: (ref) => ref,
      [`${prefix}Score`]: failing ? fail('score') : (p) => Number(p.upc) * 10,
      [`${prefix}Label`]: failing ? fail('label') : (p) => `${prefix}-${p.upc}`,
    },
    User: {
      __resolveReference: (ref) => ref,
      [`${prefix}Badge`]: failing ? fail('badge') : (u) => `badge-${u.id}`,
    },
  };
  return { name, typeDefs, resolvers };
}

export const faultSubgraphs = Object.entries(faultModes).map(([name, prefix]) => faultSubgraph(name, prefix));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function executeRequest(schema, body) {
  const { query, variables, operationName } = JSON.parse(body);
  return execute({ schema, document: parse(query), variableValues: variables, operationName });
}

// Wrong types everywhere (except __typename); long `_entities` lists (five or more, e.g. all users) also
// come back one entity short, while shorter ones keep their length so the wrong types are what is tested.
function corrupt(value, key) {
  if (Array.isArray(value)) {
    const items = value.map((v) => corrupt(v));
    return key === '_entities' && items.length >= 5 ? items.slice(0, -1) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '__typename' ? v : corrupt(v, k)]));
  }
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return `not-a-number-${value}`;
  return value;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}

function closer(server) {
  return () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

// Serves one fault subgraph in its mode; returns { name, url, stop } like serveSubgraph.
export async function serveFaultSubgraph(subgraph, port = 0) {
  const { name } = subgraph;
  if (name === 'fault-errors') return serveSubgraph(subgraph, port);
  if (name === 'fault-down') {
    // Take a free port and release it, so the URL refuses connections.
    const probe = http.createServer();
    const freePort = await listen(probe, port);
    await closer(probe)();
    return { name, url: `http://127.0.0.1:${freePort}/graphql`, stop: async () => {} };
  }
  const schema = subgraphSchema(subgraph);
  const timers = new Set();
  const server = http.createServer(async (req, res) => {
    const body = await readBody(req);
    if (name === 'fault-http500') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error: injected fault');
      return;
    }
    if (name === 'fault-badjson') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"_entities":[{"__typename":"Product",');
      return;
    }
    const result = JSON.parse(JSON.stringify(await executeRequest(schema, body)));
    if (name === 'fault-badshape') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...result, data: corrupt(result.data) }));
      return;
    }
    // fault-slow: a correct answer, too late.
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      }
    }, SLOW_RESPONSE_MS);
    timers.add(timer);
  });
  const actualPort = await listen(server, port);
  const stop = closer(server);
  return {
    name,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: async () => {
      for (const t of timers) clearTimeout(t);
      await stop();
    },
  };
}
