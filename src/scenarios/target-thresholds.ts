/**
 * The values of a metric where a row's points can jump or bend: tier edges,
 * floors, full marks, targets, due dates. Between two of them a row's points
 * are constant (step rules) or linear (proportional rows), so the best values
 * to try are these, one step either side, and the range ends.
 */
import { Decimal } from '../decimal.js';
import { allOf } from '../rules/all-of.js';
import { deadline } from '../rules/deadline.js';
import { deduction } from '../rules/deduction.js';
import { plusDays, resolveDue } from '../rules/due.js';
import { levelTarget } from '../rules/level-target.js';
import { perOccurrence } from '../rules/per-occurrence.js';
import { proportional } from '../rules/proportional.js';
import { ratio } from '../rules/ratio.js';
import { survey } from '../rules/survey.js';
import { tiers } from '../rules/tiers.js';
import { timelyCount } from '../rules/timely-count.js';
import type { CriteriaSet, RuleSpec } from '../schema/criteria-set.js';

/** What a row tells about one metric: numeric thresholds or due dates (the last day on time), and whether it is linear between them. */
export interface Breaks {
  readonly numbers: Decimal[];
  readonly dates: string[];
  readonly linear: boolean;
}

export interface BreakContext {
  readonly set: CriteriaSet;
  readonly year: number;
  /** A metric's current value as a number, for the other side of a ratio. */
  number(metric: string): Decimal | undefined;
}

const d = (s: string) => new Decimal(s);
const edges = (list: readonly { min?: string | undefined; max?: string | undefined }[]) =>
  list.flatMap((t) => [t.min, t.max].filter((x): x is string => x !== undefined).map(d));

type Of = (rule: RuleSpec, metric: string, ctx: BreakContext) => Breaks | undefined;
const num = (numbers: Decimal[], linear = false): Breaks => ({ numbers, dates: [], linear });

const KINDS: Readonly<Record<string, Of>> = {
  tiers: (r) => num(edges(tiers.schema.parse(r).tiers)),
  'level-target': (r, m) => {
    const p = levelTarget.schema.parse(r);
    return num(p.targets.filter((t) => (t.metric ?? p.metric) === m).map((t) => d(t.min)));
  },
  proportional: (r) => {
    const p = proportional.schema.parse(r);
    return num([d(p.full ?? '100'), d('0'), ...(p.floor ? [d(p.floor.value)] : [])], true);
  },
  survey: (r) => num([d('0'), d(survey.schema.parse(r).scale ?? '100')], true),
  'all-of': (r, m) => num(edges(allOf.schema.parse(r).conditions.filter((c) => c.metric === m))),
  deduction: (r, _m, ctx) => {
    const p = deduction.schema.parse(r);
    return num([d('0'), ...(d(p.each).isZero() ? [] : [maxOf(ctx, r).minus(p.floor).div(p.each).ceil()])], true);
  },
  'per-occurrence': (r, _m, ctx) => {
    const p = perOccurrence.schema.parse(r);
    return num([d('0'), ...(d(p.each).isZero() ? [] : [maxOf(ctx, r).div(p.each).ceil()])], true);
  },
  ratio: (r, m, ctx) => {
    const p = ratio.schema.parse(r);
    const pcts = [...edges(p.tiers ?? []), ...(p.floor ? [d(p.floor.value)] : []), d('100')];
    const other = ctx.number(m === p.numerator ? p.denominator : p.numerator);
    if (other === undefined) return num([], p.tiers === undefined);
    // Numerator: pct × den / 100; denominator: num × 100 / pct.
    const values = m === p.numerator ? pcts.map((x) => x.times(other).div(100)) : pcts.filter((x) => !x.isZero()).map((x) => other.times(100).div(x));
    return num([...values, other, d('0')], p.tiers === undefined);
  },
  deadline: (r, _m, ctx) => {
    const p = deadline.schema.parse(r);
    const due = resolveDue(p.due, ctx.set.calendar, ctx.year);
    return { numbers: [], dates: [due, ...(p.graceDays === undefined ? [] : [plusDays(due, p.graceDays)])], linear: false };
  },
  'timely-count': (r, m, ctx) => {
    const p = timelyCount.schema.parse(r);
    const dues = p.items.filter((it) => it.metric === m).map((it) => resolveDue(it.due, ctx.set.calendar, ctx.year));
    return { numbers: [], dates: dues, linear: false };
  },
};

/** A row's maximum from the set (the rule object does not carry it). */
function maxOf(ctx: BreakContext, rule: RuleSpec): Decimal {
  const found = (list: readonly { maxPoints: string; rule?: RuleSpec | undefined; children?: unknown }[]): string | undefined => {
    for (const n of list) {
      if (n.rule === rule) return n.maxPoints;
      const inner = Array.isArray(n.children) ? found(n.children as typeof list) : undefined;
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  const adj = ctx.set.adjustments;
  return d(found(ctx.set.nodes) ?? found([...(adj?.bonus?.items ?? []), ...(adj?.penalty?.items ?? [])]) ?? '0');
}

/** The breaks of one row for one metric; a custom rule kind gives none (its range ends are still tried). */
export function breaksOf(rule: RuleSpec, metric: string, ctx: BreakContext): Breaks {
  const of = KINDS[rule.kind];
  return (of && of(rule, metric, ctx)) ?? { numbers: [], dates: [], linear: false };
}

