// Serves one benchmark subgraph (see subgraphs.mjs) on a loopback port with node:http:
//
//   node subgraph-server.mjs <products|inventory|reviews|accounts> <port>
//
// It is a real Federation 2 subgraph: @apollo/subgraph's buildSubgraphSchema answers `_service { sdl }`
// and `_entities`, executed by graphql-js. So that the subgraphs are never what a gateway waits for,
// each distinct request body is executed once and its JSON answer kept; later identical requests (all of
// them, after the warm-up: a gateway sends the same subgraph operations for the same client operation)
// are answered from that copy without parsing the body.
//
// GET /seen answers the distinct bodies received since the previous GET /seen (a JSON array of strings):
// run.sh uses it to learn which subgraph requests one gateway request makes, and then times those
// requests sent directly. Logs go to stderr; stdout carries one line, the URL, once listening.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse } from 'graphql';
import http from 'node:http';
import { allSubgraphs } from './subgraphs.mjs';

const [name, portText] = process.argv.slice(2);
const subgraph = allSubgraphs.find((candidate) => candidate.name === name);
if (!subgraph || !portText) {
  console.error(`usage: node subgraph-server.mjs <${allSubgraphs.map((s) => s.name).join('|')}> <port>`);
  process.exit(2);
}

const schema = buildSubgraphSchema([{ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers }]);

// Bounded, so a gateway that sent ever-different bodies would slow the subgraph down, not exhaust memory.
const MAX_ANSWERS = 10_000;
const answers = new Map();
let seen = new Set();

async function answer(body) {
  const cached = answers.get(body);
  if (cached) return cached;
  const { query, variables, operationName } = JSON.parse(body);
  const result = await execute({ schema, document: parse(query), variableValues: variables, operationName });
  const json = Buffer.from(JSON.stringify(result));
  // Only successful answers are kept: an error is worth seeing again, not replaying.
  if (!result.errors && answers.size < MAX_ANSWERS) answers.set(body, json);
  else if (result.errors) console.error(`${name}: ${JSON.stringify(result.errors)}`);
  return json;
}

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/seen') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify([...seen]));
    seen = new Set();
    return;
  }
  if (request.method !== 'POST') {
    response.writeHead(405, { allow: 'POST' }).end();
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    seen.add(body);
    answer(body).then(
      (json) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': json.length });
        response.end(json);
      },
      (error) => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
      });
  });
});

// Many gateway connections stay open between requests; Node's 5 s default would close idle ones mid-run.
server.keepAliveTimeout = 60_000;
server.listen(Number(portText), '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/graphql`);
});

process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
