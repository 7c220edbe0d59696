/** The ranking of many units (`rankUnits`): plain JSON, every number an exact decimal string except `display`. */
import { z } from 'zod';

export const RANKING_SCHEMA_VERSION = '1.0.0';

/** The exact value and the value rounded half-up for people, or both null. */
const Shown = z.object({ exact: z.string().nullable(), display: z.string().nullable() });

export const AreaRank = z.object({
  code: z.string(),
  name: z.string(),
  /** Area points / area applicable maximum × 100, exact (null when the area does not apply or is unscored). */
  ratio: Shown,
  /** Rank among the units of the same set for which this area applies; null when unranked. */
  rank: z.number().int().positive().nullable(),
});
export type AreaRank = z.infer<typeof AreaRank>;

export const RankedUnit = z.object({
  unit: z.object({ id: z.string(), name: z.string(), type: z.string().nullable(), level: z.string() }),
  criteriaSet: z.object({ id: z.string(), version: z.string() }),
  /** What the caller named the entry (e.g. its file), or null. */
  label: z.string().nullable(),
  /** Null for an unranked unit (no index); listed last. */
  rank: z.number().int().positive().nullable(),
  points: Shown,
  applicableMaxPoints: z.string(),
  index: Shown,
  /** Decimals the unit's set shows for points and index (`display` is rounded half-up to these). */
  rounding: z.object({ points: z.number().int().nonnegative(), index: z.number().int().nonnegative() }),
  band: z.string().nullable(),
  /** Why the unit is unranked, or null. */
  reason: z.string().nullable(),
  areas: z.array(AreaRank),
});
export type RankedUnit = z.infer<typeof RankedUnit>;

export const RankingGroup = z.object({
  /** The criteria set id when ranking per set; `all` when ranking together. */
  key: z.string(),
  criteriaSets: z.array(z.object({ id: z.string(), version: z.string() })),
  units: z.array(RankedUnit),
  ranked: z.number().int().nonnegative(),
  unranked: z.number().int().nonnegative(),
  /** Units per band in the sets' order; `null` label for a ranked unit in no band. */
  bands: z.array(z.object({ label: z.string().nullable(), count: z.number().int().nonnegative() })),
  /** Mean index of the ranked units, exact to 30 decimals, or null when none is ranked. */
  mean: Shown,
});
export type RankingGroup = z.infer<typeof RankingGroup>;

export const Ranking = z.object({
  schemaVersion: z.literal(RANKING_SCHEMA_VERSION),
  ties: z.enum(['competition', 'dense']),
  groupBy: z.enum(['set', 'none']),
  groups: z.array(RankingGroup),
});
export type Ranking = z.infer<typeof Ranking>;
