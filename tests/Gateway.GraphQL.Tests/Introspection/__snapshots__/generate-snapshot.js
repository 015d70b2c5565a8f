// Regenerates IntrospectionFixture.expected.json from graphql-js 16 (the reference implementation):
//   npm install graphql@16 (in a scratch folder outside the repo), then
//   node generate-snapshot.js IntrospectionFixture.graphql introspection-query.graphql > IntrospectionFixture.expected.json
// where introspection-query.graphql holds IntrospectionQuery.Text.
//
// graphql-js 16 runs the query on the fixture schema; the result is then adjusted where the
// September 2025 spec, which our engine follows, differs from graphql-js 16:
// - includeDeprecated arguments are Boolean! = false (graphql-js 16: nullable Boolean);
// - @deprecated(reason:) is String! = "No longer supported" (graphql-js 16: nullable String);
// - directives have no deprecation: no __Directive.isDeprecated / deprecationReason, no
//   __Schema.directives(includeDeprecated:), no DIRECTIVE_DEFINITION location.
// Types are sorted by name: the spec leaves their order to the implementation.
const { buildSchema, graphqlSync, parse, validate } = require('graphql');
const fs = require('fs');

const schema = buildSchema(fs.readFileSync(process.argv[2], 'utf8'));
const query = fs.readFileSync(process.argv[3], 'utf8');
const errors = validate(schema, parse(query));
if (errors.length > 0) {
  throw new Error(errors.map(String).join('\n'));
}

const result = graphqlSync({ schema, source: query });
if (result.errors) {
  throw new Error(result.errors.map(String).join('\n'));
}

const data = JSON.parse(JSON.stringify(result.data));
const nonNullBoolean = { kind: 'NON_NULL', name: null, ofType: { kind: 'SCALAR', name: 'Boolean', ofType: null } };
for (const type of data.__schema.types) {
  for (const field of type.fields ?? []) {
    for (const arg of field.args) {
      if (type.name.startsWith('__') && arg.name === 'includeDeprecated') {
        arg.type = nonNullBoolean;
      }
    }

    if (type.name === '__Schema' && field.name === 'directives') {
      field.args = [];
    }
  }

  if (type.name === '__Directive') {
    type.fields = type.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
  }

  if (type.name === '__DirectiveLocation') {
    type.enumValues = type.enumValues.filter((v) => v.name !== 'DIRECTIVE_DEFINITION');
  }
}

const nonNullString = { kind: 'NON_NULL', name: null, ofType: { kind: 'SCALAR', name: 'String', ofType: null } };
for (const directive of data.__schema.directives) {
  directive.locations = directive.locations.filter((l) => l !== 'DIRECTIVE_DEFINITION');
  if (directive.name === 'deprecated') {
    directive.args.find((a) => a.name === 'reason').type = nonNullString;
  }
}

data.__schema.types.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
process.stdout.write(JSON.stringify({ data }, null, 2) + '\n');
