/** Which criteria set is in force for a unit on a date. */
import { showValue, usageError } from '../errors.js';
import { IsoDate } from '../schema/common.js';
import type { CriteriaSet } from '../schema/criteria-set.js';

export interface InForceQuery {
  /** The unit's administrative level, e.g. `province` or `commune`. */
  unitLevel: string;
  /** The unit's type (e.g. `so`); when given, a set that lists `unitTypes` must include it. */
  unitType?: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
}

/**
 * The set in force for a unit on `date`: `validFrom ≤ date ≤ validTo` (both
 * ends inclusive; a missing end is open), `unitLevels` includes the level and,
 * when both the query and the set name unit types, `unitTypes` includes the type.
 * Tie rule: when several match, the one with the latest `validFrom` wins (a set
 * without `validFrom` counts as the earliest); on equal `validFrom`, the one
 * later in `sets`. Undefined when none matches. `sets` is not changed.
 * @example setInForce([set2025, set2026], { unitLevel: 'province', date: '2026-01-01' }) // set2026
 */
export function setInForce(sets: readonly CriteriaSet[], query: InForceQuery): CriteriaSet | undefined {
  checkQuery(sets, query);
  let best: CriteriaSet | undefined;
  for (const set of sets) {
    if (!applies(set, query)) continue;
    if (!best || (set.validFrom ?? '') >= (best.validFrom ?? '')) best = set;
  }
  return best;
}

function applies(set: CriteriaSet, { unitLevel, unitType, date }: InForceQuery): boolean {
  if (set.validFrom !== undefined && set.validFrom > date) return false;
  if (set.validTo !== undefined && set.validTo < date) return false;
  if (!set.unitLevels.includes(unitLevel)) return false;
  return unitType === undefined || set.unitTypes === undefined || set.unitTypes.includes(unitType);
}

function checkQuery(sets: readonly CriteriaSet[], query: InForceQuery): void {
  if (!Array.isArray(sets)) throw usageError('setInForce', 'sets must be an array of criteria sets');
  if (query === null || typeof query !== 'object') throw usageError('setInForce', 'the query must be { unitLevel, unitType?, date }');
  if (typeof query.unitLevel !== 'string') throw usageError('setInForce', 'query.unitLevel must be a string such as "province"');
  if (query.unitType !== undefined && typeof query.unitType !== 'string') throw usageError('setInForce', 'query.unitType must be a string');
  if (!IsoDate.safeParse(query.date).success) throw usageError('setInForce', `query.date must be a real date YYYY-MM-DD, got ${showValue(query.date)}`);
}
