/**
 * Writes the JSON Schemas in schema/ from the zod schemas: `npm run schema`.
 * A unit test fails when the committed files and the zod schemas drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../src/rules/registry.js';
import { assessmentJsonSchema, criteriaSetJsonSchema, editionJsonSchema, planJsonSchema, rankingJsonSchema, resultJsonSchema, roundsJsonSchema, scenarioJsonSchema, scenarioComparisonJsonSchema, pointsLeftJsonSchema, leversJsonSchema, targetPlanJsonSchema, uncertaintyJsonSchema, simulationJsonSchema } from '../src/schema/json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = {
  'schema/criteria-set.schema.json': criteriaSetJsonSchema(BUILT_IN_RULES),
  'schema/edition.schema.json': editionJsonSchema(BUILT_IN_RULES),
  'schema/assessment.schema.json': assessmentJsonSchema(),
  'schema/result.schema.json': resultJsonSchema(),
  'schema/plan.schema.json': planJsonSchema(),
  'schema/ranking.schema.json': rankingJsonSchema(),
  'schema/rounds.schema.json': roundsJsonSchema(),
  'schema/scenario.schema.json': scenarioJsonSchema(),
  'schema/scenario-comparison.schema.json': scenarioComparisonJsonSchema(),
  'schema/points-left.schema.json': pointsLeftJsonSchema(),
  'schema/levers.schema.json': leversJsonSchema(),
  'schema/target-plan.schema.json': targetPlanJsonSchema(),
  'schema/uncertainty.schema.json': uncertaintyJsonSchema(),
  'schema/simulation.schema.json': simulationJsonSchema(),
};

mkdirSync(join(root, 'schema'), { recursive: true });
for (const [path, schema] of Object.entries(files)) {
  writeFileSync(join(root, path), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
