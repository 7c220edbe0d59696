/**
 * Property: for random sets and assessments with random round data, importing the template made from an
 * assessment gives the assessment back. The seed comes from test/setup.ts and is printed; replay with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/decimal.js';
import { compilePlan } from '../../../src/engine/compile.js';
import { metricReader } from '../../../src/engine/metrics.js';
import { importFilled } from '../../../src/excel/import-filled.js';
import { excludedRows } from '../../../src/excel/import-rows.js';
import { unitTemplate } from '../../../src/excel/template.js';
import { formatIssue } from '../../../src/index.js';
import type { Assessment, MetricEntry } from '../../../src/schema/assessment.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { scenario } from '../../support/arbitraries.js';
import { load } from '../../support/results.js';

const ROUND = fc.constantFrom('self' as const, 'appraisal1' as const, 'appraisal2' as const);
/** Text a person types: any characters, formula-like starts included; not blank and without edge blanks. */
const TEXT = fc.oneof(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), fc.constantFrom('=SUM(A1:A9)', '+84 912', '-1', '@x', 'Kế hoạch 15/KH-STP'))
  .filter((s) => s.trim() === s && s !== '');
const ROW_DRAW = fc.record({ k: fc.nat(), points: fc.boolean(), text: fc.option(TEXT, { nil: undefined }), explain: fc.boolean() });

/** Keeps the metrics the engine reads as valid: a template carries data, it does not repair it. */
function validMetrics(set: CriteriaSet, metrics: Record<string, MetricEntry>): Record<string, MetricEntry> {
  return Object.fromEntries(Object.entries(metrics).filter(([id, e]) => Object.hasOwn(set.metrics, id) && metricReader(set.metrics[id]!)(e).kind !== 'invalid'));
}

/** Round data for the self-scored leaves that apply: points on the step, a note or comment, rows to explain. */
function withRound(set: CriteriaSet, a: Assessment, round: 'self' | 'appraisal1' | 'appraisal2', draws: readonly fc.Arbitrary<never>[] | readonly { k: number; points: boolean; text: string | undefined; explain: boolean }[]): Assessment {
  const plan = compilePlan(set);
  const excluded = excludedRows(plan, a);
  const leaves = [...plan.rows.values()].filter((n) => n.children.length === 0 && n.scoredBy === 'self' && !excluded.has(n.code));
  const points: Record<string, string> = {};
  const texts: Record<string, string> = {};
  const explain: string[] = [];
  leaves.forEach((n, i) => {
    const d = draws[i % draws.length] as { k: number; points: boolean; text: string | undefined; explain: boolean } | undefined;
    if (d === undefined) return;
    const step = n.step !== undefined && !new Decimal(n.step).isZero() ? new Decimal(n.step) : new Decimal('0.25');
    const steps = n.max.dec.div(step).floor();
    if (d.points) points[n.code] = step.times(steps.isZero() ? 0 : d.k % (steps.toNumber() + 1)).toString();
    if (d.text !== undefined) texts[n.code] = d.text;
    if (d.explain && round !== 'self') explain.push(n.code);
  });
  const entered = round === 'self' ? { points, notes: texts } : { points, comments: texts, explanationRequired: explain };
  return { ...a, metrics: validMetrics(set, a.metrics), rounds: { [round]: entered } };
}

describe('template → import round trip (property)', () => {
  it('gives the assessment back, merged over itself', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, ROUND, fc.array(ROW_DRAW, { minLength: 1, maxLength: 8 }), async (s, round, draws) => {
        const { set, assessment } = load(s);
        const a = withRound(set, assessment, round, draws);
        const bytes = new Uint8Array(await unitTemplate(set, a, { round, produced: '2026-01-05' }).xlsx.writeBuffer());
        const back = await importFilled(bytes, { set, base: a });
        expect(back.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
        expect(back.ok && back.value).toEqual(a);
      }),
      // Each run writes and reads a workbook (~0.3 s): no shrinking, the printed seed replays the failure.
      { numRuns: 30, endOnFailure: true },
    );
  });
});
