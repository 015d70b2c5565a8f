// Composes the subgraph SDLs of a folder (subgraph name = file name; urls http://localhost:4001/graphql, 4002, ... in file order)
// into <folder>/supergraph.graphql with @apollo/composition. Usage: node compose.mjs ../store
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter(f => f.endsWith('.graphql') && !['supergraph.graphql', 'api.graphql'].includes(f));
const services = files.sort().map((f, i) => ({ name: path.basename(f, '.graphql'), url: `http://localhost:${4001 + i}/graphql`, typeDefs: parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
const result = composeServices(services);
if (result.errors) { for (const e of result.errors) console.error(e.extensions?.code, e.message); process.exit(1); }
for (const h of result.hints ?? []) console.error('hint', h.definition.code, h.message);
fs.writeFileSync(path.join(dir, 'supergraph.graphql'), result.supergraphSdl);
