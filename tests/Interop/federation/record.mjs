// Records what the reference gateway answers: starts the rig (start.mjs) with @apollo/gateway 2.14.4,
// sends every operations/<name>.graphql (with operations/<name>.request.json when present: variables,
// operationName) one at a time, in name order, and writes expected/<name>.json:
//
//   { "status": 200, "data": {...}, "errors": [{ "path": [...], "message": "...", "code": "..." }] }
//
// "data" is left out when the response has none (a request error); "errors" when there are none. Error
// entries keep the gateway's order; "path" and "code" are left out when the gateway sent none.
//
// Usage: node record.mjs            rewrite every expectation
//        node record.mjs --check    compare instead of writing; exit 1 listing the operations that differ
//        node record.mjs NAME...    only these operations
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeholderUrl } from './lib/subgraphs.mjs';
import { startRig } from './start.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const operationsDirectory = join(here, 'operations');
const expectedDirectory = join(here, 'expected');

export function loadOperations() {
  return readdirSync(operationsDirectory)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const requestFile = join(operationsDirectory, `${name}.request.json`);
      const extra = existsSync(requestFile) ? JSON.parse(readFileSync(requestFile, 'utf8')) : {};
      return { name, body: { query: readFileSync(join(operationsDirectory, file), 'utf8'), ...extra } };
    });
}

// What is compared later: data, and per error its path (plus the message and code, for the reader).
// Subgraph URLs in messages (connection errors name them) are replaced by the fixture's placeholder
// URLs, since ports change from run to run.
export function summarize(status, response, subgraphUrls = {}) {
  const stable = (message) => Object.entries(subgraphUrls)
    .reduce((m, [name, url]) => m.replaceAll(url, placeholderUrl(name)).replaceAll(new URL(url).host, new URL(placeholderUrl(name)).host), message);
  const summary = { status };
  if ('data' in response) summary.data = response.data;
  if (response.errors?.length) {
    summary.errors = response.errors.map((e) => ({
      ...(e.path ? { path: e.path } : {}),
      message: stable(e.message),
      ...(e.extensions?.code ? { code: e.extensions.code } : {}),
    }));
  }
  return summary;
}

async function send(url, body, subgraphUrls) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  return summarize(response.status, await response.json(), subgraphUrls);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = new Set(args.filter((a) => !a.startsWith('--')));
  const operations = loadOperations().filter((o) => only.size === 0 || only.has(o.name));
  const rig = await startRig({ portBase: null, gatewayPort: 0, gateway: true, supergraphOut: null });
  const differing = [];
  try {
    for (const operation of operations) {
      const summary = await send(rig.info.gateway, operation.body, rig.info.subgraphs);
      const file = join(expectedDirectory, `${operation.name}.json`);
      if (check) {
        const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
        if (!isDeepStrictEqual(previous, summary)) differing.push(operation.name);
      } else {
        writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
      }
    }
  } finally {
    await rig.stop();
  }
  if (differing.length) {
    console.error(`differs from expected/: ${differing.join(', ')}`);
    process.exit(1);
  }
  console.error(`${check ? 'checked' : 'recorded'} ${operations.length} operations`);
  process.exit(0);
}
