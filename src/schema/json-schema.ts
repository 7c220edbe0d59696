/**
 * JSON Schemas generated from the zod schemas, for editors (yaml-language-server,
 * VS Code) and other languages. Criteria sets and assessments are described as
 * authors write them (zod's input side); the result as parindex writes it.
 */
import { z } from 'zod';
import { usageError } from '../errors.js';
import { DecimalString, NonNegativeDecimal } from './common.js';
import { Assessment } from './assessment.js';
import { CriteriaSet, RuleSpec } from './criteria-set.js';
import { Edition } from './edition.js';
import { PlanFile } from './plan.js';
import { Ranking } from './ranking.js';
import { RoundsReport } from './rounds.js';
import { LeversFile, TargetPlan } from './target.js';
import { Simulation, Uncertainty } from './uncertainty.js';
import { ScoreResult } from './result.js';
import { PointsLeft, Scenario, ScenarioComparison } from './scenario.js';

/** A JSON Schema document as plain data, ready for `JSON.stringify`. */
export type JsonSchema = Record<string, unknown>;

/** What the criteria set schema needs of a rule kind (a `RuleKind` has it). */
export interface RuleSchemaSource {
  readonly kind: string;
  readonly summary?: string;
  readonly schema: z.ZodType;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
// DecimalString trims text before checking it, so the schema allows the same spaces.
const DECIMAL = '^\\s*-?(0|[1-9]\\d*)(\\.\\d+)?\\s*$';
const NON_NEGATIVE = '^\\s*(0|[1-9]\\d*)(\\.\\d+)?\\s*$';
const DECIMAL_NOTE = 'Decimal number, best written as a string ("0.25"; a point, never a comma)';

function generate(schema: z.ZodType, io: 'input' | 'output', rules?: readonly RuleSchemaSource[]): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === DecimalString) Object.assign(jsonSchema, { description: DECIMAL_NOTE, pattern: DECIMAL });
      if (zodSchema === NonNegativeDecimal) Object.assign(jsonSchema, { description: `${DECIMAL_NOTE}, zero or more`, pattern: NON_NEGATIVE, minimum: 0 });
      if (zodSchema === RuleSpec && rules) replace(jsonSchema, { $ref: '#/$defs/Rule' });
      // z.number().int() bounds itself to safe integers; that says nothing to a reader.
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }) as JsonSchema;
}

function replace(target: Record<string, unknown>, value: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, value);
}

/** One `if kind = … then …` branch per rule kind, so editors check each rule's own keys. */
function ruleDefs(rules: readonly RuleSchemaSource[]): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const r of rules) {
    const { $schema: _, ...body } = generate(r.schema, 'input');
    // Its refs would point into its own document ("#", "#/$defs/…"), not into the criteria set schema.
    if ('$defs' in body || JSON.stringify(body).includes('"$ref":"#')) throw usageError('criteriaSetJsonSchema', `rule kind "${r.kind}": recursive parameter schemas are not supported`);
    defs[`rule-${r.kind}`] = { ...(r.summary !== undefined && { description: r.summary }), ...body };
  }
  defs['Rule'] = {
    type: 'object',
    description: 'How a leaf row is scored: `kind` picks the rule; the other keys belong to that kind',
    properties: { kind: { type: 'string', enum: rules.map((r) => r.kind) } },
    required: ['kind'],
    allOf: rules.map((r) => ({
      if: { properties: { kind: { const: r.kind } }, required: ['kind'] },
      then: { $ref: `#/$defs/rule-${r.kind}` },
    })),
  };
  return defs;
}

/**
 * JSON Schema of a criteria set file. With `rules` (e.g. `BUILT_IN_RULES`), each rule's keys are described too.
 * @example criteriaSetJsonSchema(BUILT_IN_RULES)['title'] // 'parindex criteria set'
 */
export function criteriaSetJsonSchema(rules?: readonly RuleSchemaSource[]): JsonSchema {
  const { $schema: _, $defs, ...body } = generate(CriteriaSet, 'input', rules);
  const defs = { ...($defs as Record<string, unknown> | undefined), ...(rules && ruleDefs(rules)) };
  return { $schema: DRAFT, title: 'parindex criteria set', description: 'Bộ tiêu chí Chỉ số CCHC (PAR Index criteria set)', ...body, $defs: defs };
}

/**
 * JSON Schema of an edition file (a set written as changes to the set it `extends`).
 * @example editionJsonSchema(BUILT_IN_RULES)['title'] // 'parindex criteria edition'
 */
export function editionJsonSchema(rules?: readonly RuleSchemaSource[]): JsonSchema {
  const { $schema: _, $defs, ...body } = generate(Edition, 'input', rules);
  const defs = { ...($defs as Record<string, unknown> | undefined), ...(rules && ruleDefs(rules)) };
  return { $schema: DRAFT, title: 'parindex criteria edition', description: 'Bộ tiêu chí sửa đổi, kế thừa bộ khác (criteria edition extending another set)', ...body, $defs: defs };
}

/** A standalone schema document: this draft, a title (and description), then the generated body. */
function document(schema: z.ZodType, io: 'input' | 'output', title: string, description?: string): JsonSchema {
  const { $schema: _, ...body } = generate(schema, io);
  return { $schema: DRAFT, title, ...(description !== undefined && { description }), ...body };
}

/**
 * JSON Schema of an assessment file (one unit, one year).
 * @example assessmentJsonSchema()['required'] // ['criteriaSet', 'unit', 'year']
 */
export function assessmentJsonSchema(): JsonSchema {
  return document(Assessment, 'input', 'parindex assessment', 'Kết quả tự đánh giá của một đơn vị (one unit’s assessment for one year)');
}

/**
 * JSON Schema of a scoring result, the JSON that parindex writes.
 * @example resultJsonSchema()['title'] // 'parindex score result'
 */
export function resultJsonSchema(): JsonSchema {
  return document(ScoreResult, 'output', 'parindex score result');
}

/**
 * JSON Schema of a reform plan file (tasks with their due times as written).
 * @example planJsonSchema()['title'] // 'parindex plan'
 */
export function planJsonSchema(): JsonSchema {
  return document(PlanFile, 'input', 'parindex plan', 'Kế hoạch CCHC: nhiệm vụ, sản phẩm, cơ quan chủ trì, thời gian thực hiện');
}

/**
 * JSON Schema of a ranking, the JSON that `parindex rank --format json` writes.
 * @example rankingJsonSchema()['title'] // 'parindex ranking'
 */
export function rankingJsonSchema(): JsonSchema {
  return document(Ranking, 'output', 'parindex ranking');
}

/**
 * JSON Schema of the rounds report (`scoreRounds`, `parindex rounds --format json`).
 * @example roundsJsonSchema()['title'] // 'parindex rounds report'
 */
export function roundsJsonSchema(): JsonSchema {
  return document(RoundsReport, 'output', 'parindex rounds report');
}

/**
 * JSON Schema of a what-if scenario file (a named patch over a baseline).
 * @example scenarioJsonSchema()['title'] // 'parindex scenario'
 */
export function scenarioJsonSchema(): JsonSchema {
  return document(Scenario, 'input', 'parindex scenario', 'Kịch bản giả định (what-if): thay đổi chỉ tiêu, nhiệm vụ, điểm hoặc bộ tiêu chí so với hiện trạng');
}

/**
 * JSON Schema of a scenario comparison (`compareScenarios`, `parindex whatif --format json`).
 * @example scenarioComparisonJsonSchema()['title'] // 'parindex scenario comparison'
 */
export function scenarioComparisonJsonSchema(): JsonSchema {
  return document(ScenarioComparison, 'output', 'parindex scenario comparison');
}

/**
 * JSON Schema of a points-left report (`pointsLeft`; `parindex whatif --left --format json` writes a list of them).
 * @example pointsLeftJsonSchema()['title'] // 'parindex points left'
 */
export function pointsLeftJsonSchema(): JsonSchema {
  return document(PointsLeft, 'output', 'parindex points left');
}

/**
 * JSON Schema of a levers file for target seeking (`parindex plan --levers`).
 * @example leversJsonSchema()['title'] // 'parindex levers'
 */
export function leversJsonSchema(): JsonSchema {
  return document(LeversFile, 'input', 'parindex levers');
}

/**
 * JSON Schema of an improvement plan (`seekTarget`, `parindex plan --format json`).
 * @example targetPlanJsonSchema()['title'] // 'parindex improvement plan'
 */
export function targetPlanJsonSchema(): JsonSchema {
  return document(TargetPlan, 'output', 'parindex improvement plan');
}

/**
 * JSON Schema of an uncertainty file for Monte Carlo (`parindex simulate --uncertainty`).
 * @example uncertaintyJsonSchema()['title'] // 'parindex uncertainty'
 */
export function uncertaintyJsonSchema(): JsonSchema {
  return document(Uncertainty, 'input', 'parindex uncertainty');
}

/**
 * JSON Schema of a simulation result (`simulate`, `parindex simulate --format json`).
 * @example simulationJsonSchema()['title'] // 'parindex simulation'
 */
export function simulationJsonSchema(): JsonSchema {
  return document(Simulation, 'output', 'parindex simulation');
}
