// Composes the benchmark subgraphs (subgraphs.mjs) with @apollo/composition, the library rover and GraphOS
// use, and writes the supergraph SDL with the subgraphs' real URLs; both gateways serve that one file.
//
//   node compose.mjs <output> products=<url> inventory=<url> reviews=<url> accounts=<url>
import { composeServices } from '@apollo/composition';
import { writeFileSync } from 'node:fs';
import { allSubgraphs } from './subgraphs.mjs';

const [output, ...assignments] = process.argv.slice(2);
const urls = Object.fromEntries(assignments.map((assignment) => assignment.split(/=(.*)/s).slice(0, 2)));
const missing = allSubgraphs.filter(({ name }) => !urls[name]).map(({ name }) => name);
if (!output || missing.length > 0) {
  console.error(`usage: node compose.mjs <output> ${allSubgraphs.map(({ name }) => `${name}=<url>`).join(' ')}` +
    (missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''));
  process.exit(2);
}

const result = composeServices(allSubgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: urls[name] })));
if (result.errors?.length) {
  console.error(`Composition failed:\n${result.errors.map((error) => `- ${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(output, result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`);
