/**
 * For a metric-driven row, the metric changes worth trying: each threshold's
 * first value, nearest first. Whether a change earns more is decided by scoring
 * it, never assumed here.
 */
import { Decimal, toDecimal } from '../decimal.js';
import { allOf } from '../rules/all-of.js';
import { deadline } from '../rules/deadline.js';
import { deduction } from '../rules/deduction.js';
import { plusDays, resolveDue } from '../rules/due.js';
import { levelTarget } from '../rules/level-target.js';
import { passFail } from '../rules/pass-fail.js';
import { perOccurrence } from '../rules/per-occurrence.js';
import { proportional } from '../rules/proportional.js';
import { ratio } from '../rules/ratio.js';
import { tiers } from '../rules/tiers.js';
import { timelyCount } from '../rules/timely-count.js';
import type { MetricValue } from '../schema/assessment.js';
import type { CriteriaSet, RuleSpec } from '../schema/criteria-set.js';
import { entries, epsilon, inside, nearest, type Edge } from './left-values.js';

/** Metric values to try together. */
export type Candidate = readonly { readonly metric: string; readonly to: MetricValue }[];

export interface CandidateContext {
  readonly set: CriteriaSet;
  readonly year: number;
  readonly level: string;
  readonly asOf: string | undefined;
  /** The value the unit has now (derived metrics included), or undefined. */
  value(metric: string): MetricValue | undefined;
}

type Make = (rule: RuleSpec, ctx: CandidateContext) => Candidate[] | undefined;

const one = (metric: string, values: readonly string[]): Candidate[] => values.map((to) => [{ metric, to }]);

/** The kinds whose rows can be improved by changing metrics. */
export const METRIC_KINDS: Readonly<Record<string, Make>> = {
  tiers: (rule, ctx) => parsed(tiers.schema, rule, (p) => numeric(ctx, p.metric, p.tiers)),
  'level-target': (rule, ctx) =>
    parsed(levelTarget.schema, rule, (p) => {
      const targets = p.mode === 'unit-level' ? p.targets.filter((t) => t.level === ctx.level) : p.targets;
      return targets.flatMap((t) => numeric(ctx, (t.metric ?? p.metric)!, [{ min: t.min, minInclusive: t.minInclusive, maxInclusive: false }]));
    }),
  proportional: (rule, ctx) =>
    parsed(proportional.schema, rule, (p) => {
      const edges: Edge[] = [{ min: p.full ?? '100', minInclusive: true, maxInclusive: false }];
      if (p.floor) edges.push({ min: p.floor.value, minInclusive: p.floor.inclusive, maxInclusive: false });
      return numeric(ctx, p.metric, edges);
    }),
  ratio: (rule, ctx) => parsed(ratio.schema, rule, (p) => ratioCandidates(ctx, p.numerator, p.denominator, p.tiers ?? [], p.floor)),
  // Both ways: a penalty row earns by the metric turning false.
  'pass-fail': (rule, ctx) => parsed(passFail.schema, rule, (p) => [true, false].filter((v) => v !== ctx.value(p.metric)).map((to) => [{ metric: p.metric, to }])),
  'all-of': (rule, ctx) =>
    parsed(allOf.schema, rule, (p) => {
      const moves = p.conditions.flatMap((c): { metric: string; to: MetricValue }[] => {
        if (c.min === undefined && c.max === undefined) return ctx.value(c.metric) === (c.equals ?? true) ? [] : [{ metric: c.metric, to: c.equals ?? true }];
        const now = toDecimal(ctx.value(c.metric));
        if (now !== undefined && inside(c, now)) return [];
        const to = nearest(entries(c, epsilon(ctx.set.metrics[c.metric]?.unit, ctx.value(c.metric), c.min, c.max)), ctx.value(c.metric))[0];
        return to === undefined ? [] : [{ metric: c.metric, to }];
      });
      return moves.length > 0 ? [moves] : [];
    }),
  deadline: (rule, ctx) =>
    parsed(deadline.schema, rule, (p) => {
      const due = resolveDue(p.due, ctx.set.calendar, ctx.year);
      const onTime = ctx.asOf !== undefined && ctx.asOf < due ? ctx.asOf : due;
      return one(p.metric, [plusDays(due, 1), onTime].filter((d) => ctx.value(p.metric) !== d));
    }),
  'timely-count': (rule, ctx) =>
    parsed(timelyCount.schema, rule, (p) => {
      const fixes = p.items.flatMap((it) => {
        const due = resolveDue(it.due, ctx.set.calendar, ctx.year);
        const now = ctx.value(it.metric);
        const to = ctx.asOf !== undefined && ctx.asOf < due ? ctx.asOf : due;
        return typeof now === 'string' && now <= to ? [] : [{ metric: it.metric, to }];
      });
      return [...fixes.map((f) => [f]), ...(fixes.length > 1 ? [fixes] : [])];
    }),
  deduction: (rule, ctx) => parsed(deduction.schema, rule, (p) => counts(ctx, p.metric, (n) => [n.minus(1), new Decimal(0)])),
  // Up for a bonus row, down for a penalty row: scoring tells which earns.
  'per-occurrence': (rule, ctx) => parsed(perOccurrence.schema, rule, (p) => counts(ctx, p.metric, (n) => [n.plus(1), n.minus(1), new Decimal(0)])),
};

function parsed<P>(schema: { safeParse(v: unknown): { success: true; data: P } | { success: false } }, rule: RuleSpec, make: (p: P) => Candidate[]): Candidate[] | undefined {
  const r = schema.safeParse(rule);
  return r.success ? make(r.data) : undefined;
}

function numeric(ctx: CandidateContext, metric: string, edges: readonly Edge[]): Candidate[] {
  const now = ctx.value(metric);
  const unit = ctx.set.metrics[metric]?.unit;
  const values = edges.flatMap((e) => entries(e, epsilon(unit, now, e.min, e.max)));
  return one(metric, nearest(values, now));
}

function counts(ctx: CandidateContext, metric: string, next: (n: Decimal) => Decimal[]): Candidate[] {
  const now = toDecimal(ctx.value(metric));
  if (now === undefined) return [];
  return one(metric, nearest(next(now).filter((n) => !n.isNeg()).map((n) => n.toFixed()), ctx.value(metric)));
}

/** Thresholds on the percentage, turned into numerators for the unit's denominator (whole ones for counts). */
function ratioCandidates(ctx: CandidateContext, numerator: string, denominator: string, tierList: readonly Edge[], floor: { value: string; inclusive: boolean } | undefined): Candidate[] {
  const den = toDecimal(ctx.value(denominator));
  const now = ctx.value(numerator);
  if (den === undefined || den.lte(0)) return [];
  const whole = ctx.set.metrics[numerator]?.unit === 'count';
  const edges: Edge[] = [...tierList, ...(floor ? [{ min: floor.value, minInclusive: floor.inclusive, maxInclusive: false }] : [])];
  const values = edges.flatMap((e) => {
    const out: string[] = [];
    const at = (pct: string) => new Decimal(pct).times(den).div(100);
    if (e.min !== undefined) {
      const n = at(e.min);
      out.push((whole ? (e.minInclusive ? n.ceil() : n.floor().plus(1)) : e.minInclusive ? n : n.plus(epsilon(undefined, now))).toFixed());
    }
    if (e.max !== undefined) {
      const n = at(e.max);
      out.push((whole ? (e.maxInclusive ? n.floor() : n.ceil().minus(1)) : e.maxInclusive ? n : n.minus(epsilon(undefined, now))).toFixed());
    }
    return out;
  });
  values.push(den.toFixed());
  return one(numerator, nearest(values.filter((v) => !new Decimal(v).isNeg() && new Decimal(v).lte(den)), now));
}
