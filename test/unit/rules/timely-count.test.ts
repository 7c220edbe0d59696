/** timely-count: "Đủ số lượng (quý I, 6 tháng, quý III, năm) và đúng thời gian: 1" (Cà Mau 1880/2013, 1.2.1). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score, type RuleInput } from '../../support/build.js';

const period = (name: string, start: [number, number, number], end: [number, number]) => ({
  name,
  start: { month: start[0], day: start[1], yearOffset: start[2] },
  end: { month: end[0], day: end[1] },
  due: { dayOfEndMonth: 18 },
});
/** Seed 000 (Sóc Trăng 196/KH-UBND): cut-off on the 14th, due the 18th of the period's last month. */
const CALENDAR = {
  periods: {
    q1: period('quý I', [12, 15, -1], [3, 14]),
    h1: period('6 tháng', [12, 15, -1], [6, 14]),
    q3: period('quý III', [6, 15, 0], [9, 14]),
    year: period('năm', [12, 15, -1], [12, 14]),
  },
};
const REPORTS = { q1: { unit: 'date' as const }, h1: { unit: 'date' as const }, q3: { unit: 'date' as const }, yr: { unit: 'date' as const } };
const ITEMS = [
  { metric: 'q1', due: { period: 'q1' }, label: 'quý I' },
  { metric: 'h1', due: { period: 'h1' }, label: '6 tháng' },
  { metric: 'q3', due: { period: 'q3' }, label: 'quý III' },
  { metric: 'yr', due: { period: 'year' }, label: 'năm' },
];
const ON_TIME = { q1: '2025-03-18', h1: '2025-06-17', q3: '2025-09-18', yr: '2025-12-18' };

const set = (rule: Partial<Record<string, unknown>>, max = '1') =>
  leafSet({ kind: 'timely-count', items: ITEMS, mode: 'all-or-nothing', ...rule } as RuleInput, REPORTS, max, { calendar: CALENDAR });

describe('timely-count: all-or-nothing', () => {
  const at = leafScorer(set({}));

  it('gives the maximum when every report is in by the 18th', () => {
    const n = at(ON_TIME);
    expect(n.points).toBe('1');
    expect(n.trace.branch).toBe('4/4 on time → maximum');
    expect(n.trace.inputs).toEqual(ON_TIME);
  });

  it('gives otherwisePoints (default 0) when one report is a day late', () => {
    const n = at({ ...ON_TIME, q3: '2025-09-19' });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('3/4 on time (quý III 2025-09-19 > 2025-09-18) → 0');
  });

  it('gives otherwisePoints when one report is not submitted (null)', () => {
    const half = leafScorer(set({ otherwisePoints: '0.5' }));
    const n = half({ ...ON_TIME, yr: null });
    expect(n.points).toBe('0.5');
    expect(n.trace.branch).toBe('3/4 on time (năm not submitted) → 0.5');
  });
});

describe('timely-count: per-item', () => {
  it('gives 3/4 of 1 point as 0.75', () => {
    expect(leafScorer(set({ mode: 'per-item' }))({ ...ON_TIME, h1: '2025-06-19' }).points).toBe('0.75');
  });

  it('gives 2/3 of 1 point carried to 30 decimals, rounded half-up in the last place', () => {
    // 1 × 2 / 3 = 0.666… does not terminate. Every quotient is carried to 30 decimals
    // half-up: 29 sixes then a 7. The index is then exact: 100 × those points / 1.
    // Neither is ever rounded to the display's 2 decimals.
    const three = leafSet({ kind: 'timely-count', mode: 'per-item', items: ITEMS.slice(0, 3) }, { q1: REPORTS.q1, h1: REPORTS.h1, q3: REPORTS.q3 }, '1', { calendar: CALENDAR });
    const r = score(three, { q1: '2025-03-18', h1: '2025-06-18', q3: null });
    expect(r.nodes[0]!.points).toBe('0.666666666666666666666666666667');
    expect(r.nodes[0]!.trace.branch).toBe('2/3 on time (quý III not submitted) → 1 × 2/3');
    expect(r.index).toBe('66.6666666666666666666666666667');
    expect(r.display).toEqual({ points: '0.67', index: '66.67' });
  });

  it('gives 0 when nothing is on time', () => {
    expect(leafScorer(set({ mode: 'per-item' }))({ q1: null, h1: null, q3: null, yr: null }).points).toBe('0');
  });
});

describe('timely-count: asOf', () => {
  it('counts a report dated after asOf as not submitted', () => {
    const n = leafScorer(set({ mode: 'per-item' }), { asOf: '2025-09-30' })({ ...ON_TIME });
    expect(n.points).toBe('0.75');
    expect(n.trace.branch).toBe('3/4 on time (năm not submitted (due 2025-12-18)) → 1 × 3/4');
  });

  it('counts a report not yet due at asOf as not on time, with the same pending note as deadline', () => {
    const n = leafScorer(set({ mode: 'per-item' }), { asOf: '2025-07-01' })({ q1: '2025-03-18', h1: '2025-06-18', q3: null, yr: null });
    expect(n.points).toBe('0.5');
    expect(n.trace.notes).toEqual(['not yet due as of the scoring date']);
  });
});

describe('timely-count: input', () => {
  it('reports every missing report date', () => {
    const r = score(set({}), { q1: '2025-03-18', h1: '2025-06-18' });
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(r.issues.map((i) => i.path)).toEqual(['metrics.q3', 'metrics.yr']);
  });

  it('rejects an invalid date', () => {
    const r = score(set({}), { ...ON_TIME, q3: '18/09/2025' });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(codes(r)).toEqual(['INPUT_INVALID']);
  });
});

describe('timely-count: checks', () => {
  it('reports an unknown period at its item, and otherwisePoints in per-item mode', () => {
    const items = [ITEMS[0], { metric: 'h1', due: { period: 'h2' } }];
    const r = checkCriteriaSet(leafInput({ kind: 'timely-count', mode: 'per-item', otherwisePoints: '0.5', items }, { q1: REPORTS.q1, h1: REPORTS.h1 }, '1', { calendar: CALENDAR }));
    expect(r.issues.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['UNKNOWN_CALENDAR_REF', 'nodes[0].rule.items[1].due', 'error'],
      ['RULE_PARAM_INVALID', 'nodes[0].rule.otherwisePoints', 'warning'],
    ]);
  });

  it('rejects a metric that is not a date', () => {
    const r = checkCriteriaSet(leafInput({ kind: 'timely-count', mode: 'per-item', items: [{ metric: 'q1', due: { date: '2025-03-18' } }] }, { q1: { unit: 'boolean' } }));
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['METRIC_UNIT_MISMATCH', 'nodes[0].rule.items[0].metric']]);
  });
});
