/** Assessments: what loads, what is refused, and the exact message for each problem. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { checkAssessment, parseAssessment, serializeAssessment } from '../../../src/load/assessment.js';

const EXAMPLE = 'examples/so-tu-phap-2025.yaml';
const HEAD = `criteriaSet: { id: example-department-2025, version: "1" }
unit: { id: stp, name: "Sở Tư pháp", type: so, level: province }
`;

/** Formatted issues for an assessment written after HEAD (lines 1–2). */
function problems(body: string, head = HEAD): string {
  const loaded = parseAssessment(head + body, { file: 'a.yaml' });
  expect(loaded.ok).toBe(false);
  return formatIssues(loaded.issues);
}

describe('parseAssessment: valid input', () => {
  it('loads the example and fills defaults', () => {
    const loaded = parseAssessment(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) throw new Error('not ok');
    expect(loaded.value).toMatchObject({ schemaVersion: 1, year: 2025, unit: { id: 'stp', level: 'province' }, notApplicable: {} });
    expect(loaded.value.points).toEqual({ '2.4': '0.75' });
    expect(loaded.value.metrics['planCompletionRate']).toBe('90');
    expect(loaded.value.metrics['subUnitsTotal']).toBe(8);
  });

  it('accepts a metric given as { value, note, source }', () => {
    const loaded = parseAssessment(`${HEAD}year: 2025\nmetrics:\n  dossiersTotal: { value: 2853, note: "số liệu đến 14/12", source: "Hệ thống một cửa" }\n`);
    expect(loaded.ok && loaded.value.metrics['dossiersTotal']).toEqual({ value: 2853, note: 'số liệu đến 14/12', source: 'Hệ thống một cửa' });
  });

  it('accepts the $schema key and the yaml-language-server comment', () => {
    const loaded = parseAssessment(`# yaml-language-server: $schema=../schema/assessment.schema.json\n$schema: ../schema/assessment.schema.json\n${HEAD}year: 2025\n`);
    expect(loaded.ok).toBe(true);
  });

  it('keeps points entered as numbers exact and as strings', () => {
    const loaded = parseAssessment(`${HEAD}year: 2025\npoints:\n  "2.4": 0.75\n  "2.5": 0.1234567890123456789\n`);
    expect(loaded.ok && loaded.value.points).toEqual({ '2.4': '0.75', '2.5': '0.1234567890123456789' });
  });

  it('round-trips through YAML and JSON', () => {
    const loaded = parseAssessment(readFileSync(EXAMPLE, 'utf8'));
    if (!loaded.ok) throw new Error('not ok');
    expect(parseAssessment(serializeAssessment(loaded.value))).toEqual(loaded);
    expect(parseAssessment(serializeAssessment(loaded.value, 'json'))).toEqual(loaded);
  });

  it('checks data given in code the same way, without positions', () => {
    const bad = checkAssessment({ criteriaSet: { id: 'x' }, unit: { id: 'u', name: 'U', level: 'province' }, year: '2025' }, { file: 'db' });
    expect(bad.issues).toEqual([{ code: 'INVALID_TYPE', severity: 'error', path: 'year', file: 'db', message: 'expected a number, got text "2025"; remove the quotes' }]);
  });
});

describe('parseAssessment: pinned problems', () => {
  it('unknown key', () => {
    expect(problems('year: 2025\nmetric:\n  planCompletionRate: "90"\n')).toBe('a.yaml:4:1: metric: unknown key "metric"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]');
  });

  it('year written as text', () => {
    expect(problems('year: "2025"\n')).toBe('a.yaml:3:7: year: expected a number, got text "2025"; remove the quotes [INVALID_TYPE]');
  });

  it('year out of range, or not whole', () => {
    expect(problems('year: 1999\n')).toBe('a.yaml:3:7: year: must be at least 2000, got 1999 [TOO_SMALL]');
    expect(problems('year: 2025.5\n')).toBe('a.yaml:3:7: year: expected a whole number, got number 2025.5 [INVALID_TYPE]');
  });

  it('year missing', () => {
    expect(problems('')).toBe('a.yaml:1:1: year: is required but missing (expected a number) [REQUIRED]');
  });

  it('metric objects: unknown key, missing value, and a list where a value belongs', () => {
    expect(problems('year: 2025\nmetrics:\n  a: { value: 3, notes: "x" }\n  b: { note: "chưa có số liệu" }\n  c: [1, 2]\n')).toBe(
      [
        'a.yaml:5:18: metrics.a.notes: unknown key "notes"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]',
        'a.yaml:6:3: metrics.b.value: is required but missing (expected text, a number, true/false or null) [REQUIRED]',
        'a.yaml:7:3: metrics.c: expected text, a number, true/false, null or a mapping (key: value), got a list [INVALID_TYPE]',
      ].join('\n'),
    );
  });

  it('metric identifier with a space or accent', () => {
    expect(problems('year: 2025\nmetrics:\n  "tỷ lệ": 90\n')).toBe(
      'a.yaml:5:3: metrics["tỷ lệ"]: "tỷ lệ" is not an identifier: start with a letter (no accents), then letters, digits, _ . or - (no spaces) [INVALID_FORMAT]',
    );
  });

  it('points with a decimal comma, or not a number', () => {
    expect(problems('year: 2025\npoints:\n  "2.4": "0,75"\n  "2.5": abc\n')).toBe(
      [
        'a.yaml:5:10: points["2.4"]: "0,75" uses a decimal comma; write "0.75" (a point, not a comma) [INVALID_VALUE]',
        'a.yaml:6:10: points["2.5"]: "abc" is not a decimal number; write it like "0.25" (no exponent, thousands separator or unit) [INVALID_VALUE]',
      ].join('\n'),
    );
  });

  it('unit missing its name; criteria set missing its id', () => {
    expect(problems('year: 2025\n', 'criteriaSet: { version: "1" }\nunit: { id: stp, level: province }\n')).toBe(
      [
        'a.yaml:1:1: criteriaSet.id: is required but missing (expected text) [REQUIRED]',
        'a.yaml:2:1: unit.name: is required but missing (expected text) [REQUIRED]',
      ].join('\n'),
    );
  });

  it('not-applicable reason must be text', () => {
    expect(problems('year: 2025\nnotApplicable:\n  "2.1": true\n')).toBe('a.yaml:5:10: notApplicable["2.1"]: expected text, got boolean true [INVALID_TYPE]');
  });

  it('YAML syntax error, with its position', () => {
    expect(problems('year: 2025\nmetrics:\n  a: [1, 2\n')).toMatch(/^a\.yaml:\d+:\d+: \(root\): .+ \[PARSE_ERROR\]/);
  });

  it('JSON gets positions too', () => {
    const json = '{\n  "criteriaSet": { "id": "x" },\n  "unit": { "id": "u", "name": "U", "level": "province" },\n  "year": "2025"\n}\n';
    expect(formatIssues(parseAssessment(json, { file: 'a.json' }).issues)).toBe('a.json:4:11: year: expected a number, got text "2025"; remove the quotes [INVALID_TYPE]');
  });
});
