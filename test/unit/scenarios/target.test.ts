/** Target seeking: answers re-scored by the engine, the cheapest among the levers, unreachable and already-met targets, bad levers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, parseAssessment, parseCriteriaSet, parseLevers, ParIndexError, scoreAssessment, seekTarget, TargetPlan, type LeversFile } from '../../../src/index.js';
import { assessment, setInput } from '../../support/build.js';
import { CriteriaSet } from '../../../src/index.js';

const load = () => {
  const set = parseCriteriaSet(readFileSync('examples/example-department-2025.yaml', 'utf8'));
  const unit = parseAssessment(readFileSync('examples/so-tu-phap-2025.yaml', 'utf8'));
  const levers = parseLevers(readFileSync('examples/targets/levers.yaml', 'utf8'));
  if (!set.ok || !unit.ok || !levers.ok) throw new Error('examples do not load');
  return { set: set.value, unit: unit.value, levers: levers.value };
};
const ASOF = { asOf: '2025-12-31' };

describe('seekTarget on the example unit', () => {
  const { set, unit, levers } = load();

  it('reaches a band with the cheapest change, re-scored by the engine', () => {
    const plan = seekTarget(set, unit, { band: 'Xuất sắc' }, { ...ASOF, levers });
    expect(TargetPlan.parse(plan)).toEqual(plan);
    expect(plan.status).toBe('reached');
    expect(plan.changes).toEqual([{ metric: 'planCompletionRate', from: '90', to: '90.01', cost: '2', rows: [{ code: '1.1.4', from: '1', to: '2' }] }]);
    expect(plan.result.band).toBe('Xuất sắc');
    // "trên 90%" is exclusive: 90.01 is the smallest value at 2 decimals that earns the tier.
    const rescored = scoreAssessment(set, { ...unit, metrics: { ...unit.metrics, planCompletionRate: '90.01' } }, ASOF);
    expect(rescored.index).toBe(plan.result.index);
  });

  it('stops a proportional metric at the exact value that closes the gap', () => {
    const only: LeversFile = { levers: { onlinePaymentRate: { max: '90', costPerUnit: '0.1' } } };
    const plan = seekTarget(set, unit, { index: '89' }, { ...ASOF, levers: only });
    expect(plan.status).toBe('reached');
    const to = plan.changes[0]!.to as string;
    expect(new Decimal(plan.result.index!).gte(89)).toBe(true);
    // One step lower no longer reaches 89.
    const below = scoreAssessment(set, { ...unit, metrics: { ...unit.metrics, onlinePaymentRate: new Decimal(to).minus('0.01').toFixed(2) } }, ASOF);
    expect(new Decimal(below.index!).lt(89)).toBe(true);
    expect(plan.totalCost).toBe(new Decimal(to).minus('55.18').times('0.1').toString());
  });

  it('says when a target is out of reach and returns the best reachable result', () => {
    const plan = seekTarget(set, unit, { index: '99.9' }, { ...ASOF, levers: { levers: { onlinePaymentRate: { max: '80' } } } });
    expect(plan.status).toBe('unreachable');
    expect(plan.changes.map((c) => [c.metric, c.to])).toEqual([['onlinePaymentRate', '70']]);
    expect(new Decimal(plan.result.index!).gt(plan.baseline.index!)).toBe(true);
  });

  it('changes nothing for a target already met, and does not mutate its inputs', () => {
    const before = structuredClone(unit);
    const plan = seekTarget(set, unit, { index: '80' }, ASOF);
    expect(plan.status).toBe('already-met');
    expect(plan.changes).toEqual([]);
    expect(plan.result).toEqual(plan.baseline);
    expect(unit).toEqual(before);
  });

  it('reaches a rank among other units (competition ranking; a tie is enough)', () => {
    const better = { ...unit, unit: { ...unit.unit, id: 'x', name: 'X' }, metrics: { ...unit.metrics, planCompletionRate: '95' } };
    const plan = seekTarget(set, unit, { rank: 1, among: [unit, better] }, ASOF);
    expect(plan.baseline.rank).toBe(2);
    expect(plan.status).toBe('reached');
    expect(plan.result.rank).toBe(1);
  });

  it('reports levers naming what does not exist as bad data, and an unknown band as misuse', () => {
    expect(() => seekTarget(set, unit, { index: '95' }, { levers: { levers: { nope: {} } } })).toThrow(ParIndexError);
    expect(() => seekTarget(set, unit, { index: '95' }, { levers: { levers: { planIssuedOn: { max: '3' } } } })).toThrow(/LEVER_INVALID|min\/max/);
    expect(() => seekTarget(set, unit, { band: 'Giỏi' }, ASOF)).toThrow(/band "Giỏi"/);
  });
});

describe('seekTarget on small sets', () => {
  const set = CriteriaSet.parse(setInput([
    { code: '1', name: 'a', maxPoints: '2', rule: { kind: 'tiers', metric: 'a', tiers: [{ min: '90', minInclusive: false, points: '2' }, { min: '70', max: '90', maxInclusive: true, points: '1' }, { max: '70', points: '0' }] } },
    { code: '2', name: 'b', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'b' } },
    { code: '3', name: 'c', maxPoints: '1', rule: { kind: 'ratio', numerator: 'n', denominator: 'd', zeroDenominator: 'full', tiers: [{ min: '50', points: '1' }, { max: '50', points: '0' }] } },
  ], { metrics: { a: { unit: 'percent' }, b: { unit: 'boolean' }, n: { unit: 'count' }, d: { unit: 'count' } } }));
  const unit = assessment({ a: '60', b: false, n: 3, d: 10 });

  it('by default moves every metric at cost 1 per threshold crossed: the cheapest route to 100', () => {
    const plan = seekTarget(set, unit, { index: '100' });
    expect(plan.status).toBe('reached');
    expect(plan.result.index).toBe('100');
    const by = Object.fromEntries(plan.changes.map((c) => [c.metric, c]));
    expect(by['a']).toMatchObject({ to: '90.01', cost: '2' });
    expect(by['b']).toMatchObject({ to: true, cost: '1' });
    // Row 3 (3 of 10 < 50%) crosses its one threshold by either side of the ratio: n → 5 or d → 6 or less.
    expect(by['n'] ?? by['d']).toMatchObject({ cost: '1', rows: [{ code: '3', from: '0', to: '1' }] });
    expect(plan.totalCost).toBe('4');
  });

  it('prefers the cheaper of two routes to the same index', () => {
    const levers: LeversFile = { levers: { a: { cost: '5' }, b: { cost: '1' }, n: { costPerUnit: '1' } } };
    const plan = seekTarget(set, unit, { index: '50' }, { levers });
    // 1.5 points needed of 4: b (1 point, cost 1) and n 3 → 5 (1 point, cost 2) beat a (2 points, cost 5).
    expect(plan.changes.map((c) => c.metric).sort()).toEqual(['b', 'n']);
    expect(plan.totalCost).toBe('3');
  });

  it('moves a date to the last day on time, or only to late when the earliest feasible date is past the due date', () => {
    const dated = CriteriaSet.parse(setInput([
      { code: '1', name: 'issued', maxPoints: '1', rule: { kind: 'deadline', metric: 'issued', due: { date: '2025-01-31' }, latePoints: '0.5' } },
    ], { metrics: { issued: { unit: 'date' } } }));
    const late = assessment({ issued: null });
    expect(seekTarget(dated, late, { index: '100' }).changes).toMatchObject([{ metric: 'issued', from: null, to: '2025-01-31' }]);
    const plan = seekTarget(dated, late, { index: '100' }, { levers: { levers: { issued: { earliest: '2025-03-01' } } } });
    expect(plan.status).toBe('unreachable');
    expect(plan.changes).toMatchObject([{ metric: 'issued', to: '2025-03-01', rows: [{ code: '1', from: '0', to: '0.5' }] }]);
  });
});

describe('parseLevers', () => {
  it('reads a levers file and reports a bad one with its line', () => {
    expect(parseLevers('levers:\n  rate: { max: "80", costPerUnit: "0.5" }\n').ok).toBe(true);
    const bad = parseLevers('levers:\n  rate: { max: "tám mươi" }\n', { file: 'levers.yaml' });
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ file: 'levers.yaml', line: 2, path: 'levers.rate.max' });
  });
});
