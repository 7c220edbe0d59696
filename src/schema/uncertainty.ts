/** Uncertainty over inputs for Monte Carlo, and the simulation report. */
import { z } from 'zod';
import { DecimalString, Identifier, NonNegativeDecimal } from './common.js';

export const SIMULATION_SCHEMA_VERSION = '1.0.0';

/**
 * One metric's distribution: uniform [min, max], triangular [min, mode, max], normal {mean, sd}
 * (truncated to the metric's range by redrawing), or a boolean true with `probability`.
 * With `relative: true` the numbers are offsets from the unit's own value.
 * Drawn numbers are rounded to the nearest at `places` decimals (counts: 0; others: 2 unless given).
 */
export const Distribution = z
  .object({
    uniform: z.object({ min: DecimalString, max: DecimalString }).strict().optional(),
    triangular: z.object({ min: DecimalString, mode: DecimalString, max: DecimalString }).strict().optional(),
    normal: z.object({ mean: DecimalString, sd: NonNegativeDecimal }).strict().optional(),
    probability: DecimalString.optional().describe('Booleans: the chance of true, 0 to 1'),
    relative: z.boolean().optional().describe('The numbers are offsets from the unit’s own value'),
    places: z.number().int().min(0).max(6).optional().describe('Decimals a drawn value is rounded to'),
  })
  .strict()
  .refine((d) => [d.uniform, d.triangular, d.normal, d.probability].filter((x) => x !== undefined).length === 1, {
    error: 'give exactly one of uniform, triangular, normal or probability',
  });
export type Distribution = z.infer<typeof Distribution>;

/**
 * `metrics` apply to every unit; `units.<id>` override or add per unit; `weights.<part id>`
 * draw the weights of the set's index parts, once a draw for every unit (they share the set).
 */
export const Uncertainty = z
  .object({
    description: z.string().optional(),
    metrics: z.record(Identifier, Distribution).default({}),
    units: z.record(z.string().min(1), z.record(Identifier, Distribution)).default({}),
    weights: z
      .record(Identifier, Distribution)
      .default({})
      .describe('Weights of the set’s index parts (index.parts[].id): uniform, triangular or normal, relative to the set’s weight when relative is true; drawn once a draw and shared by every unit'),
  })
  .strict();
export type Uncertainty = z.infer<typeof Uncertainty>;
export type UncertaintyInput = z.input<typeof Uncertainty>;

const Count = z.object({ count: z.number().int().min(0), probability: z.string() }).strict();

export const SimulatedUnit = z
  .object({
    unit: z.object({ id: z.string(), name: z.string() }).strict(),
    baseline: z.object({ index: z.string().nullable(), band: z.string().nullable(), rank: z.number().int().nullable() }).strict(),
    draws: z.number().int().describe('Draws with an index (a draw whose inputs leave the unit without an index is counted in noIndex)'),
    noIndex: z.number().int(),
    index: z
      .object({ mean: z.string(), min: z.string(), p5: z.string(), p50: z.string(), p95: z.string(), max: z.string() })
      .strict()
      .nullable()
      .describe('Exact mean over draws; percentiles by nearest rank, carried to 30 decimals'),
    bands: z.record(z.string(), Count),
    rank: z
      .object({ low: z.number().int(), high: z.number().int(), median: z.number().int(), top: z.record(z.string(), Count) })
      .strict()
      .nullable()
      .describe('The central rank interval (e.g. 90%: 5th to 95th percentile of ranks) and P(rank ≤ k)'),
    incremental: z.boolean().describe('Scored without a full evaluation per draw: only the rows reading uncertain metrics re-run, or (weights only) the parts re-weighted'),
  })
  .strict();
export type SimulatedUnit = z.infer<typeof SimulatedUnit>;

export const Simulation = z
  .object({
    schemaVersion: z.literal(SIMULATION_SCHEMA_VERSION),
    criteriaSet: z.object({ id: z.string(), version: z.string() }).strict(),
    draws: z.number().int(),
    seed: z.number().int(),
    rankInterval: z.string(),
    units: z.array(SimulatedUnit),
  })
  .strict();
export type Simulation = z.infer<typeof Simulation>;
