import { describe, expect, it } from 'vitest';
import { compareScenarios, ScenarioComparison, type Assessment } from '../../../src/index.js';
import { deepFreeze, loadScenario, loadSet, loadUnit, scenario } from './support.js';

const set = deepFreeze(loadSet());
const stp = deepFreeze(loadUnit());
const pay70 = loadScenario('examples/scenarios/online-payment-70.yaml');
const onTime = loadScenario('examples/scenarios/plan-on-time.yaml');
const both = loadScenario('examples/scenarios/both.yaml');

function compared(...args: Parameters<typeof compareScenarios>): ScenarioComparison {
  const r = compareScenarios(...args);
  if (!r.ok) expect.fail(JSON.stringify(r.issues));
  return ScenarioComparison.parse(r.value);
}

describe('compareScenarios: one unit', () => {
  const c = compared(set, stp, [pay70, onTime, both], { asOf: '2025-12-31' });

  it('baseline: 17.603222472585248610485203545141 points, 88.02%, Tốt, no rank for a single unit', () => {
    expect(c.baseline).toEqual([{ unit: { id: 'stp', name: 'Sở Tư pháp (ví dụ)' }, standing: { points: { exact: '17.603222472585248610485203545141', display: '17.60' }, index: { exact: '88.016112362926243052426017725705', display: '88.02' }, band: 'Tốt', rank: null, complete: true } }]);
    expect(c.rounding).toEqual({ points: 2, index: 2 });
  });

  it('online payment 55.18 → 70: row 2.2 gains exactly 0.317571428571428571428571428571', () => {
    const d = c.scenarios[0]!.units[0]!;
    expect(d.rows).toEqual([{ code: '2.2', name: expect.any(String) as string, before: '1.182428571428571428571428571429', after: '1.5', change: '0.317571428571428571428571428571', maxBefore: '1.5', maxAfter: '1.5' }]);
    expect(d.areas.map((a) => [a.code, a.change])).toEqual([['2', '0.317571428571428571428571428571']]);
    expect([d.pointsChange, d.indexChange.display, d.after.index.display, d.bandChange]).toEqual([{ exact: '0.317571428571428571428571428571', display: '0.32' }, '1.58', '89.60', null]);
    expect(d.indexChange.exact).toBe('1.587857142857142857142857142855');
  });

  it('plan on time: +0.5 on 1.1.1, band Tốt → Xuất sắc; the chain both adds the two', () => {
    const d = c.scenarios[1]!.units[0]!;
    expect([d.rows.map((r) => [r.code, r.change]), d.bandChange, d.after.index.display]).toEqual([[['1.1.1', '0.5']], { from: 'Tốt', to: 'Xuất sắc' }, '90.52']);
    const b = c.scenarios[2]!;
    expect([b.chain, b.units[0]!.pointsChange.exact, b.units[0]!.indexChange.display]).toEqual([['online-payment-70', 'both'], '0.817571428571428571428571428571', '4.08']);
  });

  it('a scenario that changes nothing shows no change', () => {
    const d = compared(set, stp, [scenario({ id: 'same' })]).scenarios[0]!.units[0]!;
    expect([d.rows, d.areas, d.pointsChange, d.indexChange, d.bandChange, d.rankChange, d.issues]).toEqual([[], [], { exact: '0', display: '0.00' }, { exact: '0', display: '0.00' }, null, null, []]);
  });

  it('new issues of the scenario are listed (a metric taken away)', () => {
    const d = compared(set, stp, [scenario({ id: 'gone', metrics: { onlinePaymentRate: { set: null } } })]).scenarios[0]!.units[0]!;
    expect(d.after.complete).toBe(false);
    expect(d.issues.map((i) => i.code)).toContain('INPUT_MISSING');
    expect(d.rows[0]).toMatchObject({ code: '2.2', after: null, change: null });
  });
});

describe('compareScenarios: a batch', () => {
  const unit = (id: string, name: string, metrics: Assessment['metrics']): Assessment => deepFreeze({ ...stp, unit: { ...stp.unit, id, name }, metrics: { ...stp.metrics, ...metrics } });
  const batch = [stp, unit('snv', 'Sở Nội vụ (ví dụ)', { planIssuedOn: '2024-12-20', onlinePaymentRate: '40' }), unit('sxd', 'Sở Xây dựng (ví dụ)', { onlinePaymentRate: '70' })];
  const planStp = scenario({ id: 'plan', unit: 'stp', metrics: { planIssuedOn: { set: '2024-12-31' } } });

  it('every unit’s rank before and after; only the named unit’s inputs change', () => {
    const c = compared(set, batch, [planStp], { asOf: '2025-12-31' });
    expect(c.baseline.map((b) => [b.unit.id, b.standing.index.display, b.standing.rank])).toEqual([['stp', '88.02', 3], ['snv', '88.89', 2], ['sxd', '89.60', 1]]);
    expect(c.scenarios[0]!.units.map((u) => [u.unit.id, u.after.index.display, u.rankChange, u.rows.length])).toEqual([
      ['stp', '90.52', { from: 3, to: 1 }, 1],
      ['snv', '88.89', { from: 2, to: 3 }, 0],
      ['sxd', '89.60', { from: 1, to: 2 }, 0],
    ]);
  });

  it('a scenario naming a unit that is not in the batch is an error, reported once', () => {
    const r = compareScenarios(set, batch, [scenario({ id: 'x', unit: 'nope', metrics: { nothing: { set: 1 } } })], { files: { x: 'x.yaml' } });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.file])).toEqual([['UNKNOWN_UNIT', 'unit', 'x.yaml']]);
    const m = compareScenarios(set, batch, [scenario({ id: 'm', metrics: { nothing: { set: 1 } } })]);
    expect(m.issues.map((i) => i.code)).toEqual(['UNKNOWN_METRIC']);
  });

  it('misuse throws', () => {
    expect(() => compareScenarios(set, [], [])).toThrow('compareScenarios: give at least one assessment');
  });
});
