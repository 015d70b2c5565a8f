// Writes the systematic parts of the differential corpus (corpus/g-*.json): every argument type against
// every literal kind (Spec 5.6.1 Values of Correct Type), every variable type against every argument
// position (Spec 5.8.5 All Variable Usages Are Allowed), and every variable type against raw JSON values
// (Spec 6.1.2 Coercing Variable Values). Run `node generate-corpus.mjs` after editing; commit the output.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

const argumentFields = [
  ['intArgField', 'intArg', 'Int'],
  ['nonNullIntArgField', 'nonNullIntArg', 'Int!'],
  ['stringArgField', 'stringArg', 'String'],
  ['booleanArgField', 'booleanArg', 'Boolean'],
  ['enumArgField', 'enumArg', 'FurColor'],
  ['floatArgField', 'floatArg', 'Float'],
  ['idArgField', 'idArg', 'ID'],
  ['stringListArgField', 'stringListArg', '[String]'],
  ['stringListNonNullArgField', 'stringListNonNullArg', '[String!]'],
  ['complexArgField', 'complexArg', 'ComplexInput'],
];

const literals = [
  ['int', '7'],
  ['negative-int', '-7'],
  ['big-int', '9007199254740993'],
  ['float', '7.5'],
  ['exponent-float', '1e3'],
  ['string', '"seven"'],
  ['block-string', '"""seven"""'],
  ['true', 'true'],
  ['null', 'null'],
  ['enum', 'BROWN'],
  ['list', '[1, 2]'],
  ['string-list', '["a", "b"]'],
  ['object', '{ requiredField: true }'],
];

const literalCases = [];
for (const [field, argument, type] of argumentFields) {
  for (const [literalName, literal] of literals) {
    literalCases.push({
      kind: 'validate',
      name: `${argument}-${literalName}`,
      document: ['{', '  complicatedArgs {', `    ${field}(${argument}: ${literal})`, '  }', '}'],
    });
  }
}

const variableTypes = ['Int', 'Int!', 'String', 'Boolean!', 'Float', 'ID', 'FurColor', '[String]', '[String!]!', '[[String]]', 'ComplexInput'];
const variableCases = [];
for (const variableType of variableTypes) {
  for (const [field, argument, type] of argumentFields) {
    if (field === 'complexArgField' && variableType !== 'ComplexInput' && variableType !== 'Int') continue;
    const slug = variableType.replace(/[[\]]/g, 'L').replace(/!/g, 'N');
    variableCases.push({
      kind: 'validate',
      name: `${slug}-into-${argument}`,
      document: [`query Usage($value: ${variableType}) {`, '  complicatedArgs {', `    ${field}(${argument}: $value)`, '  }', '}'],
    });
  }
}

const jsonValues = [
  ['int', 7],
  ['big-int', 2147483648],
  ['float', 7.5],
  ['whole-float', 7.0],
  ['string', 'seven'],
  ['numeric-string', '7'],
  ['enum-name', 'BROWN'],
  ['true', true],
  ['null', null],
  ['int-list', [1, 2]],
  ['object', { requiredField: true, intField: 1 }],
];

const coercionTypes = [
  ['Int', 'intArgField', 'intArg'],
  ['Float', 'floatArgField', 'floatArg'],
  ['String', 'stringArgField', 'stringArg'],
  ['Boolean', 'booleanArgField', 'booleanArg'],
  ['ID', 'idArgField', 'idArg'],
  ['FurColor', 'enumArgField', 'enumArg'],
  ['[String]', 'stringListArgField', 'stringListArg'],
  ['ComplexInput', 'complexArgField', 'complexArg'],
];

const coercionCases = [];
for (const [variableType, field, argument] of coercionTypes) {
  for (const [valueName, value] of jsonValues) {
    coercionCases.push({
      kind: 'execute',
      name: `${variableType.replace(/[[\]]/g, 'L')}-from-${valueName}`,
      document: `query Coerce($value: ${variableType}) { complicatedArgs { ${field}(${argument}: $value) } }`,
      variables: { value },
    });
  }
}

const write = (name, about, schema, cases, extra = {}) =>
  writeFileSync(join(corpus, `${name}.json`), `${JSON.stringify({ schema, about, ...extra, cases }, null, 1)}\n`);

write('g-literals', 'Generated: every argument type x every literal kind (Spec 5.6.1).', 'validation.graphql', literalCases);
write('g-variable-usages', 'Generated: every variable type x every argument position (Spec 5.8.5).', 'validation.graphql', variableCases);
write('g-variable-coercion', 'Generated: every variable type x raw JSON values (Spec 6.1.2).', 'validation.graphql', coercionCases, {
  root: { complicatedArgs: { intArgField: 'int', floatArgField: 'float', stringArgField: 'string', booleanArgField: 'boolean', idArgField: 'id', enumArgField: 'enum', stringListArgField: 'list', complexArgField: 'complex' } },
});
