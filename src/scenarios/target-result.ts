/** The target plan as plain JSON: the changes, their cost and the rows they move, re-scored by the engine. */
import type { Decimal } from '../decimal.js';
import type { Plan } from '../engine/compile.js';
import { evaluate, type Evaluation } from '../engine/evaluate.js';
import { rationalText } from '../engine/rational.js';
import { QUANTA_PER_UNIT, formatQuanta } from '../exact.js';
import { SCORED } from '../rules/types.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import { TARGET_SCHEMA_VERSION, type TargetChange, type TargetPlan } from '../schema/target.js';
import type { LeverSpace } from './target-candidates.js';
import type { ResolvedLever } from './target-levers.js';
import { rankAmong, type Required } from './target-required.js';
import type { RowRef } from './target-reads.js';

interface PlanInput {
  readonly ev: Evaluation;
  /** The caller's assessment (`ev.assessment` has derived metrics merged, which must not be written back). */
  readonly assessment: Assessment;
  readonly plan: Plan;
  readonly required: Required;
  readonly levers: readonly ResolvedLever[];
  readonly chosen: readonly { space: LeverSpace; to: MetricValue }[];
  readonly status: TargetPlan['status'];
  readonly cost: Decimal;
  readonly asOf: string | undefined;
}

/** The assessment with metrics set to new values (a `{ value, source }` entry keeps its note and source). */
export function withMetrics(a: Assessment, values: readonly (readonly [string, MetricValue])[]): Assessment {
  const metrics: Record<string, MetricEntry> = { ...a.metrics };
  for (const [m, v] of values) {
    const old = metrics[m];
    metrics[m] = old !== null && typeof old === 'object' ? { ...old, value: v } : v;
  }
  return { ...a, metrics };
}

export function planOf(p: PlanInput): TargetPlan {
  const a = p.ev.assessment;
  const given = withMetrics(p.assessment, p.chosen.map((c) => [c.space.lever.metric, c.to] as const));
  const after = p.chosen.length === 0 ? p.ev : evaluate(p.plan, given, { asOf: p.asOf });
  const changes: TargetChange[] = p.chosen.map(({ space, to }) => ({
    metric: space.lever.metric,
    from: show(space.lever.from),
    to: show(to),
    cost: space.cost(to).toString(),
    rows: space.lever.rows.flatMap((r) => {
      const from = pointsOf(p.ev, r);
      const now = pointsOf(after, r);
      return from !== now && from !== undefined && now !== undefined ? [{ code: r.node.code, from, to: now }] : [];
    }),
  }));
  const required = p.required.index === undefined ? '−∞' : rationalText(p.required.index);
  return {
    schemaVersion: TARGET_SCHEMA_VERSION,
    unit: { id: a.unit.id, name: a.unit.name },
    target: { kind: p.required.kind, value: p.required.value, requiredIndex: required, inclusive: p.required.inclusive },
    status: p.status,
    changes,
    totalCost: p.cost.toString(),
    baseline: standing(p.ev, p.required),
    result: standing(after, p.required),
    levers: p.levers.map((l) => l.metric),
    notes: after.complete ? [] : after.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message}`),
  };
}

function standing(ev: Evaluation, r: Required): TargetPlan['baseline'] {
  return {
    points: ev.points?.toString() ?? null,
    index: ev.index?.toString() ?? null,
    band: ev.band,
    rank: r.kind === 'rank' ? rankAmong(ev.indexFraction, r.others) : null,
  };
}

function pointsOf(ev: Evaluation, r: RowRef): string | undefined {
  if (r.leaf >= 0) return ev.status[r.leaf] === SCORED ? formatQuanta(BigInt(ev.units[r.leaf]!) * QUANTA_PER_UNIT + (ev.rest?.[r.leaf] ?? 0n)) : undefined;
  const adj = ev[r.adjustment!];
  const k = adjIndex(ev, r);
  return adj && adj.status[k] === SCORED ? adj.points[k]!.dec.toString() : undefined;
}

const adjIndex = (ev: Evaluation, r: RowRef) => ev.plan[r.adjustment!]!.items.indexOf(r.node);

const show = (v: MetricValue): string | boolean | null => (typeof v === 'number' ? String(v) : v);
