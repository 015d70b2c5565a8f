// Composes a set of subgraph SDL files with @apollo/composition (the reference the C# composer is compared
// against) and prints one JSON object on stdout:
//   {"supergraphSdl": "..."}                        when the subgraphs compose
//   {"errors": [{"code": "...", "message": "..."}]}  when they do not
//
// Usage: node compose.mjs DIR            (every DIR/<name>.graphql but supergraph.graphql and api.graphql)
//        node compose.mjs FILE.graphql ... (each file a subgraph named after the file)
//        node compose.mjs --sets DIR ...   (one JSON object: each DIR as given -> its result, as above)
// A subgraph's URL is http://<name>.subgraph.invalid/graphql, as in the C# tests.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const notSubgraphs = new Set(['supergraph.graphql', 'api.graphql']);

function subgraphFiles(args) {
  if (args.length === 1 && statSync(args[0]).isDirectory()) {
    return readdirSync(args[0])
      .filter((file) => file.endsWith('.graphql') && !notSubgraphs.has(file))
      .sort()
      .map((file) => join(args[0], file));
  }
  return args;
}

function compose(files) {
  const services = [];
  for (const file of files) {
    const name = basename(file, '.graphql');
    let typeDefs;
    try {
      typeDefs = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      return { errors: [{ code: 'INVALID_GRAPHQL', message: `[${name}] ${error.message}` }] };
    }
    services.push({ name, typeDefs, url: `http://${name}.subgraph.invalid/graphql` });
  }
  let result;
  try {
    result = composeServices(services);
  } catch (error) {
    // Composition sometimes throws instead of reporting (e.g. an object type implementing an object type).
    return { errors: [{ code: error.extensions?.code ?? 'EXCEPTION', message: error.message }] };
  }
  if (result.errors?.length) {
    return { errors: result.errors.map((e) => ({ code: e.extensions?.code ?? 'ERROR', message: e.message })) };
  }
  return { supergraphSdl: result.supergraphSdl };
}

// No process.exit() after writing: on a pipe it would cut the output at 64 KiB before it is flushed.
const args = process.argv.slice(2);
if (args[0] === '--sets') {
  const results = {};
  for (const dir of args.slice(1)) results[dir] = compose(subgraphFiles([dir]));
  process.stdout.write(JSON.stringify(results) + '\n');
} else {
  const files = subgraphFiles(args);
  if (files.length === 0) {
    console.error('usage: node compose.mjs DIR | FILE.graphql ...');
    process.exitCode = 2;
  } else {
    process.stdout.write(JSON.stringify(compose(files)) + '\n');
  }
}
