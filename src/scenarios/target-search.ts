/**
 * The cheapest combination of options, one per group, whose gains add up to
 * what is needed: a multiple-choice knapsack solved exactly by keeping, group
 * after group, the Pareto frontier of (cost, gain), with gains capped at the
 * need (any gain beyond it is as good). Costs are exact decimals.
 */
import { Decimal } from '../decimal.js';

export interface Option<T> {
  readonly cost: Decimal;
  readonly gain: bigint;
  /** Levers changed by this option (0 for "leave as is"). */
  readonly changes: number;
  readonly pick: T;
}

export interface Chosen<T> {
  readonly cost: Decimal;
  readonly gain: bigint;
  readonly changes: number;
  readonly picks: readonly T[];
}

interface Entry<T> {
  readonly cost: Decimal;
  readonly gain: bigint;
  readonly changes: number;
  readonly pick: T | undefined;
  readonly prev: Entry<T> | undefined;
}

/** Options worth keeping: no other is as cheap and gains as much (the "no change" option always stays). */
export function paretoOptions<T>(options: readonly Option<T>[]): Option<T>[] {
  const sorted = [...options].sort((a, b) => a.cost.cmp(b.cost) || (b.gain > a.gain ? 1 : b.gain < a.gain ? -1 : 0) || a.changes - b.changes);
  const out: Option<T>[] = [];
  for (const o of sorted) if (out.length === 0 || o.gain > out[out.length - 1]!.gain) out.push(o);
  return out;
}

/** The frontier after every group: cost ascending, gain strictly ascending. */
export function frontier<T>(groups: readonly (readonly Option<T>[])[], need: bigint): Entry<T>[] {
  let front: Entry<T>[] = [{ cost: new Decimal(0), gain: 0n, changes: 0, pick: undefined, prev: undefined }];
  for (const options of groups) {
    const next: Entry<T>[] = [];
    for (const e of front) {
      for (const o of options) {
        const gain = e.gain + o.gain;
        next.push({ cost: e.cost.plus(o.cost), gain: need > 0n && gain > need ? need : gain, changes: e.changes + o.changes, pick: o.pick, prev: e });
      }
    }
    next.sort((a, b) => a.cost.cmp(b.cost) || (b.gain > a.gain ? 1 : b.gain < a.gain ? -1 : 0) || a.changes - b.changes);
    front = [];
    for (const e of next) if (front.length === 0 || e.gain > front[front.length - 1]!.gain) front.push(e);
  }
  return front;
}

/** The cheapest entry reaching `need`, else the one gaining most (cheapest among those). */
export function best<T>(front: readonly Entry<T>[], need: bigint): { chosen: Chosen<T>; reached: boolean } {
  const hit = front.find((e) => e.gain >= need);
  const e = hit ?? front[front.length - 1]!;
  return { chosen: unwind(e), reached: hit !== undefined };
}

/** The entries of a frontier below the need, for closing the gap with one more lever. */
export function below<T>(front: readonly Entry<T>[], need: bigint): Entry<T>[] {
  return front.filter((e) => e.gain < need);
}

export function unwind<T>(e: Entry<T>): Chosen<T> {
  const picks: T[] = [];
  for (let x: Entry<T> | undefined = e; x?.prev !== undefined; x = x.prev) picks.unshift(x.pick!);
  return { cost: e.cost, gain: e.gain, changes: e.changes, picks };
}

export type { Entry };
