/** deadline: "Ban hành kịp thời: 1; không kịp thời: 0,5; không ban hành: 0" (Cà Mau 1880/2013, 1.1.1). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score, type RuleInput } from '../../support/build.js';

const DONE = { done: { unit: 'date' as const } };
const CALENDAR = {
  deadlines: { planIssue: { month: 12, day: 31, yearOffset: -1, name: 'Ban hành kế hoạch CCHC năm' } },
  periods: {
    q1: { name: 'Báo cáo quý I', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 3, day: 14 }, due: { dayOfEndMonth: 18 } },
  },
};
const rule = (extra: Partial<Record<string, unknown>> = {}): RuleInput => ({ kind: 'deadline', metric: 'done', due: { deadline: 'planIssue' }, latePoints: '0.5', notDonePoints: '0', ...extra });
const set = (extra: Partial<Record<string, unknown>> = {}) => leafSet(rule(extra), DONE, '1', { calendar: CALENDAR });

const at = leafScorer(set());

describe('deadline: on time, late, not done', () => {
  it('gives the maximum on or before the due date (31/12 of the year before)', () => {
    expect(at({ done: '2024-12-31' }).points).toBe('1');
    expect(at({ done: '2024-11-15' }).points).toBe('1');
  });

  it('gives latePoints the day after', () => {
    expect(at({ done: '2025-01-01' }).points).toBe('0.5');
    expect(at({ done: '2025-01-06' }).points).toBe('0.5');
  });

  it('gives notDonePoints when not done (null)', () => {
    const n = at({ done: null });
    expect(n.status).toBe('scored');
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('not done → 0');
  });

  it('traces the date read and the due date resolved', () => {
    expect(at({ done: '2025-01-06' }).trace).toEqual({
      rule: 'deadline',
      inputs: { done: '2025-01-06', due: '2024-12-31' },
      branch: 'done 2025-01-06 > due 2024-12-31 → late: 0.5',
      points: '0.5',
    });
    expect(at({ done: '2024-12-31' }).trace.branch).toBe('done 2024-12-31 ≤ due 2024-12-31 (deadline planIssue) → on time');
  });
});

describe('deadline: graceDays', () => {
  const grace = leafScorer(set({ graceDays: 10 }));

  it('is late within the grace days, inclusive of the last one', () => {
    expect(grace({ done: '2025-01-10' }).points).toBe('0.5');
  });

  it('counts as not done beyond them', () => {
    const n = grace({ done: '2025-01-11' });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('done 2025-01-11, more than 10 days after 2024-12-31 → counted as not done');
  });

  it('treats graceDays 0 as: any late date counts as not done', () => {
    const strict = leafScorer(set({ graceDays: 0 }));
    expect(strict({ done: '2024-12-31' }).points).toBe('1');
    expect(strict({ done: '2025-01-01' }).points).toBe('0');
  });
});

describe('deadline: asOf', () => {
  it('treats a date after asOf as not done yet (it has not happened)', () => {
    const n = leafScorer(set(), { asOf: '2025-01-03' })({ done: '2025-01-06' });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('done 2025-01-06, after as-of 2025-01-03 → 0');
    expect(n.trace.notes).toBeUndefined();
  });

  it('notes a row not yet due as of the scoring date, still scored notDonePoints', () => {
    const midYear = leafSet(rule({ due: { month: 6, day: 30 } }), DONE, '1', { calendar: CALENDAR });
    const early = leafScorer(midYear, { asOf: '2025-03-01' });
    const n = early({ done: null });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('not done; not yet due (2025-06-30) → 0');
    expect(n.trace.notes).toEqual(['not yet due as of the scoring date']);
    expect(early({ done: '2025-05-01' }).trace.branch).toBe('done 2025-05-01, after as-of 2025-03-01; not yet due (2025-06-30) → 0');
    // On the due date itself there is still time.
    expect(leafScorer(midYear, { asOf: '2025-06-30' })({ done: null }).trace.notes).toEqual(['not yet due as of the scoring date']);
    expect(leafScorer(midYear, { asOf: '2025-07-01' })({ done: null }).trace.notes).toBeUndefined();
  });

  it('counts a date on asOf as done', () => {
    expect(leafScorer(set(), { asOf: '2024-12-31' })({ done: '2024-12-31' }).points).toBe('1');
  });

  it('without asOf takes every date as given', () => {
    expect(at({ done: '2026-05-01' }).points).toBe('0.5');
  });
});

describe('deadline: due dates', () => {
  it('resolves a fixed date, a day of the year, and a reporting period (18th of its last month)', () => {
    const due = (d: Record<string, unknown>) => leafScorer(leafSet(rule({ due: d }), DONE, '1', { calendar: CALENDAR }))({ done: '2025-03-18' }).trace.inputs['due'];
    expect(due({ date: '2025-03-31' })).toBe('2025-03-31');
    expect(due({ month: 3, day: 18 })).toBe('2025-03-18');
    expect(due({ period: 'q1' })).toBe('2025-03-18');
    // 31 April does not exist: the last day of the month.
    expect(due({ month: 4, day: 31 })).toBe('2025-04-30');
    expect(due({ month: 2, day: 31 })).toBe('2025-02-28');
  });
});

describe('deadline: input', () => {
  it('rejects an impossible or non-ISO date', () => {
    for (const done of ['2025-02-30', '06/01/2025', '2025-1-6']) {
      const n = at({ done });
      expect(n.status).toBe('invalid-input');
      expect(n.trace.notes).toEqual([`done: "${done}" is not a date YYYY-MM-DD (use null when not done)`]);
    }
    expect(at({ done: true }).status).toBe('invalid-input');
  });

  it('reports a missing date as missing input, not as "not done"', () => {
    const r = score(set(), {});
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(codes(r)).toEqual(['INPUT_MISSING']);
  });
});

describe('deadline: checks', () => {
  it('reports an unknown calendar reference and points above the maximum', () => {
    const r = checkCriteriaSet(leafInput(rule({ due: { deadline: 'nope' }, latePoints: '1.5' }), DONE, '1', { calendar: CALENDAR }));
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_CALENDAR_REF', 'nodes[0].rule.due'],
      ['POINTS_EXCEED_MAX', 'nodes[0].rule.latePoints'],
    ]);
    const p = checkCriteriaSet(leafInput(rule({ due: { period: 'q9' } }), DONE, '1', { calendar: CALENDAR }));
    expect(p.issues.map((i) => [i.code, i.path, i.message])).toEqual([['UNKNOWN_CALENDAR_REF', 'nodes[0].rule.due', 'period "q9" is not declared in calendar.periods']]);
  });
});
