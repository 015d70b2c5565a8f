// Runs the engine benchmarks of tests/Gateway.GraphQL.Benchmarks through graphql-js and graphql-jit, on the same
// fixtures and data, and prints one JSON line: { "graphql-js": { parse, validate, introspection, list }, "graphql-jit":
// { introspection, list } } with mean microseconds per operation.
// Usage: node bench.mjs <fixtures folder>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, execute, getIntrospectionQuery } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

const fixtures = process.argv[2];
const read = (name) => readFileSync(join(fixtures, name), 'utf8');

const schema = buildSchema(read('schema.graphql'));
const largeQuery = read('query-20k.graphql');
const largeDocument = parse(largeQuery);
const introspectionDocument = parse(getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
}));
const listDocument = parse(read('list.graphql'));

// The same deterministic data as ShopItem.Generate on the C# side.
const items = [];
for (let i = 0; i < 1000; i++) {
  items.push({
    id: `item-${i}`,
    name: `Item ${i}`,
    description: i % 3 === 0 ? null : `Description of item ${i}`,
    price: i * 1.25,
    quantity: i % 100,
    available: i % 2 === 0,
    category: `cat-${i % 10}`,
    rating: (i % 50) / 10,
    createdAt: '2026-01-01T00:00:00Z',
    sku: `SKU-${String(i).padStart(6, '0')}`,
  });
}
const root = { items };

if (validate(schema, largeDocument).length > 0) {
  throw new Error('The 20 KB benchmark query must be valid.');
}

// Mean microseconds per call: warm up, then run batches until two seconds have passed.
function measure(fn) {
  const warmEnd = performance.now() + 1000;
  while (performance.now() < warmEnd) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  const budget = 2_000_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 10; i++) fn();
    calls += 10;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / calls / 1000;
}

function compile(document) {
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  return compiled;
}

const jitIntrospection = compile(introspectionDocument);
const jitList = compile(listDocument);

const result = {
  'graphql-js': {
    parse: measure(() => parse(largeQuery)),
    validate: measure(() => validate(schema, largeDocument)),
    introspection: measure(() => execute({ schema, document: introspectionDocument })),
    list: measure(() => execute({ schema, document: listDocument, rootValue: root })),
  },
  'graphql-jit': {
    introspection: measure(() => jitIntrospection.query(undefined, undefined, undefined)),
    list: measure(() => jitList.query(root, undefined, undefined)),
  },
};
console.log(JSON.stringify(result));
