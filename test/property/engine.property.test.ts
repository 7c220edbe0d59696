/**
 * Properties of the engine over random valid criteria sets and assessments.
 * The seed comes from test/setup.ts and is printed; replay with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECIMAL_PATTERN, Decimal, divide } from '../../src/decimal.js';
import { compilePlan, evaluate, parseCriteriaSet, serializeCriteriaSet, scoreAssessment, toResult } from '../../src/index.js';
import type { EvaluateOptions } from '../../src/engine/evaluate.js';
import type { Assessment, MetricEntry } from '../../src/schema/assessment.js';
import type { CriteriaSet } from '../../src/schema/criteria-set.js';
import type { ScoreResult } from '../../src/schema/result.js';
import { scenario } from '../support/arbitraries.js';
import type { MetricModel, Scenario } from '../support/model.js';
import { byCode, dec, exactSum, flatten, load, reorder } from '../support/results.js';

const options = fc.record({
  asOf: fc.option(fc.constantFrom('2024-06-30', '2024-12-31', '2025-03-14', '2025-12-31', '2026-01-31'), { nil: undefined }),
  missingInput: fc.constantFrom(undefined, 'report' as const, 'zero' as const),
});

function score(set: CriteriaSet, a: Assessment, opts: EvaluateOptions): ScoreResult {
  return toResult(evaluate(compilePlan(set), a, opts));
}

/** Equal to the last digit: quotients are carried to 30 decimals, so sums of points are exact. */
function expectSum(parent: string, children: readonly string[], what: string): void {
  expect(exactSum(children).eq(parent), `${what}: ${parent} ≠ Σ ${children.join(' + ')}`).toBe(true);
}

describe('engine properties', () => {
  it('a. 0 ≤ points ≤ applicableMaxPoints at every node', () => {
    fc.assert(
      fc.property(scenario, options, (s, opts) => {
        const { set, assessment } = load(s);
        const r = scoreAssessment(set, assessment, opts);
        const items = [...flatten(r.nodes), ...(r.bonus?.items ?? []), ...(r.penalty?.items ?? [])];
        for (const n of items) {
          expect(dec(n.applicableMaxPoints).lte(n.maxPoints), n.code).toBe(true);
          if (n.points === null) continue;
          expect(dec(n.points).gte(0), `${n.code}: ${n.points} < 0 (${n.trace.branch})`).toBe(true);
          expect(dec(n.points).lte(n.applicableMaxPoints), `${n.code}: ${n.points} > ${n.applicableMaxPoints} (${n.trace.branch})`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('b. a scored parent is the exact sum of its children; applicable maxima add up', () => {
    fc.assert(
      fc.property(scenario, options, (s, opts) => {
        const { set, assessment } = load(s);
        const r = scoreAssessment(set, assessment, opts);
        for (const n of flatten(r.nodes)) {
          if (n.children.length === 0) continue;
          expectSum(n.applicableMaxPoints, n.children.map((c) => c.applicableMaxPoints), `${n.code} applicable`);
          if (n.status !== 'scored') {
            expect(n.points, n.code).toBeNull();
            continue;
          }
          expect(n.children.every((c) => c.status === 'scored' || c.status === 'not-applicable'), n.code).toBe(true);
          expectSum(n.points!, n.children.flatMap((c) => (c.points === null ? [] : [c.points])), `${n.code} points`);
        }
        expectSum(r.applicableMaxPoints, r.nodes.map((n) => n.applicableMaxPoints), 'applicable total');
        if (r.treePoints !== null) expectSum(r.treePoints, r.nodes.flatMap((n) => (n.points === null ? [] : [n.points])), 'tree total');
      }),
      { numRuns: 150 },
    );
  });

  it('c. raising a metric where higher is better never lowers any row', () => {
    fc.assert(
      fc.property(scenario, options, fc.nat(), fc.integer({ min: 1, max: 1000 }), (s, opts, pick, k) => {
        const { set, assessment } = load(s);
        const raised = raise(s, assessment, pick, k);
        if (!raised) return;
        const before = byCode(score(set, assessment, opts).nodes);
        const after = byCode(score(set, { ...assessment, metrics: { ...assessment.metrics, [raised.id]: raised.value } }, opts).nodes);
        for (const [code, b] of before) {
          const a = after.get(code)!;
          expect(a.status === 'scored' || b.status !== 'scored', `${code}: ${b.status} → ${a.status} (${a.trace.branch})`).toBe(true);
          if (a.points !== null && b.points !== null) {
            expect(dec(a.points).gte(b.points), `${code} fell from ${b.points} to ${a.points} when ${raised.id} rose to ${raised.value}: ${b.trace.branch} → ${a.trace.branch}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('d. reordering children anywhere changes no row and not the index', () => {
    fc.assert(
      fc.property(scenario, options, fc.nat(), (s, opts, seed) => {
        const { set, assessment } = load(s);
        const r1 = score(set, assessment, opts);
        const r2 = score(reorder(set, seed), assessment, opts);
        const second = byCode(r2.nodes);
        for (const [code, n] of byCode(r1.nodes)) {
          const m = second.get(code)!;
          expect({ code, points: m.points, status: m.status, applicable: m.applicableMaxPoints }).toEqual({ code, points: n.points, status: n.status, applicable: n.applicableMaxPoints });
        }
        expect([r2.index, r2.points, r2.complete, r2.band]).toEqual([r1.index, r1.points, r1.complete, r1.band]);
      }),
      { numRuns: 120 },
    );
  });

  it('e. parsing a serialised set (YAML and JSON) gives the same set', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('yaml' as const, 'json' as const), (s, format) => {
        const { set } = load(s);
        const text = serializeCriteriaSet(set, format);
        const back = parseCriteriaSet(text);
        expect(back.issues).toEqual([]);
        expect(back.ok && back.value).toEqual(set);
      }),
      { numRuns: 120 },
    );
  });

  it('g. the index is in [0, 100] without bonus or penalty, and points / applicable × 100 without parts', () => {
    fc.assert(
      fc.property(scenario, options, (s, opts) => {
        const { set, assessment } = load(s);
        const r = scoreAssessment(set, assessment, opts);
        if (r.index === null) return;
        if (!s.model.hasAdjustments) expect(dec(r.index).gte(0) && dec(r.index).lte(100), r.index).toBe(true);
        // The index is the exact fraction, printed carried to 30 decimals like every quotient.
        if (!s.model.hasParts) expect(r.index).toBe(divide(dec(r.points!).times(100), dec(r.applicableMaxPoints)).toString());
      }),
      { numRuns: 150 },
    );
  });
});

/** A present, valid value of a rising metric, raised by a share `k`/1000 of the room left (within range and cap). */
function raise(s: Scenario, a: Assessment, pick: number, k: number): { id: string; value: string } | undefined {
  const valueOf = (id: string) => numeric(a.metrics[id]);
  const candidates = s.model.metrics.filter((m) => m.def.better === 'higher' && m.def.unit !== 'date' && m.def.unit !== 'boolean' && inRange(m, valueOf(m.id)));
  const m = candidates[pick % Math.max(candidates.length, 1)];
  if (!m) return undefined;
  const old = valueOf(m.id)!;
  let limit = m.max === undefined ? old.plus(1000) : dec(m.max);
  const cap = m.capBy === undefined ? undefined : valueOf(m.capBy);
  if (cap !== undefined && cap.lt(limit)) limit = cap;
  if (!limit.gt(old)) return undefined;
  let next = old.plus(limit.minus(old).times(k).div(1000));
  if (m.def.unit === 'count') next = Decimal.max(next.floor(), old.plus(1));
  return next.lte(limit) && next.gt(old) ? { id: m.id, value: next.toFixed() } : undefined;
}

function numeric(entry: MetricEntry | undefined): Decimal | undefined {
  const raw = entry !== null && typeof entry === 'object' ? entry.value : entry;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  return DECIMAL_PATTERN.test(text) ? dec(text) : undefined;
}

function inRange(m: MetricModel, v: Decimal | undefined): boolean {
  return v !== undefined && (m.min === undefined || v.gte(m.min)) && (m.max === undefined || v.lte(m.max)) && (m.def.unit !== 'count' || v.isInteger());
}
