// Serves Apollo Gateway (@apollo/gateway 2.14.4 inside @apollo/server 5) over running subgraphs that are
// NOT Apollo's: it asks each for `_service { sdl }`, composes the answers with @apollo/composition
// 2.14.4, writes the supergraph, and serves the gateway over it on a loopback port. The C# subgraph SDK
// tests (tests/Gateway.Subgraph.Tests/Interop) use it to check that Apollo composes and queries subgraphs
// written with the SDK, and that our gateway answers the same over the same supergraph.
//
// Usage: node subgraph-sdk/gateway.mjs NAME=URL [NAME=URL ...] [--supergraph-out FILE]
//
// When the gateway listens it prints ONE JSON line on stdout:
//   {"gateway":"http://127.0.0.1:P/graphql","supergraphPath":"/tmp/.../supergraph.graphql"}
// and runs until SIGTERM/SIGINT, or until stdin closes when stdin is a pipe (so a parent test process
// that dies takes it along). Composition errors and logs go to stderr; a failed composition exits 1.
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { fstatSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata servers: stay on loopback.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

const logger = { debug() {}, info() {}, warn: console.error, error: console.error };

function parseArguments(argv) {
  const options = { subgraphs: [], supergraphOut: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--supergraph-out') {
      options.supergraphOut = argv[++i];
      continue;
    }
    const separator = argv[i].indexOf('=');
    if (separator <= 0) throw new Error(`expected NAME=URL, got "${argv[i]}"`);
    options.subgraphs.push({ name: argv[i].slice(0, separator), url: argv[i].slice(separator + 1) });
  }
  if (options.subgraphs.length === 0) throw new Error('name at least one subgraph as NAME=URL');
  return options;
}

async function fetchSdl({ name, url }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = await response.json();
  const sdl = body?.data?._service?.sdl;
  if (typeof sdl !== 'string') {
    throw new Error(`${name} (${url}) answered _service without an sdl: ${JSON.stringify(body)}`);
  }
  return sdl;
}

async function composeFrom(subgraphs) {
  const services = [];
  for (const subgraph of subgraphs) {
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(await fetchSdl(subgraph)) });
  }
  const result = composeServices(services);
  if (result.errors?.length) {
    const messages = result.errors.map((e) => `- ${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n');
    throw new Error(`Composition failed with ${result.errors.length} error(s):\n${messages}`);
  }
  return result.supergraphSdl;
}

function stdinIsPipe() {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

try {
  const options = parseArguments(process.argv.slice(2));
  const supergraphSdl = await composeFrom(options.subgraphs);
  const supergraphPath = options.supergraphOut ?? join(mkdtempSync(join(tmpdir(), 'subgraph-sdk-')), 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraphSdl);

  const server = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl, logger }),
    includeStacktraceInErrorResponses: false,
    logger,
    stopOnTerminationSignals: false,
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });

  let stopping = false;
  const shutdown = async (why) => {
    if (stopping) return;
    stopping = true;
    console.error(`stopping (${why})`);
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (stdinIsPipe()) {
    process.stdin.on('end', () => shutdown('stdin closed'));
    process.stdin.on('error', () => shutdown('stdin error'));
    process.stdin.resume();
  }
  process.stdout.write(`${JSON.stringify({ gateway: new URL('graphql', url).href, supergraphPath })}\n`);
} catch (error) {
  console.error(error.stack ?? String(error));
  process.exit(1);
}
