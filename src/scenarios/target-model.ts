/**
 * The index as a sum of exact gains: changing rows moves the index linearly
 * (while which rows apply stays the same), so each group of levers that share
 * rows gains independently of the others. Gains are integers in units of 1/D
 * of an index point, D a common denominator: no rounding anywhere.
 */
import type { Evaluation } from '../engine/evaluate.js';
import { decimalRational, type Rational } from '../engine/rational.js';
import { rowRescorer } from '../engine/rescore.js';
import { QUANTA_PER_UNIT } from '../exact.js';
import { NOT_APPLICABLE, SCORED } from '../rules/types.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import type { RowRef } from './target-reads.js';

export interface Gains {
  readonly den: bigint;
  /** Per plan leaf: index units (1/den) per quantum of points. */
  readonly leaf: bigint[];
  /** Index units per quantum of bonus − penalty. */
  readonly adjustment: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const lcm = (a: bigint, b: bigint) => (a / gcd(a, b)) * b;

/** Index points per quantum of each leaf: 100 / applicable maximum, or a part's weight share of it. */
export function gainsOf(ev: Evaluation): Gains {
  const plan = ev.plan;
  const appQ = (i: number) => BigInt(ev.applicableUnits[i]!) * QUANTA_PER_UNIT;
  let total = 0n;
  for (const r of plan.roots) total += appQ(r);
  const adj: Rational = { num: 100n, den: total };
  const perLeaf: Rational[] = plan.nodes.map(() => adj);
  if (ev.parts) {
    const w = ev.parts.filter((p) => p.present).reduce<Rational>((s, p) => add(s, decimalRational(p.weight)), { num: 0n, den: 1n });
    ev.parts.forEach((p, k) => {
      if (!p.present) return;
      const pw = decimalRational(p.weight);
      const coef: Rational = { num: pw.num * 100n * w.den, den: pw.den * w.num * p.applicableMax.quanta };
      for (const i of plan.parts![k]!.leaves) perLeaf[i] = coef;
    });
  }
  const den = [adj, ...perLeaf].reduce((l, r) => lcm(l, r.den), 1n);
  return { den, leaf: perLeaf.map((r) => r.num * (den / r.den)), adjustment: adj.num * (den / adj.den) };
}

const add = (a: Rational, b: Rational): Rational => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });

/** A row as it scores at the baseline: its quanta, or NA by rule (must stay so). */
export interface BaseRow {
  readonly row: RowRef;
  readonly quanta: bigint | undefined;
  /** The same in whole micro-points, when it is whole. */
  readonly units: number | undefined;
}

/** The rows a group of levers can change, with their baseline points; rows fixed by applicability or entered points are left out. */
export function baseRows(ev: Evaluation, rows: readonly RowRef[], entered: ReadonlySet<string>): BaseRow[] {
  const out: BaseRow[] = [];
  for (const row of rows) {
    if (entered.has(row.node.code) && row.node.scoredBy === 'self') continue;
    const k = row.leaf >= 0 ? row.leaf : adjIndex(ev, row);
    const arrays = row.leaf >= 0 ? ev : ev[row.adjustment!]!;
    const status = arrays.status[k]!;
    const reason = arrays.reason[k]!;
    if (status === NOT_APPLICABLE && reason !== 0) continue;
    out.push({ row, quanta: status === SCORED ? quantaOfRow(ev, row) : undefined, units: status === SCORED ? unitsOfRow(ev, row) : undefined });
  }
  return out;
}

const adjIndex = (ev: Evaluation, row: RowRef) => ev.plan[row.adjustment!]!.items.indexOf(row.node);

function unitsOfRow(ev: Evaluation, row: RowRef): number | undefined {
  if (row.leaf >= 0) return ev.rest?.[row.leaf] === undefined ? ev.units[row.leaf]! : undefined;
  return ev[row.adjustment!]!.points[adjIndex(ev, row)]!.units;
}

function quantaOfRow(ev: Evaluation, row: RowRef): bigint {
  if (row.leaf >= 0) return BigInt(ev.units[row.leaf]!) * QUANTA_PER_UNIT + (ev.rest?.[row.leaf] ?? 0n);
  return ev[row.adjustment!]!.points[adjIndex(ev, row)]!.quanta;
}

/**
 * A gain function for one group: given values for its metrics, the index gain in 1/den,
 * or undefined when a row would stop being scored (or start: its applicability would change).
 */
export function groupGain(ev: Evaluation, base: readonly BaseRow[], gains: Gains, metrics: Record<string, MetricEntry>, asOf: string | undefined): (patch: readonly (readonly [string, MetricValue])[]) => bigint | undefined {
  const own: Record<string, MetricEntry> = { ...metrics };
  const score = rowRescorer(ev.assessment as Assessment, own, asOf);
  const caps = { bonus: ev.bonus, penalty: ev.penalty };
  const adjBase = { bonus: ev.bonus?.uncapped.quanta ?? 0n, penalty: ev.penalty?.uncapped.quanta ?? 0n };
  return (patch) => {
    for (const [m, v] of patch) own[m] = v;
    let gain = 0n;
    const adjNew = { ...adjBase };
    let touched = false;
    for (const b of base) {
      const p = score(b.row.node);
      if ((p === undefined) !== (b.quanta === undefined)) return restore(own, metrics, patch, undefined);
      if (p === undefined || b.quanta === undefined) continue;
      const delta = p.quanta - b.quanta;
      if (b.row.leaf >= 0) gain += gains.leaf[b.row.leaf]! * delta;
      else (adjNew[b.row.adjustment!] += delta), (touched = true);
    }
    if (touched) {
      const capped = (k: 'bonus' | 'penalty', q: bigint) => (caps[k] && q > ev.plan[k]!.cap.quanta ? ev.plan[k]!.cap.quanta : q);
      const adjDelta = capped('bonus', adjNew.bonus) - capped('bonus', adjBase.bonus) - (capped('penalty', adjNew.penalty) - capped('penalty', adjBase.penalty));
      gain += gains.adjustment * adjDelta;
    }
    return restore(own, metrics, patch, gain);
  };
}

function restore<T>(own: Record<string, MetricEntry>, metrics: Record<string, MetricEntry>, patch: readonly (readonly [string, MetricValue])[], out: T): T {
  for (const [m] of patch) {
    if (Object.hasOwn(metrics, m)) own[m] = metrics[m]!;
    else delete own[m];
  }
  return out;
}

/** The index fraction as a Decimal-free exact target: the gain in 1/den needed to reach `required` from `base` (≥, or > when not inclusive). */
export function neededGain(base: Rational, required: Rational, den: bigint, inclusive: boolean): bigint {
  // (required − base) × den, rounded up (≥) or to the next integer above (>).
  const num = (required.num * base.den - base.num * required.den) * den;
  const d = required.den * base.den;
  const floor = num >= 0n ? num / d : -((-num + d - 1n) / d);
  if (inclusive) return floor * d === num ? floor : floor + 1n;
  return floor + 1n;
}
