/** Target seeking: levers (what may change, within which bounds, at what cost), targets, and the plan found. */
import { z } from 'zod';
import { DecimalString, Identifier, IsoDate, NonNegativeDecimal } from './common.js';

export const TARGET_SCHEMA_VERSION = '1.0.0';

/**
 * What one metric may do: numbers stay within `min`/`max` (default: the metric's declared
 * range, percent 0–100); dates between `earliest` and `latest`; booleans may flip.
 * Cost = `cost` once when the metric changes + `costPerUnit` × |change| (per day for dates)
 * + `costPerStep` × thresholds crossed.
 */
export const Lever = z
  .object({
    min: DecimalString.optional().describe('Lowest feasible value (numbers)'),
    max: DecimalString.optional().describe('Highest feasible value (numbers)'),
    earliest: IsoDate.optional().describe('Earliest feasible date (dates), e.g. today: the past cannot change'),
    latest: IsoDate.optional().describe('Latest feasible date (dates)'),
    cost: NonNegativeDecimal.optional().describe('Cost of changing the metric at all'),
    costPerUnit: NonNegativeDecimal.optional().describe('Cost per unit of change (a percentage point, one item, one day earlier)'),
    costPerStep: NonNegativeDecimal.optional().describe('Cost per threshold of a rule crossed'),
    note: z.string().optional(),
  })
  .strict();
export type Lever = z.infer<typeof Lever>;

/** A levers file: `levers: { metric: { … } }`; only the metrics listed may move. */
export const LeversFile = z
  .object({
    description: z.string().optional(),
    levers: z.record(Identifier, Lever),
  })
  .strict();
export type LeversFile = z.infer<typeof LeversFile>;
export type LeversFileInput = z.input<typeof LeversFile>;

/** The target: an index to reach, a band to reach (at least), or a rank among other units (at least). */
export const TargetSpec = z.union([
  z.object({ index: DecimalString }).strict(),
  z.object({ band: z.string().min(1) }).strict(),
  z.object({ rank: z.number().int().min(1) }).strict(),
]);
export type TargetSpec = z.infer<typeof TargetSpec>;

export const RowGain = z.object({ code: z.string(), from: z.string(), to: z.string() }).strict();
export const TargetChange = z
  .object({
    metric: z.string(),
    from: z.union([z.string(), z.boolean(), z.null()]),
    to: z.union([z.string(), z.boolean(), z.null()]),
    cost: z.string(),
    rows: z.array(RowGain),
  })
  .strict();
export type TargetChange = z.infer<typeof TargetChange>;

export const TargetStanding = z
  .object({ points: z.string().nullable(), index: z.string().nullable(), band: z.string().nullable(), rank: z.number().int().nullable() })
  .strict();

export const TargetPlan = z
  .object({
    schemaVersion: z.literal(TARGET_SCHEMA_VERSION),
    unit: z.object({ id: z.string(), name: z.string() }).strict(),
    target: z
      .object({ kind: z.enum(['index', 'band', 'rank']), value: z.string(), requiredIndex: z.string(), inclusive: z.boolean() })
      .strict()
      .describe('What was asked, and the index it needs (≥ when inclusive, else >)'),
    status: z.enum(['already-met', 'reached', 'unreachable']),
    changes: z.array(TargetChange),
    totalCost: z.string(),
    baseline: TargetStanding,
    result: TargetStanding.describe('Re-scored by the engine with the changes applied'),
    levers: z.array(z.string()).describe('The metrics that were allowed to move'),
    notes: z.array(z.string()),
  })
  .strict();
export type TargetPlan = z.infer<typeof TargetPlan>;
