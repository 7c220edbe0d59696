/** How much of a plan is done on time, as of a date the caller gives. */
import { Decimal, divide } from '../decimal.js';
import { showValue, usageError, type Issue } from '../errors.js';
import { IsoDate } from '../schema/common.js';
import type { PlanCompletion, PlanFile, TaskCompletion, TaskStatus } from '../schema/plan.js';
import { dueDateOf } from './due-date-of.js';
import { parseDueTime } from './parse-due-time.js';

export interface CompletionOptions {
  /** The day the plan is judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** Day each task was done (`YYYY-MM-DD`), null or absent when not done. */
  done: Readonly<Record<string, string | null>>;
}

const STATUSES: readonly TaskStatus[] = ['on-time', 'late', 'not-done', 'not-yet-due', 'continuous', 'unreadable'];

/**
 * Each task's status and the share done on time. Counted: tasks done by `asOf` or
 * past their due date; the ratio is on-time / counted. Tasks with no due date
 * (recurring, continuous, when arising, after another task) are "continuous" and
 * left out of the ratio, as are due times that do not read (with an issue).
 * A day done after `asOf` is not known yet on `asOf`, so the task counts as not done.
 * @example planCompletion(plan, { asOf: '2025-12-31', done: { 'I.1': '2025-03-20' } }).ratio // '1'
 */
export function planCompletion(plan: Pick<PlanFile, 'year' | 'tasks'>, options: CompletionOptions): PlanCompletion {
  const { asOf, done } = checkOptions(options);
  const issues: Issue[] = [];
  const tasks = plan.tasks.map((task, i): TaskCompletion => {
    const read = parseDueTime(task.due, { year: plan.year });
    if (!read.ok) {
      issues.push(...read.issues.map((x) => ({ ...x, path: `tasks[${i}].due` })));
      return { id: task.id, status: 'unreadable' };
    }
    return judge(task.id, dueDateOf(read.value), done[task.id] ?? undefined, asOf);
  });
  const ids = new Set(plan.tasks.map((t) => t.id));
  for (const id of Object.keys(done).filter((k) => !ids.has(k))) {
    issues.push({ code: 'PLAN_UNKNOWN_TASK', severity: 'warning', path: `done[${JSON.stringify(id)}]`, message: `no task has id "${id}"` });
  }
  const counts = Object.fromEntries(STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length])) as Record<TaskStatus, number>;
  const counted = counts['on-time'] + counts.late + counts['not-done'];
  const ratio = counted === 0 ? undefined : divide(new Decimal(counts['on-time']), new Decimal(counted)).toString();
  return { asOf, tasks, counts, counted, ...(ratio !== undefined && { ratio }), issues };
}

function judge(id: string, due: string | undefined, doneOn: string | undefined, asOf: string): TaskCompletion {
  const known = doneOn !== undefined && doneOn <= asOf ? doneOn : undefined;
  const at = { id, ...(due !== undefined && { due }), ...(known !== undefined && { done: known }) };
  if (due === undefined) return { ...at, status: 'continuous' };
  if (known !== undefined) return { ...at, status: known <= due ? 'on-time' : 'late' };
  return { ...at, status: asOf > due ? 'not-done' : 'not-yet-due' };
}

function checkOptions(options: CompletionOptions): CompletionOptions {
  if (options === null || typeof options !== 'object') throw usageError('planCompletion', 'options must be an object { asOf, done }');
  if (!IsoDate.safeParse(options.asOf).success) throw usageError('planCompletion', `options.asOf must be a date YYYY-MM-DD, got ${showValue(options.asOf)}`);
  if (options.done === null || typeof options.done !== 'object') throw usageError('planCompletion', 'options.done must be an object { taskId: "YYYY-MM-DD" | null }');
  for (const [id, d] of Object.entries(options.done)) {
    if (d !== null && !IsoDate.safeParse(d).success) throw usageError('planCompletion', `options.done[${JSON.stringify(id)}] must be a date YYYY-MM-DD or null, got ${showValue(d)}`);
  }
  return options;
}
