/** Where a unit stands in one evaluation, and what changed between two evaluations of it. */
import { Decimal, roundHalfUp } from '../decimal.js';
import type { Issue } from '../errors.js';
import type { Evaluation } from '../engine/evaluate.js';
import { formatUnits, itemPoints, nodePoints } from '../engine/result.js';
import type { RowDelta, UnitStanding, UnitDelta } from '../schema/scenario.js';

const shown = (d: Decimal | null, places: number) => ({ exact: d === null ? null : d.toFixed(), display: d === null ? null : roundHalfUp(d, places) });

/**
 * Points, index, band and rank of one evaluation.
 * @example standingOf(evaluate(plan, a), null).index.display // '88.02'
 */
export function standingOf(e: Evaluation, rank: number | null): UnitStanding {
  const { points, index } = e.plan.set.rounding;
  return { points: shown(e.points, points), index: shown(e.index, index), band: e.band, rank, complete: e.complete };
}

const change = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? null : b.minus(a));

/** One row's points and applicable maximum: leaves and areas by index, adjustment items by group. */
interface RowValue {
  readonly code: string;
  readonly name: string;
  readonly points: string | null;
  readonly max: string;
}

function rowValues(e: Evaluation, which: 'areas' | 'rows'): RowValue[] {
  const p = e.plan;
  const at = (i: number): RowValue => ({ code: p.nodes[i]!.code, name: p.nodes[i]!.name, points: nodePoints(e, i), max: formatUnits(e.applicableUnits[i]!) });
  if (which === 'areas') return p.roots.map(at);
  const items = (key: 'bonus' | 'penalty'): RowValue[] =>
    (p[key]?.items ?? []).map((n, k) => ({ code: n.code, name: n.name, points: itemPoints(e[key], k), max: n.maxText }));
  return [...p.leaves.map(at), ...items('bonus'), ...items('penalty')];
}

const dec = (s: string | null) => (s === null ? null : new Decimal(s));
const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Decimal(a).eq(b));

/**
 * Rows (or areas) whose points or applicable maximum differ, matched by code.
 * @example changedRows(before, after, 'rows').map((r) => r.code) // ['2.2']
 */
export function changedRows(before: Evaluation, after: Evaluation, which: 'areas' | 'rows'): RowDelta[] {
  const old = new Map(rowValues(before, which).map((r) => [r.code, r]));
  const out: RowDelta[] = [];
  for (const r of rowValues(after, which)) {
    const b = old.get(r.code);
    if (b !== undefined && same(b.points, r.points) && same(b.max, r.max)) continue;
    const c = change(dec(b?.points ?? null), dec(r.points));
    out.push({ code: r.code, name: r.name, before: b?.points ?? null, after: r.points, change: c === null ? null : c.toFixed(), maxBefore: b?.max ?? '0', maxAfter: r.max });
  }
  return out;
}

/** The exact change, and for display the difference of the two displayed values, so it reads right beside them. */
function changeShown(b: UnitStanding['points'], a: UnitStanding['points'], exact: Decimal | null, places: number): UnitStanding['points'] {
  const display = a.display === null || b.display === null ? null : new Decimal(a.display).minus(b.display).toFixed(places);
  return { exact: exact === null ? null : exact.toFixed(), display };
}

const key = (i: Issue) => `${i.severity}|${i.code}|${i.path}|${i.message}`;

/**
 * What changed for one unit between the baseline and a scenario.
 * @example unitDelta(baseEval, scenarioEval, null, null).indexChange.exact // '4.08…'
 */
export function unitDelta(before: Evaluation, after: Evaluation, rankBefore: number | null, rankAfter: number | null): UnitDelta {
  const { points: pp, index: ip } = after.plan.set.rounding;
  const b = standingOf(before, rankBefore);
  const a = standingOf(after, rankAfter);
  const known = new Set(before.issues.map(key));
  return {
    unit: { id: after.assessment.unit.id, name: after.assessment.unit.name },
    before: b,
    after: a,
    pointsChange: changeShown(b.points, a.points, change(before.points, after.points), pp),
    indexChange: changeShown(b.index, a.index, change(before.index, after.index), ip),
    bandChange: before.band === after.band ? null : { from: before.band, to: after.band },
    rankChange: rankBefore === rankAfter ? null : { from: rankBefore, to: rankAfter },
    areas: changedRows(before, after, 'areas'),
    rows: changedRows(before, after, 'rows'),
    issues: after.issues.filter((i) => i.severity !== 'info' && !known.has(key(i))),
  };
}
