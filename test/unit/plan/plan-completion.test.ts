/** Plan completion as of a date: each task's status, the counts and the exact on-time ratio. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { planCompletion } from '../../../src/plan/plan-completion.js';
import type { PlanTask } from '../../../src/schema/plan.js';

const task = (id: string, due: string): PlanTask => ({ id, task: `Việc ${id}`, lead: 'Sở Nội vụ', coordinating: [], due });
const PLAN = {
  year: 2025,
  tasks: [
    task('a', 'Quý I/2025'), // due 2025-03-31
    task('b', 'Tháng 01/2025'), // due 2025-01-31
    task('c', 'Trước 15/06/2025'), // due 2025-06-14
    task('d', 'Trong năm 2025'), // due 2025-12-31
    task('e', 'Thường xuyên'),
    task('f', 'Hàng quý'),
    task('g', 'Quý IV/2025'),
  ],
};

describe('planCompletion', () => {
  it('on time, late, not done, not yet due and continuous, as of 2025-06-30', () => {
    const done = { a: '2025-03-31', b: '2025-02-03', c: null, d: '2025-05-01', e: '2025-01-10', g: '2025-07-15' };
    expect(planCompletion(PLAN, { asOf: '2025-06-30', done })).toEqual({
      asOf: '2025-06-30',
      tasks: [
        { id: 'a', status: 'on-time', due: '2025-03-31', done: '2025-03-31' },
        { id: 'b', status: 'late', due: '2025-01-31', done: '2025-02-03' },
        { id: 'c', status: 'not-done', due: '2025-06-14' },
        { id: 'd', status: 'on-time', due: '2025-12-31', done: '2025-05-01' },
        { id: 'e', status: 'continuous', done: '2025-01-10' },
        { id: 'f', status: 'continuous' },
        // done after asOf: not known yet on 2025-06-30
        { id: 'g', status: 'not-yet-due', due: '2025-12-31' },
      ],
      counts: { 'on-time': 2, late: 1, 'not-done': 1, 'not-yet-due': 1, continuous: 2, unreadable: 0 },
      counted: 4,
      ratio: '0.5',
      issues: [],
    });
  });

  it('a ratio with no finite decimal is carried to 30 places, half-up', () => {
    const done = { a: '2025-03-01', b: '2025-01-02', c: '2025-07-01' };
    // On its due day an unfinished task is not yet due; the day after, it is not done.
    const r = planCompletion(PLAN, { asOf: '2025-12-31', done });
    expect([r.counted, r.counts['on-time'], r.counts['not-yet-due'], r.ratio]).toEqual([3, 2, 2, '0.666666666666666666666666666667']);
    const after = planCompletion(PLAN, { asOf: '2026-01-01', done });
    expect([after.counted, after.counts['on-time'], after.ratio]).toEqual([5, 2, '0.4']);
    const third = planCompletion({ year: 2025, tasks: PLAN.tasks.slice(0, 3) }, { asOf: '2025-12-31', done: { a: '2025-03-01', b: '2025-01-02' } });
    expect(third.ratio).toBe('0.666666666666666666666666666667');
  });

  it('no ratio when nothing is counted yet; the due day itself is on time', () => {
    const early = planCompletion(PLAN, { asOf: '2025-01-01', done: {} });
    expect(early.counted).toBe(0);
    expect(early.ratio).toBeUndefined();
    const onDay = planCompletion({ year: 2025, tasks: [task('a', 'Quý I/2025')] }, { asOf: '2025-03-31', done: { a: null } });
    expect(onDay.tasks[0]?.status).toBe('not-yet-due');
    expect(planCompletion({ year: 2025, tasks: [task('a', 'Quý I/2025')] }, { asOf: '2025-04-01', done: {} }).tasks[0]?.status).toBe('not-done');
  });

  it('an unreadable due time and an unknown task id are issues, outside the ratio', () => {
    const r = planCompletion({ year: 2025, tasks: [task('a', 'sắp tới'), task('b', 'Quý I/2025')] }, { asOf: '2025-12-31', done: { b: '2025-01-05', zz: '2025-01-01' } });
    expect(r.tasks[0]).toEqual({ id: 'a', status: 'unreadable' });
    expect([r.counted, r.ratio]).toEqual([1, '1']);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['DUE_TIME_UNREADABLE', 'error', 'tasks[0].due'],
      ['PLAN_UNKNOWN_TASK', 'warning', 'done["zz"]'],
    ]);
  });

  it('the Quảng Trị 2024 plan the day after year end, nothing reported done: every dated task is not done', () => {
    const file = 'examples/plans/quang-tri-ldtbxh-2024.yaml';
    const plan = parsePlan(readFileSync(file, 'utf8'), { file });
    if (!plan.ok) throw new Error('example does not load');
    const r = planCompletion(plan.value, { asOf: '2025-01-01', done: {} });
    expect(r.counts).toEqual({ 'on-time': 0, late: 0, 'not-done': 32, 'not-yet-due': 0, continuous: 26, unreadable: 0 });
    expect(r.ratio).toBe('0');
  });

  it('does not mutate its inputs', () => {
    const done = Object.freeze({ a: '2025-03-01' });
    const plan = structuredClone(PLAN);
    planCompletion(plan, { asOf: '2025-12-31', done });
    expect(plan).toEqual(PLAN);
  });

  it('misuse throws, naming the function', () => {
    expect(() => planCompletion(PLAN, { asOf: '31/12/2025', done: {} })).toThrow('planCompletion: options.asOf must be a date YYYY-MM-DD, got "31/12/2025"');
    expect(() => planCompletion(PLAN, { asOf: '2025-02-30', done: {} })).toThrow('planCompletion: options.asOf must be a date');
    expect(() => planCompletion(PLAN, { asOf: '2025-12-31', done: { a: '2025-13-01' } })).toThrow('planCompletion: options.done["a"] must be a date YYYY-MM-DD or null, got "2025-13-01"');
  });
});
