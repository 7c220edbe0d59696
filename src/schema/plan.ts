/** Reform plans (kế hoạch CCHC): tasks with a due time as written, and what a due time means. */
import { z } from 'zod';
import { IssueSchema } from '../errors.js';
import { IsoDate } from './common.js';

/** How wide the period a dated due time names is: "15/01/2025" a day, "Quý I/2025" a quarter. */
export const DuePrecision = z.enum(['day', 'month', 'quarter', 'year']);
export type DuePrecision = z.infer<typeof DuePrecision>;

/** One date to meet: the last day of the period named ("Quý I/2025" → 2025-03-31). */
export const DueDate = z
  .object({
    kind: z.literal('date'),
    due: IsoDate,
    /** First day of the period named; absent for "Trước 15/01/2024". */
    start: IsoDate.optional(),
    precision: DuePrecision,
    /** The date named after "Trước" (before): `due` is the day before it. */
    before: IsoDate.optional(),
  })
  .strict();
export type DueDate = z.infer<typeof DueDate>;

/** A span of periods ("Tháng 02/2025 - Tháng 12/2025"): due at the end of the last one. */
export const DueRange = z.object({ kind: z.literal('range'), start: IsoDate, due: IsoDate }).strict();
export type DueRange = z.infer<typeof DueRange>;

export const Frequency = z.enum(['month', 'quarter', 'half-year', 'year']);
export type Frequency = z.infer<typeof Frequency>;

/** A repeated obligation ("Hàng quý"); `every` is empty for a bare "Định kỳ" (frequency set elsewhere). */
export const DueRecurring = z
  .object({ kind: z.literal('recurring'), every: z.array(Frequency), year: z.number().int().optional() })
  .strict();
export type DueRecurring = z.infer<typeof DueRecurring>;

/**
 * No deadline of its own: continuous ("Thường xuyên"), when something arises
 * ("Khi có phát sinh"), after another event ("Sau khi hoàn thành") or on another
 * schedule ("Theo kế hoạch"). `condition` is the rest of the text, as written.
 */
export const OpenReason = z.enum(['continuous', 'when-arising', 'after', 'as-scheduled']);
export type OpenReason = z.infer<typeof OpenReason>;
export const DueOpen = z.object({ kind: z.literal('open'), reason: OpenReason, condition: z.string().optional() }).strict();
export type DueOpen = z.infer<typeof DueOpen>;

export const DueSimple = z.discriminatedUnion('kind', [DueDate, DueRange, DueRecurring, DueOpen]);
export type DueSimple = z.infer<typeof DueSimple>;

/** Two due times in one cell: "Quý I/2024 Định kỳ" (and), "Năm 2025 hoặc theo yêu cầu…" (or). */
export const DueMultiple = z
  .object({ kind: z.literal('multiple'), join: z.enum(['and', 'or']), parts: z.array(DueSimple).min(2) })
  .strict();
export type DueMultiple = z.infer<typeof DueMultiple>;

/** What a due-time expression means. */
export const DueTime = z.discriminatedUnion('kind', [DueDate, DueRange, DueRecurring, DueOpen, DueMultiple]);
export type DueTime = z.infer<typeof DueTime>;

const TaskId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
  error: (iss) => `"${String(iss.input)}" is not a task id: letters without accents, digits, _ . or - (e.g. "II.3.1")`,
});

/** The columns of one row of a plan's task table, verbatim (shared with the plan inside an assessment). */
export const PLAN_TASK_SHAPE = {
  id: TaskId,
  /** Area (lĩnh vực) heading the row sits under. */
  area: z.string().min(1).optional(),
  /** Objective (mục tiêu) and activity (hoạt động), in plans whose table has them. */
  objective: z.string().min(1).optional(),
  /** The general task (nhiệm vụ chung) a specific task row sits under. */
  group: z.string().min(1).optional(),
  task: z.string().min(1),
  activity: z.string().min(1).optional(),
  product: z.string().min(1).optional(),
  lead: z.string().min(1).optional(),
  coordinating: z.array(z.string().min(1)).default([]),
  /** The source's single "chủ trì/phối hợp" cell, when it does not separate them. */
  assignment: z.string().min(1).optional(),
  /** The due time exactly as written ("Quý I/2025"). */
  due: z.string().min(1),
  /** Line of the source document the row starts on. */
  line: z.number().int().positive().optional(),
};

/** A task needs someone to do it. */
export const TASK_HAS_LEAD: [(t: { lead?: string | undefined; assignment?: string | undefined }) => boolean, { error: string; path: string[] }] = [
  (t) => t.lead !== undefined || t.assignment !== undefined,
  { error: 'a task needs a lead (cơ quan chủ trì) or an assignment cell', path: ['lead'] },
];

/** One row of a plan's task table, verbatim. */
export const PlanTask = z.object(PLAN_TASK_SHAPE).strict().refine(...TASK_HAS_LEAD);
export type PlanTask = z.infer<typeof PlanTask>;

/** A reform plan: who issued it, for which year, and its task table. */
export const PlanFile = z
  .object({
    id: TaskId,
    title: z.string().min(1),
    issuer: z.string().min(1),
    /** Year assumed by due times that omit it ("Quý I", "Hàng quý"). */
    year: z.number().int().min(1900).max(2200),
    source: z.object({ document: z.string().min(1), file: z.string().min(1).optional() }).strict(),
    tasks: z.array(PlanTask).min(1),
  })
  .strict();
export type PlanFile = z.infer<typeof PlanFile>;

/** How a task stands on the date asked about. */
export const TaskStatus = z.enum(['on-time', 'late', 'not-done', 'not-yet-due', 'continuous', 'unreadable']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskCompletion = z
  .object({ id: z.string(), status: TaskStatus, due: IsoDate.optional(), done: IsoDate.optional() })
  .strict();
export type TaskCompletion = z.infer<typeof TaskCompletion>;

/** Completion of a plan as of a date; `ratio` = on-time / counted, an exact decimal string. */
export const PlanCompletion = z
  .object({
    asOf: IsoDate,
    tasks: z.array(TaskCompletion),
    counts: z.record(TaskStatus, z.number().int().nonnegative()),
    /** Tasks done by `asOf` or past their due date: on-time + late + not-done. */
    counted: z.number().int().nonnegative(),
    /** on-time / counted as an exact decimal string ("0.75"); absent when no task is counted yet. */
    ratio: z.string().optional(),
    /** Due times that could not be read, and `done` entries naming no task. */
    issues: z.array(IssueSchema),
  })
  .strict();
export type PlanCompletion = z.infer<typeof PlanCompletion>;
