/**
 * Properties of what-if scenarios over random valid sets and assessments.
 * The seed comes from test/setup.ts and is printed; replay with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/decimal.js';
import { applyScenario, checkScenario, compareScenarios, compilePlan, evaluate, formatIssues, type Assessment, type Scenario, type ScenarioInput } from '../../src/index.js';
import { scenario as unitArb } from '../support/arbitraries.js';
import { load } from '../support/results.js';
import { deepFreeze } from '../unit/scenarios/support.js';

const NUMERIC = new Set(['percent', 'count', 'number']);
const amount = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 99 })).map(([w, f]) => `${w}.${String(f).padStart(2, '0')}`);

function checked(input: ScenarioInput): Scenario {
  const r = checkScenario(input);
  if (!r.ok) expect.fail(formatIssues(r.issues));
  return r.value;
}

/** Numeric metrics the assessment gives as a decimal: the ones add and subtract can move. */
function movable(a: Assessment, units: ReadonlyMap<string, string>): string[] {
  return Object.entries(a.metrics).flatMap(([id, e]) => {
    const v = e !== null && typeof e === 'object' ? e.value : e;
    return NUMERIC.has(units.get(id) ?? '') && toDecimal(v) !== undefined ? [id] : [];
  });
}

const input = unitArb.map((s) => {
  const { set, assessment } = load(s);
  const units = new Map(Object.entries(set.metrics).map(([id, d]) => [id, d.unit]));
  return { set: deepFreeze(set), assessment: deepFreeze(assessment), movable: movable(assessment, units) };
});

describe('scenario properties', () => {
  it('a. applying never changes the (deep-frozen) baseline', () => {
    fc.assert(
      fc.property(input, fc.array(amount, { minLength: 1, maxLength: 3 }), ({ set, assessment, movable }, amounts) => {
        const before = [structuredClone(set), structuredClone(assessment)];
        const metrics = Object.fromEntries(movable.slice(0, amounts.length).map((m, k) => [m, k % 2 === 0 ? { add: amounts[k]! } : { set: amounts[k]! }]));
        applyScenario(set, assessment, checked({ id: 'p', metrics }));
        compareScenarios(set, assessment, [checked({ id: 'p', metrics })]);
        expect([set, assessment]).toEqual(before);
      }),
    );
  });

  it('b. a scenario equal to the baseline (nothing, or add 0) changes nothing', () => {
    fc.assert(
      fc.property(input, ({ set, assessment, movable }) => {
        const zero = checked({ id: 'zero', metrics: Object.fromEntries(movable.map((m) => [m, { add: '0' }])) });
        const r = compareScenarios(set, assessment, [checked({ id: 'same' }), zero]);
        if (!r.ok) expect.fail(formatIssues(r.issues));
        for (const s of r.value.scenarios) {
          const d = s.units[0]!;
          expect([d.rows, d.areas, d.bandChange, d.rankChange, d.issues], s.id).toEqual([[], [], null, null, []]);
          expect(d.after).toEqual(d.before);
          if (d.before.points.exact !== null) expect(d.pointsChange.exact).toBe('0');
        }
      }),
    );
  });

  it('c. add then subtract (chained) gives the baseline back, value and score', () => {
    fc.assert(
      fc.property(input.filter((x) => x.movable.length > 0), amount, ({ set, assessment, movable }, d) => {
        const up = checked({ id: 'up', metrics: Object.fromEntries(movable.map((m) => [m, { add: d }])) });
        const down = checked({ id: 'down', basedOn: 'up', metrics: Object.fromEntries(movable.map((m) => [m, { subtract: d }])) });
        const r = applyScenario(set, assessment, down, [up, down]);
        if (!r.ok) expect.fail(formatIssues(r.issues));
        for (const m of movable) {
          const v = (e: unknown) => toDecimal(e !== null && typeof e === 'object' ? (e as { value: unknown }).value : e)!;
          expect(v(r.assessment.metrics[m]).eq(v(assessment.metrics[m])), m).toBe(true);
        }
        const plan = compilePlan(set);
        const [before, after] = [evaluate(plan, assessment), evaluate(plan, r.assessment)];
        expect(after.points?.toFixed() ?? null).toBe(before.points?.toFixed() ?? null);
        expect(after.index?.toFixed() ?? null).toBe(before.index?.toFixed() ?? null);
      }),
    );
  });
});
