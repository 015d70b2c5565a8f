// Writes the SDL each interop subgraph (tests/Interop/federation) serves at { _service { sdl } } into
// OUT/<name>.graphql, so the composition tests can compose the same subgraphs without starting them.
//
// Usage: node dump-interop-subgraphs.mjs OUT   (the tests keep them in
//        tests/Gateway.Federation.Tests/Composition/Fixtures/interop; commit the files)
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSubgraphs } from '../federation/lib/subgraphs.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node dump-interop-subgraphs.mjs OUT');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const { name, typeDefs, resolvers } of allSubgraphs) {
  const sdl = printSubgraphSchema(buildSubgraphSchema({ typeDefs, resolvers }));
  writeFileSync(join(out, `${name}.graphql`), sdl.endsWith('\n') ? sdl : `${sdl}\n`);
}
console.error(`wrote ${allSubgraphs.length} subgraphs to ${out}`);
