/** A unit's assessment for one year: who, against which set, and the inputs rules read. */
import { z } from 'zod';
import { DecimalString, Identifier, IsoDate, NodeCode } from './common.js';
import { PLAN_TASK_SHAPE, TASK_HAS_LEAD } from './plan.js';

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

/** An evidence document (tài liệu kiểm chứng): at least a number, a summary, a link or a file name. */
export const EvidenceDocument = z
  .object({
    number: z.string().min(1).optional().describe('Số hiệu, e.g. 12/KH-STP'),
    date: IsoDate.optional().describe('Date issued'),
    issuer: z.string().min(1).optional().describe('Cơ quan ban hành'),
    summary: z.string().min(1).optional().describe('Trích yếu'),
    link: z.string().min(1).optional().describe('URL of the document'),
    file: z.string().min(1).optional().describe('File name sent with the assessment'),
  })
  .strict()
  .refine((d) => d.number !== undefined || d.summary !== undefined || d.link !== undefined || d.file !== undefined, {
    error: 'an evidence document needs at least a number (số hiệu), a summary (trích yếu), a link or a file name',
  });
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;

/** Points per row entered in a round: a decimal string per row code. */
const RoundPoints = z.record(NodeCode, DecimalString).default({});
const RowTexts = z.record(NodeCode, z.string().min(1)).default({});
const RoundMeta = {
  date: IsoDate.optional().describe('Day the round was submitted or signed'),
  by: z.string().min(1).optional().describe('Who scored: the unit, the appraisal council'),
};

/** The unit's own points (tự đánh giá); rows it does not list are scored by their rules from the metrics. */
export const SelfRound = z
  .object({ ...RoundMeta, points: RoundPoints, notes: RowTexts.describe('Giải trình / ghi chú per row') })
  .strict();
export type SelfRound = z.infer<typeof SelfRound>;

/** An appraisal round (thẩm định): points per row, comments, and the rows the unit must explain. */
export const AppraisalRound = z
  .object({
    ...RoundMeta,
    points: RoundPoints.describe('Rows this round does not list keep the previous round’s value'),
    comments: RowTexts,
    explanationRequired: z.array(NodeCode).default([]).describe('Rows the unit must explain (yêu cầu giải trình)'),
  })
  .strict();
export type AppraisalRound = z.infer<typeof AppraisalRound>;

/** The unit's explanation after appraisal round 1 (giải trình), with supplementary evidence. */
export const ExplanationRound = z
  .object({
    date: RoundMeta.date,
    rows: z
      .record(NodeCode, z.object({ text: z.string().min(1), evidence: z.array(EvidenceDocument).default([]) }).strict())
      .default({}),
  })
  .strict();
export type ExplanationRound = z.infer<typeof ExplanationRound>;

export const Rounds = z
  .object({
    self: SelfRound.optional(),
    appraisal1: AppraisalRound.optional(),
    explanation: ExplanationRound.optional(),
    appraisal2: AppraisalRound.optional(),
  })
  .strict();
export type Rounds = z.infer<typeof Rounds>;

/** A plan task inside an assessment: the plan's row plus what was done. */
export const AssessmentTask = z
  .object({
    ...PLAN_TASK_SHAPE,
    done: IsoDate.nullable().optional().describe('Day the task was done; null or absent when not done'),
    doneProduct: z.string().min(1).optional().describe('What was produced (sản phẩm), e.g. the document number'),
  })
  .strict()
  .refine(...TASK_HAS_LEAD);
export type AssessmentTask = z.infer<typeof AssessmentTask>;

export const AssessmentPlan = z
  .object({
    document: EvidenceDocument.optional().describe('The plan itself (kế hoạch CCHC năm)'),
    year: z.number().int().min(1900).max(2200).optional().describe('Year assumed by due times without one; default the assessment year'),
    tasks: z.array(AssessmentTask).min(1),
  })
  .strict();
export type AssessmentPlan = z.infer<typeof AssessmentPlan>;

/** A report sent for a reporting period of the set's calendar. */
export const SubmittedReport = z
  .object({
    submitted: IsoDate.nullable().describe('Day sent; null when not sent'),
    document: EvidenceDocument.optional(),
  })
  .strict();
export type SubmittedReport = z.infer<typeof SubmittedReport>;

/** Survey results (điều tra xã hội học): values for the metrics survey rows read. */
export const SurveyResults = z
  .object({
    source: z.string().min(1).optional(),
    date: IsoDate.optional(),
    results: z.record(Identifier, MetricEntry).default({}),
  })
  .strict();
export type SurveyResults = z.infer<typeof SurveyResults>;

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
    evidence: z.record(NodeCode, z.array(EvidenceDocument)).default({}).describe('Evidence documents per row (tài liệu kiểm chứng)'),
    plan: AssessmentPlan.optional().describe('The unit’s reform plan and what was done; feeds metrics declared `from: { plan: … }`'),
    reports: z
      .record(Identifier, SubmittedReport)
      .default({})
      .describe('Reports by reporting period of the set’s calendar; feed metrics declared `from: { report: <period> }`'),
    rounds: Rounds.optional().describe('Self-assessment and appraisal rounds; the last round present is final'),
    survey: SurveyResults.optional(),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;
export type AssessmentInput = z.input<typeof Assessment>;
