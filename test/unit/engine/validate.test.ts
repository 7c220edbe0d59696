/** Rule validation: every problem of a criteria set at once, each with its code and path. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, compilePlan, CriteriaSet, ParIndexError } from '../../../src/index.js';
import { leafInput, setInput } from '../../support/build.js';

const RATE = { rate: { unit: 'percent' as const } };
const summary = (input: unknown) => {
  const r = checkCriteriaSet(input);
  return { ok: r.ok, issues: r.issues.map((i) => [i.code, i.path, i.nodeCode]) };
};

describe('checkCriteriaSet: rule problems with paths', () => {
  it('TIER_GAP at the tier after the gap', () => {
    const rule = { kind: 'tiers', metric: 'rate', tiers: [{ max: '70', points: '0' }, { min: '80', points: '1' }] };
    const r = checkCriteriaSet(leafInput(rule, RATE));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'TIER_GAP', severity: 'error', path: 'nodes[0].rule.tiers[1]', nodeCode: '1', message: 'values in [70, 80) fall in no interval' }]);
  });

  it('TIER_OVERLAP where "dưới hoặc bằng 70" meets "từ 70"', () => {
    const rule = { kind: 'tiers', metric: 'rate', tiers: [{ max: '70', maxInclusive: true, points: '0' }, { min: '70', points: '1' }] };
    expect(summary(leafInput(rule, RATE)).issues).toEqual([['TIER_OVERLAP', 'nodes[0].rule.tiers[1]', '1']]);
  });

  it('TIER_POINTS_EXCEED_MAX at the tier points', () => {
    const rule = { kind: 'tiers', metric: 'rate', tiers: [{ min: '50', points: '2.5' }, { max: '50', points: '0' }] };
    expect(summary(leafInput(rule, RATE, '2')).issues).toEqual([['TIER_POINTS_EXCEED_MAX', 'nodes[0].rule.tiers[0].points', '1']]);
  });

  it('TIER_EMPTY and TIER_NOT_MONOTONE (a warning, with better: higher)', () => {
    const empty = { kind: 'tiers', metric: 'rate', tiers: [{ min: '50', max: '50', points: '1' }, { max: '50', points: '0' }, { min: '50', points: '1' }] };
    expect(summary(leafInput(empty, RATE)).issues).toEqual([['TIER_EMPTY', 'nodes[0].rule.tiers[0]', '1']]);
    const falling = { kind: 'tiers', metric: 'rate', tiers: [{ min: '50', points: '0' }, { max: '50', points: '1' }] };
    const r = checkCriteriaSet(leafInput(falling, { rate: { unit: 'percent', better: 'higher' } }));
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['TIER_NOT_MONOTONE', 'warning', 'nodes[0].rule.tiers[0]']]);
  });

  it('PARTS_SUM_MISMATCH at the targets', () => {
    const rule = { kind: 'level-target', mode: 'parts', metric: 'rate', targets: [{ level: 'province', min: '90', points: '1' }, { level: 'commune', min: '60', points: '0.25' }] };
    const r = checkCriteriaSet(leafInput(rule, RATE, '1.5'));
    expect(r.issues).toEqual([{ code: 'PARTS_SUM_MISMATCH', severity: 'error', path: 'nodes[0].rule.targets', nodeCode: '1', message: 'parts add up to 1.25, the row maximum is 1.5' }]);
  });

  it('UNKNOWN_CALENDAR_REF at the due date', () => {
    const rule = { kind: 'deadline', metric: 'd', due: { deadline: 'planIssue' } };
    const r = checkCriteriaSet(leafInput(rule, { d: { unit: 'date' } }));
    expect(r.issues).toEqual([{ code: 'UNKNOWN_CALENDAR_REF', severity: 'error', path: 'nodes[0].rule.due', nodeCode: '1', message: 'deadline "planIssue" is not declared in calendar.deadlines' }]);
  });

  it('METRIC_UNIT_MISMATCH and UNDECLARED_METRIC at the metric', () => {
    expect(checkCriteriaSet(leafInput({ kind: 'pass-fail', metric: 'rate' }, RATE)).issues).toEqual([
      { code: 'METRIC_UNIT_MISMATCH', severity: 'error', path: 'nodes[0].rule.metric', nodeCode: '1', message: 'metric "rate" is a percent; this rule reads boolean' },
    ]);
    expect(checkCriteriaSet(leafInput({ kind: 'pass-fail', metric: 'ok' })).issues).toEqual([
      { code: 'UNDECLARED_METRIC', severity: 'error', path: 'nodes[0].rule.metric', nodeCode: '1', message: 'metric "ok" is not declared in metrics' },
    ]);
  });

  it('reports every problem at once, at nested and adjustment paths', () => {
    const input = setInput(
      [
        { code: '1', name: 'a', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'ok' } },
        {
          code: '2',
          name: 'b',
          maxPoints: '3',
          children: [
            { code: '2.1', name: 'c', maxPoints: '1', rule: { kind: 'deduction', metric: 'rate', each: '0.25' } },
            { code: '2.2', name: 'd', maxPoints: '1', rule: { kind: 'tiers', metric: 'rate', tiers: [{ max: '70', points: '0' }, { min: '80', points: '1' }] } },
          ],
        },
      ],
      {
        metrics: { ...RATE, n: { unit: 'count' } },
        adjustments: { bonus: { cap: '1', items: [{ code: 'T1', name: 't', maxPoints: '1', rule: { kind: 'deadline', metric: 'n', due: { period: 'q1' } } }] } },
        bands: [{ label: 'A', min: '90' }, { label: 'B', min: '70', max: '80' }],
      },
    );
    const r = summary(input);
    expect(r.ok).toBe(false);
    // Order follows the checks, not asserted here.
    expect(r.issues).toHaveLength(7);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        ['UNDECLARED_METRIC', 'nodes[0].rule.metric', '1'],
        ['MAX_SUM_MISMATCH', 'nodes[1].maxPoints', '2'],
        ['METRIC_UNIT_MISMATCH', 'nodes[1].children[0].rule.metric', '2.1'],
        ['TIER_GAP', 'nodes[1].children[1].rule.tiers[1]', '2.2'],
        ['METRIC_UNIT_MISMATCH', 'adjustments.bonus.items[0].rule.metric', 'T1'],
        ['UNKNOWN_CALENDAR_REF', 'adjustments.bonus.items[0].rule.due', 'T1'],
        ['BAND_GAP', 'bands[0]', undefined],
      ]),
    );
  });

  it('makes scoring throw an invalid-data error listing the problems', () => {
    const set = CriteriaSet.parse(leafInput({ kind: 'pass-fail', metric: 'rate' }, RATE));
    let error: unknown;
    try {
      compilePlan(set);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParIndexError);
    expect((error as ParIndexError).kind).toBe('invalid-data');
    expect((error as ParIndexError).issues.map((i) => i.code)).toEqual(['METRIC_UNIT_MISMATCH']);
    expect((error as ParIndexError).message).toContain('nodes[0].rule.metric: metric "rate" is a percent; this rule reads boolean [METRIC_UNIT_MISMATCH]');
  });
});
