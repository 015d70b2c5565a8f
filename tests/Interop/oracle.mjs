// The reference answers for the differential corpus: for each case in corpus/*.json, what graphql-js 16
// says. Validation cases: the errors of parse + validate (a syntax error counts as one error at its
// location). Execution cases: the execute result, using graphql-js's default field resolver (reads the
// JSON property named like the field) and default type resolver (reads the value's __typename), the
// same convention as `gateway graphql execute --root`.
//
// Usage: node oracle.mjs [corpusDirectory] > answers.json
// Output: { "graphql": "<version>", "cases": { "<group>/<name>": { "errors": [...], "data"?: ... } } }

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, GraphQLError, parse, validate, version } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDirectory = process.argv[2] ?? join(here, 'corpus');

const schemas = new Map();
function loadSchema(fileName) {
  let schema = schemas.get(fileName);
  if (!schema) {
    schema = buildSchema(readFileSync(join(corpusDirectory, 'schemas', fileName), 'utf8'));
    schemas.set(fileName, schema);
  }
  return schema;
}

const documentText = (document) => (Array.isArray(document) ? document.join('\n') : document);

const located = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const withPath = (error) => {
  const shaped = located(error);
  if (error.path !== undefined) shaped.path = error.path;
  return shaped;
};

function parseOrErrors(source) {
  try {
    return { document: parse(source) };
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [located(error)] };
    throw error;
  }
}

function answerValidation(schema, source) {
  const parsed = parseOrErrors(source);
  if (parsed.errors) return { errors: parsed.errors };
  return { errors: validate(schema, parsed.document).map(located) };
}

function answerExecution(schema, source, testCase, group) {
  const parsed = parseOrErrors(source);
  if (parsed.errors) return { errors: parsed.errors };
  const validationErrors = validate(schema, parsed.document);
  if (validationErrors.length > 0) return { errors: validationErrors.map(located) };
  const result = execute({
    schema,
    document: parsed.document,
    rootValue: testCase.root ?? group.root ?? {},
    variableValues: testCase.variables,
    operationName: testCase.operationName,
  });
  const answer = { errors: (result.errors ?? []).map(withPath) };
  if ('data' in result) answer.data = result.data;
  return answer;
}

const answers = {};
const files = readdirSync(corpusDirectory).filter((name) => name.endsWith('.json')).sort();
for (const file of files) {
  const group = JSON.parse(readFileSync(join(corpusDirectory, file), 'utf8'));
  const groupName = file.slice(0, -'.json'.length);
  for (const testCase of group.cases) {
    const id = `${groupName}/${testCase.name}`;
    if (id in answers) throw new Error(`Duplicate corpus case ${id}`);
    const schema = loadSchema(testCase.schema ?? group.schema);
    const source = documentText(testCase.document);
    answers[id] = testCase.kind === 'execute'
      ? answerExecution(schema, source, testCase, group)
      : answerValidation(schema, source);
  }
}

// One case per line, so a diff of two runs reads case by case.
const lines = Object.entries(answers).map(([id, answer]) => `  ${JSON.stringify(id)}: ${JSON.stringify(answer)}`);
process.stdout.write(`{\n "graphql": ${JSON.stringify(version)},\n "cases": {\n${lines.join(',\n')}\n }\n}\n`);
