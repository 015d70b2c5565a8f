// Runs the graphql-http server audit (GraphQL-over-HTTP conformance, npm graphql-http) against a URL
// and prints one JSON line: every audit's id, name, status (ok/warn/error), level (MUST/SHOULD/MAY,
// read from the start of its name) and, when it did not pass, the reason.
// Usage: node http-audit.mjs http://127.0.0.1:4000/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs URL');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  const level = /^(MUST|SHOULD|MAY)/.exec(result.name)?.[1] ?? 'UNKNOWN';
  const entry = { id: result.id, name: result.name, status: result.status, level };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    if (result.response) {
      entry.responseStatus = result.response.status;
    }
  }
  results.push(entry);
}

console.log(JSON.stringify({ url, results }));
