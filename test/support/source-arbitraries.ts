/**
 * Sets from `setModel` that sometimes carry metric sources (`from`), a `pointStep` and a `workflow`.
 * Kept apart from `setModel` so that engine properties do not meet them before the engine uses them.
 */
import fc from 'fast-check';
import type { CriteriaSetInput, MetricSource } from '../../src/schema/criteria-set.js';
import { setModel } from './arbitraries.js';

const PERIODS = ['q1', 'h1', 'q3', 'year'] as const;

const DUE = fc.oneof(
  fc.constantFrom({ deadline: 'd1' }, { deadline: 'd2' }, { date: '2026-01-31' }),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
);
const PHASE = fc.record({ due: DUE, withinDays: fc.integer({ min: 1, max: 366 }) }, { requiredKeys: [] });

const WORKFLOW = fc.record(
  { self: fc.record({ due: DUE }, { requiredKeys: [] }), appraisal1: PHASE, explanation: PHASE, appraisal2: PHASE },
  { requiredKeys: [] },
);

/** A source fitting the metric's unit (report for dates, plan for percents), or none. */
function sourceFor(unit: string, pick: number): MetricSource | undefined {
  if (unit === 'date' && pick % 2 === 0) return { report: PERIODS[pick % PERIODS.length]! };
  if (unit === 'percent' && pick % 2 === 0) return { plan: pick % 4 === 0 ? 'on-time-percent' : 'done-percent' };
  return undefined;
}

/** A random valid criteria set, now and then with metric sources, a point step and phase deadlines. */
export const setWithSources: fc.Arbitrary<CriteriaSetInput> = fc
  .record({
    model: setModel,
    picks: fc.array(fc.nat(7), { minLength: 8, maxLength: 8 }),
    pointStep: fc.option(fc.constantFrom('0.25', '0.5', '0.01', '1'), { nil: undefined }),
    workflow: fc.option(WORKFLOW, { nil: undefined }),
  })
  .map(({ model, picks, pointStep, workflow }) => {
    const metrics = Object.fromEntries(
      Object.entries(model.set.metrics ?? {}).map(([id, def], i) => {
        const from = sourceFor(def.unit, picks[i % picks.length]!);
        return [id, from ? { ...def, from } : def];
      }),
    );
    return { ...model.set, metrics, ...(pointStep !== undefined && { pointStep }), ...(workflow !== undefined && { workflow }) };
  });
