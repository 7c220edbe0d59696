/**
 * Totals of an evaluation: tree points, bonus and penalty, the index (plain
 * or weighted parts) as an exact fraction, and the band. Integers only; the
 * Decimals a result prints are built when read.
 */
import { Decimal } from '../decimal.js';
import { hasErrors } from '../errors.js';
import { fromQuanta, QUANTA_PER_UNIT, type Exact, type ExactSum } from '../exact.js';
import { NOT_APPLICABLE, SCORED } from '../rules/types.js';
import { bandOf } from './bands.js';
import type { Evaluation } from './evaluate.js';
import { add, decimalRational, over, rational, times, toDecimalValue, type Rational } from './rational.js';

export interface PartEval {
  readonly id: string;
  readonly weight: Decimal;
  readonly present: boolean;
  readonly points: Exact;
  readonly applicableMax: Exact;
}

/** Caps an adjustment group's sum. */
export function capped(sum: ExactSum, cap: Exact): { total: Exact; uncapped: Exact } {
  const uncapped = sum.value();
  if (uncapped.units !== undefined && cap.units !== undefined) return { uncapped, total: uncapped.units > cap.units ? cap : uncapped };
  return { uncapped, total: uncapped.quanta > cap.quanta ? cap : uncapped };
}

type Core = Omit<Evaluation, 'complete' | 'treePoints' | 'applicableMax' | 'points' | 'index' | 'band' | 'parts' | 'indexFraction'>;

const quantaOf = (units: number, rest: bigint | undefined) => BigInt(units) * QUANTA_PER_UNIT + (rest ?? 0n);

export function totals(core: Core): Evaluation {
  const { plan } = core;
  let u = 0;
  let au = 0;
  let r: bigint | undefined;
  for (const i of plan.roots) {
    u += core.units[i]!;
    au += core.applicableUnits[i]!;
    const x = core.rest?.[i];
    if (x !== undefined) r = (r ?? 0n) + x;
  }
  if (au === 0 && !hasErrors(core.issues)) {
    core.issues.push({ code: 'NOTHING_APPLICABLE', severity: 'error', path: 'unit', message: `no row of criteria set ${plan.set.id} applies to this unit, so it has no index` });
  }
  const complete = !hasErrors(core.issues);
  const tree = quantaOf(u, r);
  const adjust = (core.bonus?.total.quanta ?? 0n) - (core.penalty?.total.quanta ?? 0n);
  const applicable = quantaOf(au, undefined);
  const parts = plan.parts ? partTotals(core) : null;
  const index = !complete ? null : parts ? weightedIndex(parts, adjust, applicable) : rational((tree + adjust) * 100n, applicable);
  return new Totals(core, complete, tree, adjust, applicable, index, parts);
}

/** An evaluation: the core arrays plus totals; Decimals only when read (ranking reads indexFraction and band). */
class Totals implements Evaluation {
  readonly plan; readonly assessment; readonly options; readonly status; readonly reason; readonly units; readonly rest;
  readonly applicableUnits; readonly bonus; readonly penalty; readonly issues;
  readonly band: string | null;
  private indexDec: Decimal | null | undefined;

  constructor(core: Core, readonly complete: boolean, private readonly tree: bigint, private readonly adjust: bigint, private readonly applicable: bigint, readonly indexFraction: Rational | null, readonly parts: PartEval[] | null) {
    ({ plan: this.plan, assessment: this.assessment, options: this.options, status: this.status, reason: this.reason, units: this.units, rest: this.rest } = core);
    ({ applicableUnits: this.applicableUnits, bonus: this.bonus, penalty: this.penalty, issues: this.issues } = core);
    this.band = indexFraction === null ? null : bandOf(core.plan.bands, indexFraction);
  }
  get treePoints(): Decimal | null { return this.complete ? fromQuanta(this.tree).dec : null; }
  get applicableMax(): Decimal { return fromQuanta(this.applicable).dec; }
  get points(): Decimal | null { return this.complete ? fromQuanta(this.tree + this.adjust).dec : null; }
  get index(): Decimal | null { return (this.indexDec ??= this.indexFraction === null ? null : toDecimalValue(this.indexFraction)); }
}

function partTotals(core: Core): PartEval[] {
  return core.plan.parts!.map((p) => {
    let units = 0;
    let au = 0;
    let rest: bigint | undefined;
    for (const i of p.leaves) {
      if (core.status[i] === NOT_APPLICABLE) continue;
      au += core.applicableUnits[i]!;
      if (core.status[i] !== SCORED) continue;
      units += core.units[i]!;
      const x = core.rest?.[i];
      if (x !== undefined) rest = (rest ?? 0n) + x;
    }
    return { id: p.id, weight: p.weight, present: au > 0, points: fromQuanta(quantaOf(units, rest)), applicableMax: fromQuanta(quantaOf(au, undefined)) };
  });
}

/**
 * The index of a complete evaluation of a set with weighted parts, with other weights
 * (one per part, in the set's order): what Monte Carlo over weights needs. Null when the
 * evaluation is not complete (an error), the set has no parts, or no present part weighs anything.
 * @example reweightedIndex(ev, [{ num: 16n, den: 1n }, { num: 4n, den: 1n }])
 */
export function reweightedIndex(ev: Evaluation, weights: readonly Rational[]): Rational | null {
  if (ev.parts === null || !ev.complete) return null;
  const adjust = (ev.bonus?.total.quanta ?? 0n) - (ev.penalty?.total.quanta ?? 0n);
  let applicable = 0;
  for (const i of ev.plan.roots) applicable += ev.applicableUnits[i]!;
  return weightedIndex(ev.parts, adjust, quantaOf(applicable, undefined), weights);
}

/** Σ weight × points/applicable over present parts ÷ Σ weight, × 100; bonus − penalty on the applicable maximum. Exact. */
function weightedIndex(parts: readonly PartEval[], adjust: bigint, applicable: bigint, given?: readonly Rational[]): Rational | null {
  let sum: Rational = { num: 0n, den: 1n };
  let weights: Rational = { num: 0n, den: 1n };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.present) continue;
    const w = given?.[k] ?? decimalRational(p.weight);
    sum = add(sum, times(w, rational(p.points.quanta, p.applicableMax.quanta)));
    weights = add(weights, w);
  }
  if (weights.num === 0n) return null;
  return add(times(over(sum, weights), { num: 100n, den: 1n }), rational(adjust * 100n, applicable));
}

