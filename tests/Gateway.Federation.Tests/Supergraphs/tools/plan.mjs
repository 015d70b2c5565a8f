// Prints the query plan @apollo/query-planner builds for an operation (add a third argument for its JSON form).
// Usage: node plan.mjs ../store/supergraph.graphql "{ topProducts { name reviews { body } } }" [json]
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import fs from 'node:fs';
const supergraph = Supergraph.build(fs.readFileSync(process.argv[2], 'utf8'));
const planner = new QueryPlanner(supergraph);
const op = operationFromDocument(supergraph.apiSchema(), parse(process.argv[3]));
const plan = planner.buildQueryPlan(op);
console.log(prettyFormatQueryPlan(plan));
if (process.argv[4]) console.log(JSON.stringify(plan, null, 1));
