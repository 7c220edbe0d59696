/** What changed between two criteria sets, row by row (codes are the key), plus bands and metrics. */
import { flattenTree } from '../engine/walk.js';
import { Decimal } from '../decimal.js';
import { usageError } from '../errors.js';
import { CriteriaSet as CriteriaSetSchema, type Band, type CriteriaNode, type CriteriaSet } from '../schema/criteria-set.js';
import type { DiffRow, SetDiff } from '../schema/set-diff.js';
import { sameValue } from './same-value.js';

interface Row {
  readonly node: Omit<CriteriaNode, 'children'>;
  /** The parent row's code; `bonus` / `penalty` for adjustment items; null at the top level. */
  readonly parent: string | null;
}

/**
 * Compares `a` (older) with `b` (newer): rows added, removed, renamed,
 * re-pointed (maxPoints), with a changed rule (deep comparison) or moved to
 * another parent (bonus and penalty items count as rows under `bonus` /
 * `penalty`); bands by label; metrics by id. Lists follow `b`'s order
 * (removed rows: `a`'s). Neither set is changed.
 * @example diffSets(set2025, set2026).rows.added // [{ code: '1.1.5', … }]
 */
export function diffSets(givenA: CriteriaSet, givenB: CriteriaSet): SetDiff {
  const a = checkedSet(givenA);
  const b = checkedSet(givenB);
  const rowsA = rowsOf(a);
  const rowsB = rowsOf(b);
  const both = [...rowsB.values()].filter((r) => rowsA.has(r.node.code)).map((r) => [rowsA.get(r.node.code)!, r] as const);
  const rows: SetDiff['rows'] = {
    added: [...rowsB.values()].filter((r) => !rowsA.has(r.node.code)).map(listed),
    removed: [...rowsA.values()].filter((r) => !rowsB.has(r.node.code)).map(listed),
    renamed: changes(both, (r) => r.node.name),
    repointed: changes(both, (r) => r.node.maxPoints, (x, y) => new Decimal(x).eq(y)),
    rulesChanged: changes(both, (r) => r.node.rule ?? null, sameValue),
    moved: changes(both, (r) => r.parent),
  };
  const bands = diffBands(a.bands, b.bands);
  const metrics = diffMetrics(a, b);
  const same = [...Object.values(rows), ...Object.values(bands), ...Object.values(metrics)].every((list) => list.length === 0);
  return { from: idOf(a), to: idOf(b), same, rows, bands, metrics };
}

/** A diff reads every field: both sides are checked against the set schema, defaults filled (a diff is not in a hot loop). */
function checkedSet(s: unknown): CriteriaSet {
  const r = CriteriaSetSchema.safeParse(s);
  if (!r.success) throw usageError('diffSets', 'a and b must be criteria sets (the value of a parseCriteriaSet or resolveEdition result)');
  return r.data;
}

const idOf = (s: CriteriaSet) => ({ id: s.id, version: s.version, title: s.title });

/** Tree rows and bonus/penalty items, by code. */
function rowsOf(set: CriteriaSet): Map<string, Row> {
  const flat = flattenTree(set.nodes);
  const rows: Row[] = flat.map((f) => ({ node: f.node, parent: f.parent < 0 ? null : flat[f.parent]!.node.code }));
  for (const group of ['bonus', 'penalty'] as const) for (const item of set.adjustments?.[group]?.items ?? []) rows.push({ node: item, parent: group });
  return new Map(rows.map((r) => [r.node.code, r] as const));
}

function listed(r: Row): DiffRow {
  return { code: r.node.code, name: r.node.name, maxPoints: r.node.maxPoints, parent: r.parent };
}

function changes<T>(pairs: readonly (readonly [Row, Row])[], get: (r: Row) => T, same: (x: T, y: T) => boolean = (x, y) => x === y) {
  return pairs.flatMap(([x, y]) => (same(get(x), get(y)) ? [] : [{ code: y.node.code, from: get(x), to: get(y) }]));
}

function diffBands(a: readonly Band[], b: readonly Band[]): SetDiff['bands'] {
  const inA = new Map(a.map((band) => [band.label, band]));
  const inB = new Map(b.map((band) => [band.label, band]));
  return {
    added: b.filter((band) => !inA.has(band.label)),
    removed: a.filter((band) => !inB.has(band.label)),
    changed: b.flatMap((to) => {
      const from = inA.get(to.label);
      return from && !sameValue(from, to) ? [{ label: to.label, from, to }] : [];
    }),
  };
}

function diffMetrics(a: CriteriaSet, b: CriteriaSet): SetDiff['metrics'] {
  const listed = (from: CriteriaSet, other: CriteriaSet) =>
    Object.entries(from.metrics).filter(([id]) => !(id in other.metrics)).map(([id, metric]) => ({ id, metric }));
  return {
    added: listed(b, a),
    removed: listed(a, b),
    changed: Object.entries(b.metrics).flatMap(([id, to]) => {
      const from = a.metrics[id];
      return from && !sameValue(from, to) ? [{ id, from, to }] : [];
    }),
  };
}
