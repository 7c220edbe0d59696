/**
 * One unit through the rounds (`scoreRounds`): the rules' points, self-assessment,
 * appraisal 1 and 2, and final per row, with the differences, the rows waiting
 * for an explanation, the rows claiming points without evidence and late inputs.
 * A public, versioned JSON contract (schema/rounds.schema.json).
 */
import { z } from 'zod';
import { IssueSchema } from '../errors.js';
import { EvidenceDocument } from './assessment.js';
import { ScoreResult } from './result.js';

export const ROUNDS_SCHEMA_VERSION = '1.0.0';

const Dec = z.string().describe('Exact decimal as a string, unrounded');

export const RoundName = z.enum(['self', 'appraisal1', 'appraisal2']);
export type RoundName = z.infer<typeof RoundName>;

/** Where a row's final points come from. */
export const FinalSource = z.enum(['rules', 'self', 'appraisal1', 'appraisal2', 'survey']);
export type FinalSource = z.infer<typeof FinalSource>;

/** `rules` when the file has no rounds; otherwise the last round present. */
export const Stage = z.enum(['rules', 'self', 'appraisal1', 'appraisal2']);
export type Stage = z.infer<typeof Stage>;

export const RoundTotal = z
  .object({
    round: z.enum(['rules', 'self', 'appraisal1', 'appraisal2', 'final']),
    date: z.string().nullable(),
    complete: z.boolean(),
    points: Dec.nullable(),
    applicableMaxPoints: Dec,
    index: Dec.nullable(),
    band: z.string().nullable(),
  })
  .strict();
export type RoundTotal = z.infer<typeof RoundTotal>;

export const RowStatus = z.enum(['not-applicable', 'agreed', 'over-scored', 'under-scored', 'unscored']);
export type RowStatus = z.infer<typeof RowStatus>;

/** One row of the tree (parents hold the sums of their children), or a bonus/penalty item. */
export const RoundsRow = z
  .object({
    code: z.string(),
    name: z.string(),
    /** 0 for an area (lĩnh vực), 1 for a criterion, …; bonus and penalty items are 0. */
    depth: z.number().int().nonnegative(),
    kind: z.enum(['row', 'bonus', 'penalty']),
    leaf: z.boolean(),
    scoredBy: z.enum(['self', 'survey']),
    maxPoints: Dec,
    /** Null when the row does not apply to the unit. */
    applicableMaxPoints: Dec.nullable(),
    /** Points the rules give from the metrics (and manual points), before any round. */
    rules: Dec.nullable(),
    self: Dec.nullable(),
    appraisal1: Dec.nullable(),
    appraisal2: Dec.nullable(),
    final: Dec.nullable(),
    /** For a leaf: which round its final points come from. Null for parents. */
    finalFrom: FinalSource.nullable(),
    /** final − self; null when either is missing. */
    difference: Dec.nullable(),
    status: RowStatus,
    note: z.string().nullable().describe('The unit’s note in the self-assessment'),
    comment1: z.string().nullable(),
    comment2: z.string().nullable(),
    explanationRequired: z.boolean(),
    explanation: z.string().nullable(),
    /** The row's evidence, then the supplementary evidence sent with the explanation. */
    evidence: z.array(EvidenceDocument),
  })
  .strict();
export type RoundsRow = z.infer<typeof RoundsRow>;

export const OverScored = z.object({ code: z.string(), name: z.string(), self: Dec, final: Dec, by: Dec }).strict();
export type OverScored = z.infer<typeof OverScored>;

export const WithoutEvidence = z
  .object({ code: z.string(), name: z.string(), claimed: Dec, explained: z.boolean().describe('The self-assessment gives a note for the row') })
  .strict();
export type WithoutEvidence = z.infer<typeof WithoutEvidence>;

export const LateInput = z
  .object({
    phase: z.enum(['self', 'appraisal1', 'explanation', 'appraisal2', 'evidence']),
    /** Row code for supplementary evidence, else null. */
    code: z.string().nullable(),
    date: z.string(),
    due: z.string(),
    daysLate: z.number().int().positive(),
  })
  .strict();
export type LateInput = z.infer<typeof LateInput>;

export const RoundsReport = z
  .object({
    schemaVersion: z.literal(ROUNDS_SCHEMA_VERSION),
    unit: z.object({ id: z.string(), name: z.string(), type: z.string().nullable(), level: z.string() }).strict(),
    criteriaSet: z.object({ id: z.string(), version: z.string() }).strict(),
    year: z.number().int(),
    stage: Stage,
    rounding: z.object({ points: z.number().int().nonnegative(), index: z.number().int().nonnegative() }).strict(),
    /** Totals per round present, then final. */
    totals: z.array(RoundTotal),
    rows: z.array(RoundsRow),
    /** Leaves where self > final, largest difference first. */
    overScored: z.array(OverScored),
    /** Rows flagged "explanation required" in appraisal 1 with no explanation yet. */
    waitingForExplanation: z.array(z.string()),
    /** Rows explained, not yet scored again (no appraisal 2 value). */
    waitingForReappraisal: z.array(z.string()),
    /** Leaves the unit claims points for (self > 0) with no evidence document. */
    withoutEvidence: z.array(WithoutEvidence),
    late: z.array(LateInput),
    /** The final result: the engine's full result for the last round, with traces. */
    final: ScoreResult,
    issues: z.array(IssueSchema),
  })
  .strict();
export type RoundsReport = z.infer<typeof RoundsReport>;
