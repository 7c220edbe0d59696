/** A unit's assessment for one year: who, against which set, and the inputs rules read. */
import { z } from 'zod';
import { DecimalString, Identifier, NodeCode } from './common.js';

export const MetricValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type MetricValue = z.infer<typeof MetricValue>;

export const MetricEntry = z.union([
  MetricValue,
  z.object({ value: MetricValue, note: z.string().optional(), source: z.string().optional() }).strict(),
]);
export type MetricEntry = z.infer<typeof MetricEntry>;

export const Unit = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    type: z.string().min(1).optional().describe('e.g. so, xa, phuong, tinh'),
    level: z.string().min(1).describe('Administrative level, one of the set’s unitLevels'),
  })
  .strict();
export type Unit = z.infer<typeof Unit>;

export const Assessment = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1).default(1),
    criteriaSet: z.object({ id: Identifier, version: z.string().optional() }).strict(),
    unit: Unit,
    year: z.number().int().min(2000).max(2100),
    metrics: z.record(Identifier, MetricEntry).default({}),
    points: z
      .record(NodeCode, DecimalString)
      .default({})
      .describe('Points entered by an assessor for manual rows'),
    notApplicable: z
      .record(NodeCode, z.string())
      .default({})
      .describe('Rows declared not applicable, with the reason (không phát sinh)'),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;
export type AssessmentInput = z.input<typeof Assessment>;
