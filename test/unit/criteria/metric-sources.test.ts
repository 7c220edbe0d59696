/** Metric sources, pointStep and workflow: every problem at once, each with its code, path and message. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { leafInput, setInput, type MetricsInput } from '../../support/build.js';

const Q1 = { q1: { name: 'Quý I', start: { month: 1, day: 1 }, end: { month: 3, day: 15 }, due: { month: 3, day: 20 } } };
const DEADLINES = { planIssue: { month: 1, day: 31 } };
const CALENDAR = { periods: Q1, deadlines: DEADLINES };
const reportRule = { kind: 'deadline', metric: 'reportQ1', due: { period: 'q1' } };
const issuesOf = (input: unknown) => checkCriteriaSet(input).issues.map(({ code, severity, path, message }) => ({ code, severity, path, message }));

describe('checkCriteriaSet: metric sources', () => {
  it('accepts a report metric and a plan metric that fit', () => {
    const metrics: MetricsInput = { reportQ1: { unit: 'date', from: { report: 'q1' } } };
    const r = checkCriteriaSet(leafInput(reportRule, metrics, '1', { calendar: CALENDAR }));
    expect(r.issues).toEqual([]);
    const plan = { kind: 'tiers', metric: 'rate', tiers: [{ max: '100', maxInclusive: true, points: '1' }] };
    expect(issuesOf(leafInput(plan, { rate: { unit: 'percent', min: '0', max: '100', from: { plan: 'done-percent' } } }))).toEqual([]);
  });

  it('UNKNOWN_CALENDAR_REF at from.report for a period the calendar does not declare', () => {
    const metrics: MetricsInput = { reportQ1: { unit: 'date', from: { report: 'q9' } } };
    expect(issuesOf(leafInput(reportRule, metrics, '1', { calendar: CALENDAR }))).toEqual([
      { code: 'UNKNOWN_CALENDAR_REF', severity: 'error', path: 'metrics.reportQ1.from.report', message: 'period "q9" is not declared in calendar.periods' },
    ]);
  });

  it('METRIC_SOURCE_UNIT for a report that is not a date and a plan share that is not a percent', () => {
    const metrics: MetricsInput = { sent: { unit: 'boolean', from: { report: 'q1' } }, done: { unit: 'count', from: { plan: 'on-time-percent' } } };
    const issues = issuesOf(setInput([{ code: '1', name: 'row', maxPoints: '1', rule: { kind: 'manual' } }], { metrics, calendar: CALENDAR })).filter((i) => i.code !== 'UNUSED_METRIC');
    expect(issues).toEqual([
      { code: 'METRIC_SOURCE_UNIT', severity: 'error', path: 'metrics.sent.from', message: 'metric "sent" is the day the report for period q1 was sent, so its unit must be date, not boolean' },
      { code: 'METRIC_SOURCE_UNIT', severity: 'error', path: 'metrics.done.from', message: 'metric "done" is a share of plan tasks (on-time-percent), so its unit must be percent, not count' },
    ]);
  });
});

describe('checkCriteriaSet: pointStep', () => {
  const manual = { kind: 'manual' };

  it('POINT_STEP_INVALID for a zero step', () => {
    expect(issuesOf(leafInput(manual, {}, '1', { pointStep: '0' }))).toEqual([
      { code: 'POINT_STEP_INVALID', severity: 'error', path: 'pointStep', message: 'pointStep must be greater than 0' },
    ]);
  });

  it('POINT_STEP_MISMATCH (a warning) on leaves and adjustment items whose maximum is off the step', () => {
    const nodes = [{ code: '1', name: 'area', maxPoints: '1.5', children: [{ code: '1.1', name: 'a', maxPoints: '1.1', rule: manual }, { code: '1.2', name: 'b', maxPoints: '0.4', rule: manual }] }];
    const adjustments = { penalty: { cap: '1', items: [{ code: 'P1', name: 'p', maxPoints: '0.3', rule: manual }, { code: 'P2', name: 'q', maxPoints: '0.5', rule: manual }] } };
    const r = checkCriteriaSet(setInput(nodes, { pointStep: '0.25', adjustments }));
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([
      { code: 'POINT_STEP_MISMATCH', severity: 'warning', path: 'nodes[0].children[0].maxPoints', nodeCode: '1.1', message: 'maxPoints 1.1 of row 1.1 is not a multiple of pointStep 0.25' },
      { code: 'POINT_STEP_MISMATCH', severity: 'warning', path: 'nodes[0].children[1].maxPoints', nodeCode: '1.2', message: 'maxPoints 0.4 of row 1.2 is not a multiple of pointStep 0.25' },
      { code: 'POINT_STEP_MISMATCH', severity: 'warning', path: 'adjustments.penalty.items[0].maxPoints', nodeCode: 'P1', message: 'maxPoints 0.3 of row P1 is not a multiple of pointStep 0.25' },
    ]);
  });

  it('leaves a row with its own manual step to that rule', () => {
    expect(issuesOf(leafInput({ kind: 'manual', step: '0.1' }, {}, '0.3', { pointStep: '0.25' }))).toEqual([]);
  });
});

describe('checkCriteriaSet: workflow', () => {
  it('accepts a phase with both due and withinDays, and every kind of due', () => {
    const workflow = {
      self: { due: { deadline: 'planIssue' } },
      appraisal1: { due: { date: '2026-02-15' }, withinDays: 20 },
      explanation: { withinDays: 5 },
      appraisal2: { due: { month: 3, day: 31 } },
    };
    expect(issuesOf(leafInput({ kind: 'manual' }, {}, '1', { calendar: CALENDAR, workflow }))).toEqual([]);
  });

  it('UNKNOWN_CALENDAR_REF for an undeclared deadline and WORKFLOW_INVALID for withinDays on self, all at once', () => {
    const workflow = { self: { withinDays: 10 }, appraisal2: { due: { deadline: 'council' } } };
    expect(issuesOf(leafInput({ kind: 'manual' }, {}, '1', { calendar: CALENDAR, workflow }))).toEqual([
      { code: 'WORKFLOW_INVALID', severity: 'error', path: 'workflow.self.withinDays', message: 'the self-assessment is the first round, so withinDays (days after the previous round) has nothing to count from; use due' },
      { code: 'UNKNOWN_CALENDAR_REF', severity: 'error', path: 'workflow.appraisal2.due.deadline', message: 'deadline "council" is not declared in calendar.deadlines' },
    ]);
  });
});
