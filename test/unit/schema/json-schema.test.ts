/**
 * The JSON Schemas in schema/ are generated from the zod schemas (`npm run
 * schema`). These tests keep the committed files in step, pin the facts editors
 * rely on, and check the examples against them with a small validator that
 * covers the keywords the generator emits (no validator dependency).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DECIMAL_PATTERN } from '../../../src/decimal.js';
import { BUILT_IN_RULES } from '../../../src/rules/registry.js';
import { assessmentJsonSchema, criteriaSetJsonSchema, editionJsonSchema, planJsonSchema, rankingJsonSchema, resultJsonSchema, roundsJsonSchema, scenarioJsonSchema, scenarioComparisonJsonSchema, pointsLeftJsonSchema, leversJsonSchema, targetPlanJsonSchema, uncertaintyJsonSchema, simulationJsonSchema, type JsonSchema } from '../../../src/schema/json-schema.js';
import { RESULT_SCHEMA_VERSION } from '../../../src/schema/result.js';

const FILES: [string, () => JsonSchema][] = [
  ['schema/criteria-set.schema.json', () => criteriaSetJsonSchema(BUILT_IN_RULES)],
  ['schema/edition.schema.json', () => editionJsonSchema(BUILT_IN_RULES)],
  ['schema/assessment.schema.json', assessmentJsonSchema],
  ['schema/result.schema.json', resultJsonSchema],
  ['schema/plan.schema.json', planJsonSchema],
  ['schema/ranking.schema.json', rankingJsonSchema],
  ['schema/rounds.schema.json', roundsJsonSchema],
  ['schema/scenario.schema.json', scenarioJsonSchema],
  ['schema/scenario-comparison.schema.json', scenarioComparisonJsonSchema],
  ['schema/points-left.schema.json', pointsLeftJsonSchema],
  ['schema/levers.schema.json', leversJsonSchema],
  ['schema/target-plan.schema.json', targetPlanJsonSchema],
  ['schema/uncertainty.schema.json', uncertaintyJsonSchema],
  ['schema/simulation.schema.json', simulationJsonSchema],
];

const committed = (file: string): JsonSchema => JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
const criteria = criteriaSetJsonSchema(BUILT_IN_RULES);
const assessment = assessmentJsonSchema();
type S = Record<string, unknown>;
const defs = (s: JsonSchema) => s['$defs'] as Record<string, S>;
const props = (s: S) => s['properties'] as Record<string, S>;

describe('committed JSON Schemas', () => {
  it.each(FILES)('%s equals the schema generated from zod', (file, generate) => {
    expect(committed(file), `${file} is out of date: run \`npm run schema\` and commit the result`).toEqual(generate());
  });

  it('generation is pure: the same schema twice, and JSON-serialisable', () => {
    expect(criteriaSetJsonSchema(BUILT_IN_RULES)).toEqual(criteria);
    expect(JSON.parse(JSON.stringify(criteria))).toEqual(criteria);
  });
});

describe('criteria set schema', () => {
  it('names draft 2020-12, the top-level keys that are required, and refuses unknown keys', () => {
    expect(criteria['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(criteria['required']).toEqual(['id', 'version', 'title', 'unitLevels', 'status', 'nodes']);
    expect(criteria['additionalProperties']).toBe(false);
    expect(props(criteria)['$schema']).toEqual({ type: 'string' });
  });

  it('describes rows recursively under a readable name', () => {
    const node = defs(criteria)['CriteriaNode']!;
    expect(node['required']).toEqual(['code', 'name', 'maxPoints']);
    expect(props(node)['children']).toEqual({ type: 'array', items: { $ref: '#/$defs/CriteriaNode' } });
    expect(props(node)['rule']).toEqual({ $ref: '#/$defs/Rule' });
    expect(JSON.stringify(criteria)).not.toContain('__schema');
  });

  it('describes decimals as a string or a number, the string with a pattern', () => {
    const max = props(defs(criteria)['CriteriaNode']!)['maxPoints']!;
    expect(max).toMatchObject({ type: ['string', 'number'], minimum: 0 });
    const metric = props(criteria)['metrics']!['additionalProperties'] as S;
    const signed = new RegExp(props(metric)['min']!['pattern'] as string, 'u');
    const unsigned = new RegExp(max['pattern'] as string, 'u');
    for (const ok of ['0', '0.25', '19.5', '100', ' 1.5 ']) expect(unsigned.test(ok), ok).toBe(true);
    for (const bad of ['1,5', '1e5', '.5', '01', '-1', '1.', '50%', '']) expect(unsigned.test(bad), bad).toBe(false);
    for (const s of ['-1', '-0.25', '0.5', '1,5', '1e5', '1 000']) expect(signed.test(s), s).toBe(DECIMAL_PATTERN.test(s.trim()));
  });

  it('lists every built-in rule kind and describes each kind’s own keys', () => {
    const rule = defs(criteria)['Rule']!;
    expect((props(rule)['kind']!['enum'] as string[])).toEqual(BUILT_IN_RULES.map((r) => r.kind));
    for (const r of BUILT_IN_RULES) {
      const def = defs(criteria)[`rule-${r.kind}`]!;
      expect(def['description']).toBe(r.summary);
      expect(props(def)['kind']).toEqual({ type: 'string', const: r.kind });
      expect(def['additionalProperties']).toBe(false);
    }
  });

  it('describes a host application’s own rule kinds too', () => {
    const custom = { kind: 'bonus-list', summary: 'points per listed award', schema: z.object({ kind: z.literal('bonus-list'), awards: z.array(z.string()).min(1) }).strict() };
    const schema = criteriaSetJsonSchema([...BUILT_IN_RULES, custom]);
    expect(props(defs(schema)['Rule']!)['kind']!['enum']).toContain('bonus-list');
    expect(defs(schema)['rule-bonus-list']).toMatchObject({ description: 'points per listed award', required: ['kind', 'awards'] });
  });

  it('refuses a rule kind whose parameters are recursive, naming the function', () => {
    const Tree: z.ZodType = z.lazy(() => z.object({ kind: z.literal('tree'), next: Tree.optional() }));
    expect(() => criteriaSetJsonSchema([{ kind: 'tree', schema: Tree }])).toThrow('criteriaSetJsonSchema: rule kind "tree": recursive parameter schemas are not supported');
  });

  it('without rule kinds, accepts any rule object with a kind', () => {
    const loose = criteriaSetJsonSchema();
    expect(defs(loose)['Rule']).toBeUndefined();
    expect(props(defs(loose)['CriteriaNode']!)['rule']).toMatchObject({ required: ['kind'], additionalProperties: {} });
  });
});

describe('assessment and result schemas', () => {
  it('assessment: required keys, $schema allowed, metric values and { value, note, source }', () => {
    expect(assessment['required']).toEqual(['criteriaSet', 'unit', 'year']);
    expect(assessment['additionalProperties']).toBe(false);
    expect(props(assessment)['$schema']).toEqual({ type: 'string' });
    expect(props(assessment)['year']).toEqual({ type: 'integer', minimum: 2000, maximum: 2100 });
    const entry = props(assessment)['metrics']!['additionalProperties'] as S;
    expect(entry['anyOf']).toHaveLength(2);
  });

  it('result: the versioned contract', () => {
    const result = resultJsonSchema();
    expect(props(result)['schemaVersion']).toEqual({ type: 'string', const: RESULT_SCHEMA_VERSION });
    expect(result['required']).toEqual(expect.arrayContaining(['schemaVersion', 'criteriaSet', 'unit', 'points', 'index', 'band', 'nodes', 'issues']));
    expect(defs(result)['ResultNode']!['required']).toEqual(expect.arrayContaining(['code', 'points', 'status', 'trace', 'children']));
  });
});

/** Errors of `value` against `schema`, as JSON paths; covers the keywords the generator emits. */
function validate(root: JsonSchema, schema: S, value: unknown, at = '$'): string[] {
  if (typeof schema['$ref'] === 'string') return validate(root, defs(root)[(schema['$ref'] as string).replace('#/$defs/', '')]!, value, at);
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${at}: ${why}`);
  const types = [schema['type'] ?? []].flat() as string[];
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (types.length && !types.some((t) => t === typeOf(value) || (t === 'number' && typeOf(value) === 'integer'))) return [`${at}: expected ${types.join('|')}`];
  if ('const' in schema && schema['const'] !== value) fail(`expected ${String(schema['const'])}`);
  if (schema['enum'] && !(schema['enum'] as unknown[]).includes(value)) fail('not in enum');
  if (typeof value === 'string' && schema['pattern'] && !new RegExp(schema['pattern'] as string, 'u').test(value)) fail(`does not match ${String(schema['pattern'])}`);
  if (typeof value === 'string' && typeof schema['minLength'] === 'number' && value.length < schema['minLength']) fail('too short');
  if (typeof value === 'number' && typeof schema['minimum'] === 'number' && value < schema['minimum']) fail('too small');
  if (typeof value === 'number' && typeof schema['maximum'] === 'number' && value > schema['maximum']) fail('too big');
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) fail('too few items');
    if (schema['items']) value.forEach((v, i) => errors.push(...validate(root, schema['items'] as S, v, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const k of (schema['required'] as string[] | undefined) ?? []) if (!(k in obj)) fail(`missing ${k}`);
    for (const [k, v] of Object.entries(obj)) {
      const own = (schema['properties'] as Record<string, S> | undefined)?.[k];
      if (schema['propertyNames']) errors.push(...validate(root, schema['propertyNames'] as S, k, `${at}.${k}(key)`));
      if (own) errors.push(...validate(root, own, v, `${at}.${k}`));
      else if (schema['additionalProperties'] === false) fail(`unknown key ${k}`);
      else if (typeof schema['additionalProperties'] === 'object') errors.push(...validate(root, schema['additionalProperties'] as S, v, `${at}.${k}`));
    }
  }
  const anyOf = (schema['anyOf'] ?? schema['oneOf']) as S[] | undefined;
  if (anyOf && !anyOf.some((s) => validate(root, s, value, at).length === 0)) fail('matches no alternative');
  for (const s of (schema['allOf'] as S[] | undefined) ?? []) {
    if (s['if'] && validate(root, s['if'] as S, value, at).length > 0) continue;
    errors.push(...validate(root, (s['then'] ?? s) as S, value, at));
  }
  return errors;
}

const yamlFile = (file: string): unknown => parse(readFileSync(file, 'utf8'));

describe('the examples and fixtures are valid against the generated schemas', () => {
  const VALID = readdirSync('test/fixtures/criteria/valid').map((f) => `test/fixtures/criteria/valid/${f}`);

  it.each(['examples/example-department-2025.yaml', ...VALID])('%s', (file) => {
    expect(validate(criteria, criteria, yamlFile(file))).toEqual([]);
  });

  it('examples/so-tu-phap-2025.yaml', () => {
    expect(validate(assessment, assessment, yamlFile('examples/so-tu-phap-2025.yaml'))).toEqual([]);
  });

  it('the examples point editors at the schemas', () => {
    expect(readFileSync('examples/example-department-2025.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/criteria-set.schema.json');
    expect(readFileSync('examples/so-tu-phap-2025.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/assessment.schema.json');
  });

  it.each([
    ['unknown-top-level-key.yaml', '$: unknown key band'],
    ['max-points-comma.yaml', '$.nodes[0].maxPoints: does not match ^\\s*(0|[1-9]\\d*)(\\.\\d+)?\\s*$'],
    ['negative-max-points.yaml', '$.nodes[0].maxPoints: too small'],
    ['unknown-rule-kind.yaml', '$.nodes[0].rule.kind: not in enum'],
    ['many-schema-problems.yaml', '$.nodes[1]: missing name'],
  ])('an editor flags broken/%s too', (name, error) => {
    expect(validate(criteria, criteria, yamlFile(`test/fixtures/criteria/broken/${name}`))).toContain(error);
  });
});

describe('scenario schemas', () => {
  const scenario = scenarioJsonSchema();

  it('a scenario: id required, unknown keys refused, a metric change is one of set, add or subtract', () => {
    expect(scenario['required']).toEqual(['id']);
    expect(scenario['additionalProperties']).toBe(false);
    const change = props(scenario)['metrics']!['additionalProperties'] as S;
    expect(Object.keys(props(change))).toEqual(['set', 'add', 'subtract']);
    expect(change['additionalProperties']).toBe(false);
  });

  it.each(readdirSync('examples/scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `examples/scenarios/${f}`))('%s is valid and points editors at the schema', (file) => {
    expect(validate(scenario, scenario, yamlFile(file))).toEqual([]);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/scenario.schema.json');
  });

  it('an editor flags a misspelt key in a scenario', () => {
    expect(validate(scenario, scenario, yamlFile('test/unit/scenarios/fixtures/broken/unknown-key.yaml'))).toContain('$: unknown key metric');
  });

  it('the comparison and points-left reports: versioned contracts', () => {
    expect(props(scenarioComparisonJsonSchema())['schemaVersion']).toMatchObject({ const: '1.0.0' });
    expect(pointsLeftJsonSchema()['required']).toEqual(expect.arrayContaining(['unit', 'rows', 'bands']));
  });
});
