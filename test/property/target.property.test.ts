/**
 * Target seeking against brute force: on small random sets (2–3 percent levers,
 * tier rows with random inclusive/exclusive bounds, pass-fail, an all-of row
 * sharing two levers), the cheapest plan equals the cheapest of every
 * combination of candidate values (thresholds ± 0.01, the range ends, the
 * current value, with costs computed here independently), and the answer,
 * re-scored by the engine, reaches the target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan, CriteriaSet, Decimal, evaluate, seekTarget, type Assessment, type LeversFile } from '../../src/index.js';
import { assessment, setInput } from '../support/build.js';

interface Case {
  readonly thresholds: { t: number; inclusive: boolean; points: number }[][];
  readonly current: number[];
  readonly costs: { cost: number; perStep: number; perUnit: number }[];
  readonly allOf: boolean;
  readonly target: number;
}

const lever = fc.record({ cost: fc.integer({ min: 0, max: 3 }), perStep: fc.integer({ min: 0, max: 2 }), perUnit: fc.constantFrom(0, 0.1) });
const tiersOf = fc.uniqueArray(fc.integer({ min: 5, max: 95 }), { minLength: 1, maxLength: 2 }).chain((ts) =>
  fc.tuple(...ts.sort((a, b) => a - b).map((t) => fc.record({ t: fc.constant(t), inclusive: fc.boolean(), points: fc.integer({ min: 1, max: 4 }) }))),
);
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc.record({
    thresholds: fc.array(tiersOf, { minLength: n, maxLength: n }),
    current: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
    costs: fc.array(lever, { minLength: n, maxLength: n }),
    allOf: fc.boolean(),
    target: fc.integer({ min: 1, max: 100 }),
  }),
);

/** Tier rows: below the first threshold 0 points, then cumulative points; each bound inclusive on the upper tier or not. */
function build(c: Case): { set: CriteriaSet; unit: Assessment; levers: LeversFile } {
  const metrics: Record<string, { unit: 'percent' }> = {};
  const nodes = c.thresholds.map((ts, i) => {
    metrics[`m${i}`] = { unit: 'percent' };
    let acc = 0;
    const tiers = [{ max: String(ts[0]!.t), maxInclusive: !ts[0]!.inclusive, points: '0' }];
    ts.forEach((x, k) => {
      acc += x.points;
      const next = ts[k + 1];
      tiers.push({ min: String(x.t), minInclusive: x.inclusive, ...(next ? { max: String(next.t), maxInclusive: !next.inclusive } : {}), points: String(acc / 4) } as never);
    });
    return { code: String(i + 1), name: `row ${i + 1}`, maxPoints: String(acc / 4), rule: { kind: 'tiers', metric: `m${i}`, tiers } };
  });
  if (c.allOf) nodes.push({ code: 'J', name: 'joint', maxPoints: '1', rule: { kind: 'all-of', conditions: [{ metric: 'm0', min: '50' }, { metric: 'm1', min: '60', minInclusive: false }] } as never });
  const set = CriteriaSet.parse(setInput(nodes, { metrics }));
  const unit = assessment(Object.fromEntries(c.current.map((v, i) => [`m${i}`, String(v)])));
  const levers: LeversFile = { levers: Object.fromEntries(c.costs.map((k, i) => [`m${i}`, { cost: String(k.cost), costPerStep: String(k.perStep), costPerUnit: String(k.perUnit) }])) };
  return { set, unit, levers };
}

/** Candidate values and their cost, computed without the library's candidate code. */
function candidates(c: Case, i: number): { value: string; cost: Decimal }[] {
  const ts = [...c.thresholds[i]!.map((x) => x.t), ...(c.allOf && i === 0 ? [50] : []), ...(c.allOf && i === 1 ? [60] : [])];
  const from = c.current[i]!;
  const values = new Set<number>([from, 0, 100, ...ts.flatMap((t) => [t - 0.01, t, t + 0.01])].filter((v) => v >= 0 && v <= 100).map((v) => Math.round(v * 100) / 100));
  const k = c.costs[i]!;
  return [...values].map((v) => {
    if (v === from) return { value: String(from), cost: new Decimal(0) };
    const crossed = new Set(ts.filter((t) => (from < t && t <= v) || (v <= t && t < from))).size;
    return { value: new Decimal(v).toFixed(), cost: new Decimal(k.cost).plus(new Decimal(k.perUnit).times(new Decimal(v).minus(from).abs())).plus(new Decimal(k.perStep).times(Math.max(1, crossed))) };
  });
}

function bruteForce(c: Case, set: CriteriaSet, unit: Assessment): { cheapest: Decimal | undefined; bestIndex: Decimal } {
  const plan = compilePlan(set);
  const lists = c.current.map((_, i) => candidates(c, i));
  let cheapest: Decimal | undefined;
  let bestIndex = new Decimal(-1);
  const walk = (i: number, picked: { value: string; cost: Decimal }[]) => {
    if (i === lists.length) {
      const metrics = Object.fromEntries(picked.map((p, k) => [`m${k}`, p.value]));
      const index = evaluate(plan, { ...unit, metrics }).index!;
      const cost = picked.reduce((s, p) => s.plus(p.cost), new Decimal(0));
      if (index.gte(c.target) && (cheapest === undefined || cost.lt(cheapest))) cheapest = cost;
      if (index.gt(bestIndex)) bestIndex = index;
      return;
    }
    for (const x of lists[i]!) walk(i + 1, [...picked, x]);
  };
  walk(0, []);
  return { cheapest, bestIndex };
}

describe('seekTarget (property)', () => {
  it('finds the brute-force optimum over candidate combinations, and its answer reaches the target when re-scored', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { set, unit, levers } = build(c);
        const plan = seekTarget(set, unit, { index: String(c.target) }, { levers });
        const brute = bruteForce(c, set, unit);
        const rescored = evaluate(compilePlan(set), { ...unit, metrics: { ...unit.metrics, ...Object.fromEntries(plan.changes.map((ch) => [ch.metric, ch.to])) } }).index!;
        expect(rescored.toString()).toBe(plan.result.index);
        if (brute.cheapest === undefined) {
          expect(plan.status).toBe('unreachable');
          expect(rescored.eq(brute.bestIndex)).toBe(true);
        } else {
          expect(plan.status).not.toBe('unreachable');
          expect(rescored.gte(c.target)).toBe(true);
          expect(plan.totalCost).toBe(brute.cheapest.toString());
        }
      }),
      { numRuns: 60 },
    );
  });
});
