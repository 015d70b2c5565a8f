// Builds a client schema from an introspection result with graphql-js, as GraphiQL and code generators do, and
// validates it: the reference implementation's view of whether a filtered introspection answer is still a schema.
//
// Usage: node security/client-schema.mjs < response.json   (a GraphQL response whose data is the full introspection)
// Output: { "errors": ["..."], "types": { "<name>": ["<field or value or input field>", ...] } }

import { readFileSync } from 'node:fs';
import { buildClientSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, validateSchema } from 'graphql';

const response = JSON.parse(readFileSync(0, 'utf8'));
let schema;
try {
  schema = buildClientSchema(response.data);
} catch (error) {
  process.stdout.write(JSON.stringify({ errors: [`buildClientSchema: ${error.message}`], types: {} }));
  process.exit(0);
}

const types = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) types[type.name] = Object.keys(type.getFields());
  else if (isEnumType(type)) types[type.name] = type.getValues().map((value) => value.name);
}

process.stdout.write(JSON.stringify({ errors: validateSchema(schema).map((error) => error.message), types }));
