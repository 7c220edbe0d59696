/** The criteria set format (bộ tiêu chí): identity, metrics, calendar, the node tree, bands, parts. */
import { z } from 'zod';
import {
  Applicability,
  DayOfYear,
  DecimalString,
  Identifier,
  IsoDate,
  NodeCode,
  NonNegativeDecimal,
  ProvenanceStatus,
} from './common.js';

export const MetricUnit = z.enum(['percent', 'count', 'number', 'date', 'boolean', 'text']);
export { DayOfYear } from './common.js';
export type MetricUnit = z.infer<typeof MetricUnit>;

/**
 * Where a metric's value comes from when the assessment does not give it:
 * `{ report: q1 }` the day the report for period q1 was sent (a date metric);
 * `{ plan: on-time-percent }` the share of counted plan tasks done on time,
 * `{ plan: done-percent }` done at all (percent metrics).
 */
export const MetricSource = z.union([
  z.object({ report: Identifier.describe('A reporting period of the calendar') }).strict(),
  z.object({ plan: z.enum(['on-time-percent', 'done-percent']) }).strict(),
]);
export type MetricSource = z.infer<typeof MetricSource>;

export const MetricDef = z
  .object({
    unit: MetricUnit,
    name: z.string().optional(),
    description: z.string().optional(),
    min: DecimalString.optional().describe('Smallest valid value (percent: 0)'),
    max: DecimalString.optional().describe('Largest valid value (percent: 100)'),
    better: z.enum(['higher', 'lower']).optional().describe('Direction of improvement, checked against tier tables'),
    from: MetricSource.optional().describe('Computed from the assessment’s plan or reports instead of typed in'),
  })
  .strict();
export type MetricDef = z.infer<typeof MetricDef>;

/** A rule object: `kind` picks the rule; the other keys are checked by that kind's schema. */
export const RuleSpec = z.object({ kind: z.string().min(1) }).loose();
export type RuleSpec = z.infer<typeof RuleSpec>;


export const CriteriaNode = z.strictObject({
  code: NodeCode,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  maxPoints: NonNegativeDecimal,
  scoredBy: z.enum(['self', 'survey']).optional().describe('Inherited from the parent; default self'),
  appliesTo: Applicability.optional(),
  allowNotApplicable: z
    .boolean()
    .optional()
    .describe('An assessment may declare this row not applicable (không phát sinh)'),
  source: z.string().optional(),
  status: ProvenanceStatus.optional(),
  note: z.string().optional(),
  rule: RuleSpec.optional(),

  get children() {
    return z.array(CriteriaNode).optional();
  },
}).meta({ id: 'CriteriaNode' }); // names the recursive definition in the generated JSON Schema
export type CriteriaNode = z.infer<typeof CriteriaNode>;

export const Band = z
  .object({
    label: z.string().min(1),
    min: DecimalString.optional(),
    minInclusive: z.boolean().default(true),
    max: DecimalString.optional(),
    maxInclusive: z.boolean().default(false),
  })
  .strict();
export type Band = z.infer<typeof Band>;

export const ReportingPeriod = z
  .object({
    name: z.string().min(1),
    start: DayOfYear.describe('First day of data'),
    end: DayOfYear.describe('Data cut-off'),
    due: z
      .union([DayOfYear, z.object({ dayOfEndMonth: z.number().int().min(1).max(31) }).strict()])
      .describe('Due date, or the day of the period’s last month it is due'),
  })
  .strict();
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

export const Calendar = z
  .object({
    periods: z.record(Identifier, ReportingPeriod).default({}),
    deadlines: z
      .record(Identifier, DayOfYear.extend({ name: z.string().optional() }))
      .default({}),
  })
  .strict();
export type Calendar = z.infer<typeof Calendar>;

/** When a phase of the annual assessment closes: a day of the year, a named deadline, or a date. */
export const PhaseDue = z.union([
  z.object({ deadline: Identifier }).strict(),
  z.object({ date: IsoDate }).strict(),
  DayOfYear,
]);
export type PhaseDue = z.infer<typeof PhaseDue>;

const Phase = z
  .object({
    due: PhaseDue.optional(),
    withinDays: z.number().int().min(1).max(366).optional().describe('Days after the previous round’s date'),
  })
  .strict();

/** Phase deadlines: an input dated after its phase closed is reported. */
export const Workflow = z
  .object({
    self: Phase.optional(),
    appraisal1: Phase.optional(),
    explanation: Phase.optional(),
    appraisal2: Phase.optional(),
  })
  .strict();
export type Workflow = z.infer<typeof Workflow>;

export const AdjustmentGroup = z
  .object({
    name: z.string().optional(),
    cap: NonNegativeDecimal,
    items: z.array(CriteriaNode.omit({ children: true })).min(1),
  })
  .strict();
export type AdjustmentGroup = z.infer<typeof AdjustmentGroup>;

export const IndexPart = z
  .object({
    id: Identifier,
    name: z.string().optional(),
    select: z
      .object({ scoredBy: z.enum(['self', 'survey']).optional(), codes: z.array(NodeCode).min(1).optional() })
      .strict(),
    weight: NonNegativeDecimal,
    optional: z
      .boolean()
      .default(false)
      .describe('When a unit has no input for any row of this part, drop it and rescale the others'),
  })
  .strict();
export type IndexPart = z.infer<typeof IndexPart>;

export const CriteriaSet = z
  .object({
    $schema: z.string().optional(),
    id: Identifier,
    version: z.string().min(1),
    title: z.string().min(1),
    legalBasis: z
      .object({
        number: z.string().optional(),
        date: IsoDate.optional(),
        issuer: z.string().optional(),
        name: z.string().optional(),
        url: z.string().optional(),
      })
      .strict()
      .optional(),
    unitLevels: z.array(z.string().min(1)).min(1).describe('Administrative levels the set applies to'),
    unitTypes: z.array(z.string().min(1)).optional(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
    status: ProvenanceStatus,
    source: z.string().optional(),
    description: z.string().optional(),
    rounding: z
      .object({
        points: z.number().int().min(0).max(10).default(2),
        index: z.number().int().min(0).max(10).default(2),
      })
      .strict()
      .default({ points: 2, index: 2 })
      .describe('Decimals shown (half-up). Nothing is rounded before summing or ranking.'),
    metrics: z.record(Identifier, MetricDef).default({}),
    calendar: Calendar.default({ periods: {}, deadlines: {} }),
    nodes: z.array(CriteriaNode).min(1),
    adjustments: z
      .object({ bonus: AdjustmentGroup.optional(), penalty: AdjustmentGroup.optional() })
      .strict()
      .optional(),
    index: z.object({ parts: z.array(IndexPart).min(1) }).strict().optional(),
    pointStep: NonNegativeDecimal.optional().describe('Points entered in any round are multiples of this (e.g. "0.25"); a manual rule’s step wins on its row'),
    workflow: Workflow.optional(),
    bands: z.array(Band).default([]),
  })
  .strict();
export type CriteriaSet = z.infer<typeof CriteriaSet>;
export type CriteriaSetInput = z.input<typeof CriteriaSet>;
