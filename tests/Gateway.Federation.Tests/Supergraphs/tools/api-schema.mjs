// Prints the API schema Apollo derives from a supergraph, as @apollo/gateway serves it (graphql-js printSchema).
// Usage: node api-schema.mjs ../store/supergraph.graphql > ../store/api.graphql
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import fs from 'node:fs';
try {
  const s = Supergraph.build(fs.readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(printSchema(s.apiSchema().toGraphQLJSSchema()));
} catch (e) { console.log('ERROR', e.message); for (const c of e.causes ?? []) console.log('  cause', c.message); }
