/**
 * Ranks many units by their exact, unrounded index (ties share a rank), per
 * criteria set by default; bands and counts, the mean index and ranks per area.
 * Pure: evaluations in, plain JSON out.
 */
import { DIVISION_PLACES, roundHalfUp } from '../decimal.js';
import { formatQuanta, QUANTA } from '../exact.js';
import { divHalfUp } from '../rules/units.js';
import { showValue, usageError } from '../errors.js';
import { RANKING_SCHEMA_VERSION, type AreaRank, type Ranking, type RankingGroup, type RankedUnit } from '../schema/ranking.js';
import type { Evaluation } from './evaluate.js';
import { isPlan } from './compile.js';
import { checkOptionsObject } from './guards.js';
import { areaValues, type AreaValue } from './rank-areas.js';
import { meanOf, ranksOf, type Ties } from './rank-order.js';
import type { Rational } from './rational.js';

export interface RankEntry {
  readonly evaluation: Evaluation;
  /** A name for the entry shown with it, e.g. its file. */
  readonly label?: string | undefined;
}

export interface RankOptions {
  /** `competition` (default): 1, 2, 2, 4; `dense`: 1, 2, 2, 3. */
  ties?: Ties | undefined;
  /** `set` (default): rank within each criteria set id; `none`: all units together by index. */
  groupBy?: 'set' | 'none' | undefined;
}

/** The fraction to 30 decimals and, from those, half-up to `places` (as the score result rounds it), in BigInts only. */
function shown(f: Rational | null, places: number): { exact: string | null; display: string | null } {
  if (f === null) return { exact: null, display: null };
  const q = divHalfUp(f.num * QUANTA, f.den);
  const d = divHalfUp(q, 10n ** BigInt(DIVISION_PLACES - places));
  const digits = (d < 0n ? -d : d).toString().padStart(places + 1, '0');
  const display = `${d < 0n ? '-' : ''}${places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`}`;
  return { exact: formatQuanta(q), display };
}

/** Why a unit has no index: its first error issue, or the set's parts. */
function reasonOf(e: Evaluation): string | null {
  if (e.indexFraction !== null) return null;
  const err = e.issues.find((i) => i.severity === 'error');
  return err ? `${err.message} [${err.code}]` : 'no part of the index has data';
}

/**
 * Ranks units by exact index; units without an index are unranked and listed last with their reason.
 * @example rankUnits([{ evaluation: evaluate(plan, a) }, { evaluation: evaluate(plan, b) }]).groups[0]?.units[0]?.rank // 1
 */
export function rankUnits(entries: readonly RankEntry[], options: RankOptions = {}): Ranking {
  if (!Array.isArray(entries)) throw usageError('rankUnits', 'expected an array of { evaluation } entries');
  checkOptionsObject('rankUnits', options);
  const ties = options.ties ?? 'competition';
  const groupBy = options.groupBy ?? 'set';
  if (ties !== 'competition' && ties !== 'dense') throw usageError('rankUnits', `ties must be 'competition' or 'dense', not ${showValue(ties)}`);
  if (groupBy !== 'set' && groupBy !== 'none') throw usageError('rankUnits', `groupBy must be 'set' or 'none', not ${showValue(groupBy)}`);
  const groups = new Map<string, RankEntry[]>();
  for (const entry of entries) {
    if (!isPlan(entry?.evaluation?.plan)) throw usageError('rankUnits', 'each entry needs an evaluation from evaluate()');
    const key = groupBy === 'set' ? entry.evaluation.plan.set.id : 'all';
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  }
  return { schemaVersion: RANKING_SCHEMA_VERSION, ties, groupBy, groups: [...groups].map(([key, list]) => rankGroup(key, list, ties)) };
}

function rankGroup(key: string, entries: readonly RankEntry[], ties: Ties): RankingGroup {
  const evals = entries.map((x) => x.evaluation);
  const ranks = ranksOf(evals.map((e) => e.indexFraction), ties);
  const areas = areaRanks(evals, ties);
  const units = entries.map((x, k) => unitRow(x, ranks[k] ?? null, areas[k]!));
  const order = units.map((_, k) => k).sort((a, b) => (ranks[a] ?? Infinity) - (ranks[b] ?? Infinity) || a - b);
  const ranked = evals.filter((e) => e.indexFraction !== null);
  const places = Math.max(...evals.map((e) => e.plan.set.rounding.index));
  return {
    key,
    criteriaSets: distinct(evals.map((e) => ({ id: e.plan.set.id, version: e.plan.set.version }))),
    units: order.map((k) => units[k]!),
    ranked: ranked.length,
    unranked: evals.length - ranked.length,
    bands: bandCounts(evals),
    mean: shown(meanOf(ranked.map((e) => e.indexFraction!)), places),
  };
}

function unitRow(entry: RankEntry, rank: number | null, areas: AreaRank[]): RankedUnit {
  const e = entry.evaluation;
  const { unit } = e.assessment;
  const { points: pp, index: ip } = e.plan.set.rounding;
  return {
    unit: { id: unit.id, name: unit.name, type: unit.type ?? null, level: unit.level },
    criteriaSet: { id: e.plan.set.id, version: e.plan.set.version },
    label: entry.label ?? null,
    rank,
    points: e.points === null ? { exact: null, display: null } : { exact: e.points.toFixed(), display: roundHalfUp(e.points, pp) },
    applicableMaxPoints: e.applicableMax.toFixed(),
    index: shown(e.indexFraction, ip),
    rounding: { points: pp, index: ip },
    band: e.band,
    reason: reasonOf(e),
    areas,
  };
}

/** Ranks per area among units of the same set: an area that does not apply leaves the unit unranked there. */
function areaRanks(evals: readonly Evaluation[], ties: Ties): AreaRank[][] {
  const values: AreaValue[][] = evals.map(areaValues);
  const bySet = new Map<string, number[]>();
  evals.forEach((e, k) => {
    const members = bySet.get(e.plan.set.id);
    if (members) members.push(k);
    else bySet.set(e.plan.set.id, [k]);
  });
  const ranks: (number | null)[][] = values.map((list) => list.map(() => null));
  for (const members of bySet.values()) {
    const areas = values[members[0]!]!.length;
    for (let a = 0; a < areas; a++) {
      const r = ranksOf(members.map((k) => values[k]![a]?.ratio ?? null), ties);
      members.forEach((k, j) => (ranks[k]![a] = r[j] ?? null));
    }
  }
  return values.map((list, k) => {
    const ip = evals[k]!.plan.set.rounding.index;
    return list.map((v, a) => ({ code: v.code, name: v.name, ratio: shown(v.ratio, ip), rank: ranks[k]![a] ?? null }));
  });
}

/** Units per band, in the order the sets list their bands; ranked units in no band count under null. */
function bandCounts(evals: readonly Evaluation[]): { label: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const e of evals) for (const b of e.plan.set.bands) if (!counts.has(b.label)) counts.set(b.label, 0);
  for (const e of evals) if (e.indexFraction !== null) counts.set(e.band, (counts.get(e.band) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

function distinct(refs: { id: string; version: string }[]): { id: string; version: string }[] {
  const seen = new Map(refs.map((r) => [`${r.id}@${r.version}`, r]));
  return [...seen.values()];
}
