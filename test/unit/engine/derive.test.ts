/** deriveInputs: survey results merged, report dates and plan shares computed, conflicts reported. */
import { describe, expect, it } from 'vitest';
import { deriveInputs, type AssessmentInput, type Issue } from '../../../src/index.js';
import { assessment, leafSet, type MetricsInput } from '../../support/build.js';

const Q1 = { q1: { name: 'Quý I', start: { month: 1, day: 1 }, end: { month: 3, day: 15 }, due: { month: 3, day: 20 } } };
const SOURCED: MetricsInput = {
  reportQ1: { unit: 'date', from: { report: 'q1' } },
  onTime: { unit: 'percent', from: { plan: 'on-time-percent' } },
  done: { unit: 'percent', from: { plan: 'done-percent' } },
};
// One rule reads a typed-in metric; the sourced metrics need no rule for deriveInputs.
const set = leafSet({ kind: 'pass-fail', metric: 'ok' }, { ok: { unit: 'boolean' }, ...SOURCED }, '1', { calendar: { periods: Q1 } });
const plain = leafSet({ kind: 'pass-fail', metric: 'ok' }, { ok: { unit: 'boolean' } });

const task = (id: string, due: string, done?: string | null) => ({ id, task: `task ${id}`, lead: 'Sở Nội vụ', due, ...(done !== undefined && { done }) });
/** Six tasks: 2 on time, 1 late, 1 not done past due, 1 not yet due on 2025-06-30, 1 continuous. */
const PLAN: AssessmentInput['plan'] = {
  tasks: [
    task('1', 'Quý I/2025', '2025-03-10'),
    task('2', 'Tháng 02/2025', '2025-02-28'),
    task('3', 'Tháng 01/2025', '2025-02-03'),
    task('4', 'Quý I/2025', null),
    task('5', 'Quý III/2025'),
    task('6', 'Thường xuyên'),
  ],
};
const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.severity, i.path]);

describe('deriveInputs', () => {
  it('returns metrics undefined, and the same empty answer, when the set has no sourced metric and there is no survey', () => {
    const a = assessment({ ok: true });
    const first = deriveInputs(plain, a, undefined);
    expect(first).toEqual({ metrics: undefined, issues: [] });
    expect(deriveInputs(plain, assessment({ ok: false }), '2025-06-30')).toBe(first);
    expect(deriveInputs(plain, assessment({ ok: true }, { survey: { results: {} } }), undefined)).toBe(first);
  });

  it('on-time percent and done percent of counted tasks, leaving out tasks not yet due and without a due date', () => {
    const a = assessment({ ok: true }, { plan: PLAN });
    const r = deriveInputs(set, a, '2025-06-30');
    expect(r.metrics).toEqual({ ok: true, onTime: { value: '50', source: 'plan' }, done: { value: '75', source: 'plan' } });
    expect(r.issues).toEqual([
      { code: 'METRIC_DERIVED', severity: 'info', path: 'metrics.onTime', message: 'onTime = 50 from the plan: 2 of 4 counted tasks on time as of 2025-06-30' },
      { code: 'METRIC_DERIVED', severity: 'info', path: 'metrics.done', message: 'done = 75 from the plan: 3 of 4 counted tasks done (2 on time, 1 late) as of 2025-06-30' },
    ]);
    expect(a.metrics).toEqual({ ok: true });
  });

  it('judges the plan on 31 December of the assessment year by default, and carries exact decimals', () => {
    const r = deriveInputs(set, assessment({}, { plan: PLAN }), undefined);
    // Task 5 is now past due and not done: 2 of 5 on time, 3 of 5 done.
    expect(r.metrics).toEqual({ onTime: { value: '40', source: 'plan' }, done: { value: '60', source: 'plan' } });
    const thirds = { tasks: [task('1', 'Quý I/2025', '2025-03-01'), task('2', 'Quý I/2025', '2025-04-01'), task('3', 'Quý I/2025')] };
    expect(deriveInputs(set, assessment({}, { plan: thirds }), undefined).metrics).toEqual({
      onTime: { value: '33.333333333333333333333333333333', source: 'plan' },
      done: { value: '66.666666666666666666666666666667', source: 'plan' },
    });
  });

  it('PLAN_NOTHING_DUE (info) and no metric when no task is done or due yet', () => {
    const r = deriveInputs(set, assessment({}, { plan: PLAN }), '2025-01-15');
    expect(r.metrics).toBeUndefined();
    expect(r.issues).toEqual([
      { code: 'PLAN_NOTHING_DUE', severity: 'info', path: 'metrics.onTime', message: 'onTime is not computed: no plan task is done or due by 2025-01-15 (5 not yet due, 1 without a due date)' },
      { code: 'PLAN_NOTHING_DUE', severity: 'info', path: 'metrics.done', message: 'done is not computed: no plan task is done or due by 2025-01-15 (5 not yet due, 1 without a due date)' },
    ]);
  });

  it('leaves plan metrics absent when the assessment has no plan', () => {
    expect(deriveInputs(set, assessment({ ok: true }), undefined)).toEqual({ metrics: undefined, issues: [] });
  });

  it('takes the plan year for due times without one, and passes on unreadable due times at their plan path', () => {
    const plan = { year: 2024, tasks: [task('1', 'Quý I', '2024-03-01'), task('2', 'Quý II', '2024-07-01'), task('3', 'Hàng tuần')] };
    const r = deriveInputs(set, assessment({}, { plan }), '2024-12-31');
    expect(r.metrics).toEqual({ onTime: { value: '50', source: 'plan' }, done: { value: '100', source: 'plan' } });
    expect(codes(r.issues).filter(([c]) => c !== 'METRIC_DERIVED')).toEqual([['DUE_TIME_UNREADABLE', 'error', 'plan.tasks[2].due']]);
  });

  it('PLAN_DUPLICATE_TASK: a task id used twice, and no plan share', () => {
    const plan = { tasks: [task('1', 'Quý I/2025', '2025-03-01'), task('1', 'Quý II/2025')] };
    const r = deriveInputs(set, assessment({}, { plan }), undefined);
    expect(r.metrics).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'PLAN_DUPLICATE_TASK', severity: 'error', path: 'plan.tasks[1].id', message: 'task id "1" is already used by plan.tasks[0]' }]);
  });

  it('a report date, null when not sent, and nothing when the period is not listed', () => {
    const sent = deriveInputs(set, assessment({}, { reports: { q1: { submitted: '2025-03-17' } } }), undefined);
    expect(sent.metrics).toEqual({ reportQ1: { value: '2025-03-17', source: 'report q1' } });
    expect(sent.issues).toEqual([{ code: 'METRIC_DERIVED', severity: 'info', path: 'metrics.reportQ1', message: 'reportQ1 = 2025-03-17 from the report for period q1' }]);
    const notSent = deriveInputs(set, assessment({}, { reports: { q1: { submitted: null } } }), undefined);
    expect(notSent.metrics).toEqual({ reportQ1: { value: null, source: 'report q1' } });
    expect(notSent.issues[0]?.message).toBe('reportQ1 = null from the report for period q1: not sent');
    expect(deriveInputs(set, assessment({}, { reports: { q2: { submitted: '2025-06-10' } } }), undefined)).toEqual({ metrics: undefined, issues: [] });
  });

  it('keeps a value given in metrics; METRIC_SOURCE_CONFLICT when the source says otherwise', () => {
    const extra = { plan: PLAN, reports: { q1: { submitted: '2025-03-17' } } };
    const agree = deriveInputs(set, assessment({ reportQ1: '2025-03-17', onTime: '50.0', done: { value: 75 } }, extra), '2025-06-30');
    expect(agree).toEqual({ metrics: undefined, issues: [] });
    const r = deriveInputs(set, assessment({ reportQ1: '2025-03-18', onTime: 60 }, extra), '2025-06-30');
    expect(r.metrics).toEqual({ reportQ1: '2025-03-18', onTime: 60, done: { value: '75', source: 'plan' } });
    expect(r.issues).toEqual([
      { code: 'METRIC_SOURCE_CONFLICT', severity: 'error', path: 'metrics.reportQ1', message: 'metric "reportQ1" is given as 2025-03-18 but the report for period q1 gives 2025-03-17' },
      { code: 'METRIC_SOURCE_CONFLICT', severity: 'error', path: 'metrics.onTime', message: 'metric "onTime" is given as 60 but the plan gives 50: 2 of 4 counted tasks on time as of 2025-06-30' },
      { code: 'METRIC_DERIVED', severity: 'info', path: 'metrics.done', message: 'done = 75 from the plan: 3 of 4 counted tasks done (2 on time, 1 late) as of 2025-06-30' },
    ]);
  });

  it('merges survey results marked with their source; one also in metrics is a METRIC_SOURCE_CONFLICT', () => {
    const survey = { source: 'SIPAS 2025', results: { satisfaction: '82.5', trust: { value: 70, note: 'n = 400' }, ok: false } };
    const r = deriveInputs(plain, assessment({ ok: true }, { survey }), undefined);
    expect(r.metrics).toEqual({ ok: true, satisfaction: { value: '82.5', source: 'survey' }, trust: { value: 70, note: 'n = 400', source: 'survey' } });
    expect(r.issues).toEqual([
      { code: 'METRIC_SOURCE_CONFLICT', severity: 'error', path: 'survey.results.ok', message: 'metric "ok" is given both in metrics (true) and in survey.results (false); give it in one place' },
    ]);
  });

  it('throws, naming deriveInputs, for an asOf that is not a date', () => {
    expect(() => deriveInputs(set, assessment({}, { plan: PLAN }), '30/06/2025')).toThrow('deriveInputs: asOf must be a date YYYY-MM-DD or undefined, got "30/06/2025"');
  });

  it('does not mutate the assessment', () => {
    const a = assessment({ ok: true }, { plan: PLAN, survey: { results: { s: '1' } } });
    const before = structuredClone(a);
    deriveInputs(set, a, undefined);
    expect(a).toEqual(before);
  });
});
