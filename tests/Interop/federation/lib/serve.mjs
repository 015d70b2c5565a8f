// Serves one subgraph module ({ name, typeDefs, resolvers }) with @apollo/subgraph + @apollo/server
// standalone on a loopback port. Every subgraph answers POST /graphql (standalone answers on any path).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { pathToFileURL } from 'node:url';

// stdout carries start.mjs's one JSON line; everything else goes to stderr.
export const stderrLogger = { debug() {}, info() {}, warn: console.error, error: console.error };

export function subgraphSchema({ typeDefs, resolvers }) {
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

// Returns { name, url, stop }. Port 0 picks a free port.
export async function serveSubgraph(subgraph, port = 0) {
  const server = new ApolloServer({
    schema: subgraphSchema(subgraph),
    // The gateway, not the subgraph, is under test: no stack traces, no landing page chatter.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // start.mjs owns SIGTERM/SIGINT; Apollo's own handlers would re-raise the signal into ours.
    stopOnTerminationSignals: false,
    // No federated tracing (ftv1): it is noise here, and the startup notice would go to stdout.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    logger: stderrLogger,
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  return { name: subgraph.name, url: new URL('graphql', url).href, stop: () => server.stop() };
}

// `node subgraphs/users.mjs [port]` serves that subgraph alone (handy when debugging one join).
export function runWhenMain(moduleUrl, subgraph) {
  if (process.argv[1] && pathToFileURL(process.argv[1]).href === moduleUrl) {
    serveSubgraph(subgraph, Number(process.argv[2] ?? 0)).then(({ url }) => console.log(url));
  }
}
