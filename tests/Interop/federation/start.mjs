// Starts the interop rig: every subgraph (domain and fault, see lib/faults.mjs) on loopback ports, the
// composed supergraph with their real URLs, and the reference gateway, @apollo/gateway 2.14.4 inside
// @apollo/server 5, over that supergraph. When everything listens it prints ONE JSON line on stdout:
//
//   {"gateway":"http://127.0.0.1:P/graphql","supergraphPath":"/tmp/.../supergraph.graphql",
//    "subgraphTimeoutMs":500,"subgraphs":{"users":"http://127.0.0.1:Q/graphql",...}}
//
// and keeps running until SIGTERM/SIGINT, or until stdin closes when stdin is a pipe (so a parent test
// process that dies takes the rig with it). Logs go to stderr.
//
// Options:
//   --port-base N        serve subgraph i (in lib/subgraphs.mjs order) on port N+i instead of a free port
//   --gateway-port N     serve Apollo Gateway on port N (default: a free port)
//   --no-gateway         start only the subgraphs (for a gateway under test); "gateway" is then null
//   --supergraph-out F   write the supergraph with real URLs to F (default: a file in the OS temp dir)
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import fetcher from 'make-fetch-happen';
import { fstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose.mjs';
import { serveFaultSubgraph, SUBGRAPH_TIMEOUT_MS } from './lib/faults.mjs';
import { serveSubgraph, stderrLogger } from './lib/serve.mjs';
import { allSubgraphs, isFault, placeholderUrl } from './lib/subgraphs.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function parseArguments(argv) {
  const options = { portBase: null, gatewayPort: 0, gateway: true, supergraphOut: null };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--port-base': options.portBase = Number(value()); break;
      case '--gateway-port': options.gatewayPort = Number(value()); break;
      case '--no-gateway': options.gateway = false; break;
      case '--supergraph-out': options.supergraphOut = value(); break;
      default: throw new Error(`unknown option ${argv[i]} (see the comment at the top of start.mjs)`);
    }
  }
  return options;
}

// The gateway's subgraph timeout is part of the contract: fault-slow answers after it, and our gateway
// must be configured with the same value when compared against the recorded expectations.
class TimeoutDataSource extends RemoteGraphQLDataSource {
  constructor(config) {
    super({ ...config, fetcher: fetcher.defaults({ maxSockets: Infinity, retry: false, timeout: SUBGRAPH_TIMEOUT_MS }) });
  }
}

// @apollo/gateway otherwise exports anonymous usage metrics to Apollo and probes cloud metadata servers
// (OpenTelemetry resource detectors) at construction: the rig must stay on loopback.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

export async function startRig(options) {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const subgraphs = {};
    for (const [index, subgraph] of allSubgraphs.entries()) {
      const port = options.portBase == null ? 0 : options.portBase + index;
      const served = isFault(subgraph.name) ? await serveFaultSubgraph(subgraph, port) : await serveSubgraph(subgraph, port);
      stops.push(served.stop);
      subgraphs[subgraph.name] = served.url;
    }

    let { supergraphSdl } = composeSupergraph();
    const fixture = readFileSync(join(here, 'supergraph.graphql'), 'utf8');
    if (fixture.trim() !== supergraphSdl.trim()) {
      console.error('warning: supergraph.graphql is stale; run `node compose.mjs` and commit it');
    }
    for (const [name, url] of Object.entries(subgraphs)) {
      supergraphSdl = supergraphSdl.replaceAll(`"${placeholderUrl(name)}"`, JSON.stringify(url));
    }
    const supergraphPath = options.supergraphOut ?? join(mkdtempSync(join(tmpdir(), 'fed-interop-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, supergraphSdl);

    let gatewayUrl = null;
    if (options.gateway) {
      const gateway = new ApolloGateway({
        supergraphSdl,
        buildService: ({ url }) => new TimeoutDataSource({ url }),
        logger: stderrLogger,
      });
      const server = new ApolloServer({
        gateway,
        includeStacktraceInErrorResponses: false,
        logger: stderrLogger,
        // start.mjs owns SIGTERM/SIGINT (see shutdown below).
        stopOnTerminationSignals: false,
      });
      const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: options.gatewayPort } });
      stops.push(() => server.stop());
      gatewayUrl = new URL('graphql', url).href;
    }
    return { info: { gateway: gatewayUrl, supergraphPath, subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS, subgraphs }, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function stdinIsPipe() {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const rig = await startRig(parseArguments(process.argv.slice(2)));
    let stopping = false;
    const shutdown = async (why) => {
      if (stopping) return;
      stopping = true;
      console.error(`stopping (${why})`);
      await rig.stop();
      process.exit(0);
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    if (stdinIsPipe()) {
      process.stdin.on('end', () => shutdown('stdin closed'));
      process.stdin.on('error', () => shutdown('stdin error'));
      process.stdin.resume();
    }
    process.stdout.write(`${JSON.stringify(rig.info)}\n`);
  } catch (error) {
    console.error(error.stack ?? String(error));
    process.exit(1);
  }
}
