/**
 * Levers that share a row (a ratio's two sides, an all-of's conditions, a
 * metric read by several rows, the items of one capped bonus group) move
 * together: their group's options are every combination of their values.
 */
import type { Decimal } from '../decimal.js';
import type { MetricValue } from '../schema/assessment.js';
import type { LeverSpace } from './target-candidates.js';
import type { Option } from './target-search.js';

/** What one option of a group sets. */
export interface Pick {
  readonly group: number;
  readonly values: readonly MetricValue[];
}

/** More combinations than this in one group are cut (the current value and the nearest candidates are kept). */
const MAX_COMBINATIONS = 20_000;

/** Levers joined by the rows (or adjustment groups) they share. */
export function groupLevers(spaces: readonly LeverSpace[]): LeverSpace[][] {
  const parent = spaces.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  spaces.forEach((s, i) => {
    for (const r of s.lever.rows) {
      const key = r.adjustment ?? `row:${r.node.code}`;
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, LeverSpace[]>();
  spaces.forEach((s, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(s);
    else groups.set(root, [s]);
  });
  return [...groups.values()];
}

/** Every combination of the group's values (the first is "no change"), with its cost and gain; infeasible ones dropped. */
export function groupOptions(group: number, spaces: readonly LeverSpace[], gain: (patch: readonly (readonly [string, MetricValue])[]) => bigint | undefined, zero: Decimal): Option<Pick>[] {
  let per = spaces.map((s) => s.values);
  while (per.reduce((n, v) => n * v.length, 1) > MAX_COMBINATIONS) {
    const k = per.findIndex((v) => v.length === Math.max(...per.map((x) => x.length)));
    per = per.map((v, i) => (i === k ? v.slice(0, Math.ceil(v.length / 2)) : v));
  }
  const out: Option<Pick>[] = [{ cost: zero, gain: 0n, changes: 0, pick: { group, values: spaces.map((s) => s.lever.from) } }];
  const combo: MetricValue[] = [];
  const visit = (k: number) => {
    if (k === spaces.length) {
      const changes = combo.filter((v, i) => v !== spaces[i]!.lever.from).length;
      if (changes === 0) return;
      const g = gain(combo.map((v, i) => [spaces[i]!.lever.metric, v] as const));
      if (g === undefined || g <= 0n) return;
      const cost = combo.reduce((c, v, i) => c.plus(spaces[i]!.cost(v)), zero);
      out.push({ cost, gain: g, changes, pick: { group, values: [...combo] } });
      return;
    }
    for (const v of per[k]!) {
      combo[k] = v;
      visit(k + 1);
    }
  };
  visit(0);
  return out;
}
