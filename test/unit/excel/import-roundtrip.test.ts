/** import(template filled with an assessment) gives the assessment's round data back, for the shipped examples. */
import { describe, expect, it } from 'vitest';
import { importFilled } from '../../../src/excel/import-filled.js';
import { unitTemplate } from '../../../src/excel/template.js';
import type { Assessment } from '../../../src/schema/assessment.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { loadSet } from './support.js';
import { APPRAISED, bytesOf, DEPT, loadAssessment, PRODUCED } from './template-support.js';

const ROUNDS = ['self', 'appraisal1', 'appraisal2'] as const;
const EXAMPLES = ['department-example', 'commune-example', 'province-example'].map((name) => ({
  name, set: loadSet(`criteria/${name}/criteria.yaml`), unit: loadAssessment(`criteria/${name}/example-unit.yaml`),
}));

async function roundTrip(set: CriteriaSet, a: Assessment, round: (typeof ROUNDS)[number], base?: Assessment) {
  const bytes = await bytesOf(unitTemplate(set, a, { round, produced: PRODUCED }));
  return importFilled(bytes, { set, file: 'unit.xlsx', ...(base !== undefined && { base }) });
}

/** What a template carries: the round, metrics (numbers as exact decimal strings), evidence and not-applicable rows. */
function sheetData(a: Assessment, round: (typeof ROUNDS)[number]) {
  const num = (v: unknown) => (typeof v === 'number' ? String(v) : v);
  const metrics = Object.fromEntries(Object.entries(a.metrics).map(([k, e]) => [k, e !== null && typeof e === 'object' ? { ...e, value: num(e.value) } : num(e)]));
  return { round: a.rounds?.[round], metrics, evidence: a.evidence, notApplicable: a.notApplicable };
}

describe('template → import round trip on the shipped examples', () => {
  it.each(ROUNDS)('%s: the appraised example comes back equal, merged over itself', async (round) => {
    const back = await roundTrip(DEPT, APPRAISED, round, APPRAISED);
    expect(back.issues).toEqual([]);
    expect(back.ok && back.value).toEqual(APPRAISED);
  });

  it.each(ROUNDS)('%s: without a base, the round, metrics, evidence and unit come from the workbook', async (round) => {
    const back = await roundTrip(DEPT, APPRAISED, round);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.unit).toEqual(APPRAISED.unit);
    expect(back.value.year).toBe(APPRAISED.year);
    expect(back.value.criteriaSet).toEqual({ id: DEPT.id, version: DEPT.version });
    expect(sheetData(back.value, round)).toEqual(sheetData(APPRAISED, round));
    expect(Object.keys(back.value.rounds ?? {})).toEqual([round]);
  });

  it('appraisal 1 read over the self-assessed file adds rounds.appraisal1 and keeps the rest', async () => {
    const { appraisal1: _a1, explanation: _e, appraisal2: _a2, ...selfOnly } = APPRAISED.rounds!;
    const selfAssessed: Assessment = { ...APPRAISED, rounds: selfOnly };
    const withA1: Assessment = { ...APPRAISED, rounds: { ...selfOnly, appraisal1: APPRAISED.rounds!.appraisal1! } };
    const bytes = await bytesOf(unitTemplate(DEPT, withA1, { round: 'appraisal1', produced: PRODUCED }));
    const back = await importFilled(bytes, { set: DEPT, base: selfAssessed });
    expect(back.ok && back.value).toEqual(withA1);
  });

  it.each(EXAMPLES)('$name: the example unit comes back equal (self round)', async ({ set, unit }) => {
    const back = await roundTrip(set, unit, 'self', unit);
    expect(back.issues).toEqual([]);
    expect(back.ok && back.value).toEqual({ ...unit, rounds: { self: { points: {}, notes: {} } } });
    const alone = await roundTrip(set, unit, 'self');
    expect(alone.ok && sheetData(alone.value, 'self').metrics).toEqual(sheetData(unit, 'self').metrics);
  });

  it('does not mutate the set or the base', async () => {
    const before = JSON.stringify([DEPT, APPRAISED]);
    await roundTrip(DEPT, APPRAISED, 'appraisal2', APPRAISED);
    expect(JSON.stringify([DEPT, APPRAISED])).toBe(before);
  });
});

describe('counterexamples found by the property test', () => {
  it('keeps a metric with 16 significant digits exact (written as text, not as a rounded number)', async () => {
    const a: Assessment = { ...APPRAISED, metrics: { ...APPRAISED.metrics, onlinePaymentRate: '0.001000000000000001', workRecordsOnlineRate: 0.001000000000000001 } };
    const back = await roundTrip(DEPT, a, 'self', a);
    expect(back.ok && back.value.metrics).toEqual(a.metrics);
    const alone = await roundTrip(DEPT, a, 'self');
    expect(alone.ok && alone.value.metrics['onlinePaymentRate']).toBe('0.001000000000000001');
  });
});
