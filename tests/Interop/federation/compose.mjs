// Composes the interop subgraphs with @apollo/composition (the library rover and GraphOS use) and writes
// the supergraph SDL. Exits non-zero with the composition errors when the subgraphs do not compose.
//
// Usage: node compose.mjs [output]   (default: supergraph.graphql next to this file)
// The URLs in the output are placeholders (http://<name>.subgraph.invalid/graphql); start.mjs replaces
// them with the URLs the subgraphs are actually served on.
import { composeServices } from '@apollo/composition';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allSubgraphs, placeholderUrl } from './lib/subgraphs.mjs';

export function composeSupergraph() {
  const result = composeServices(allSubgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: placeholderUrl(name) })));
  if (result.errors?.length) {
    const messages = result.errors.map((e) => `- ${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n');
    throw new Error(`Composition failed with ${result.errors.length} error(s):\n${messages}`);
  }
  return { supergraphSdl: result.supergraphSdl, hints: result.hints ?? [] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'supergraph.graphql');
  try {
    const { supergraphSdl, hints } = composeSupergraph();
    writeFileSync(output, supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`);
    for (const hint of hints) console.error(`hint ${hint.definition?.code ?? ''}: ${hint.message}`);
    console.error(`wrote ${output}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
