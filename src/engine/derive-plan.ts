/** Plan shares for metrics declared `from: { plan: … }`: on time, or done at all, as a percent of counted tasks. */
import { Decimal, divide, HUNDRED } from '../decimal.js';
import type { Issue } from '../errors.js';
import { planCompletion } from '../plan/plan-completion.js';
import type { Assessment } from '../schema/assessment.js';
import type { PlanCompletion } from '../schema/plan.js';

/** A value computed from a source: `what` names the source in messages, `detail` explains the number. */
export interface Found {
  readonly value: string | null;
  readonly source: string;
  readonly what: string;
  readonly detail: string;
}

/** The plan judged once per assessment; `get` gives one share, or undefined (with an info issue when nothing is due). */
export interface PlanShares {
  get(kind: 'on-time-percent' | 'done-percent', name: string, issues: Issue[]): Found | undefined;
}

const NO_PLAN: PlanShares = { get: () => undefined };

/**
 * Judges `a.plan` as of `asOf` (default 31 December of the assessment year); pushes its
 * unreadable due times and duplicate task ids to `issues`. Duplicates leave the shares out.
 * @example planShares(a, undefined, issues).get('on-time-percent', 'rate', issues)?.value // '75'
 */
export function planShares(a: Assessment, asOf: string | undefined, issues: Issue[]): PlanShares {
  if (!a.plan) return NO_PLAN;
  const tasks = a.plan.tasks;
  const first = new Map<string, number>();
  let duplicate = false;
  tasks.forEach((t, i) => {
    const seen = first.get(t.id);
    if (seen === undefined) first.set(t.id, i);
    else {
      duplicate = true;
      issues.push({ code: 'PLAN_DUPLICATE_TASK', severity: 'error', path: `plan.tasks[${i}].id`, message: `task id "${t.id}" is already used by plan.tasks[${seen}]` });
    }
  });
  if (duplicate) return NO_PLAN;
  const day = asOf ?? `${a.year}-12-31`;
  const done = Object.fromEntries(tasks.map((t) => [t.id, t.done ?? null]));
  const c = planCompletion({ year: a.plan.year ?? a.year, tasks }, { asOf: day, done });
  issues.push(...c.issues.map((x) => ({ ...x, path: `plan.${x.path}` })));
  return { get: (kind, name, out) => share(c, kind, name, out) };
}

function share(c: PlanCompletion, kind: 'on-time-percent' | 'done-percent', name: string, issues: Issue[]): Found | undefined {
  const onTime = c.counts['on-time'] ?? 0;
  const late = c.counts.late ?? 0;
  if (c.counted === 0) {
    const left = `${c.counts['not-yet-due'] ?? 0} not yet due, ${c.counts.continuous ?? 0} without a due date`;
    issues.push({ code: 'PLAN_NOTHING_DUE', severity: 'info', path: `metrics.${name}`, message: `${name} is not computed: no plan task is done or due by ${c.asOf} (${left})` });
    return undefined;
  }
  const part = kind === 'on-time-percent' ? onTime : onTime + late;
  const value = divide(HUNDRED.times(part), new Decimal(c.counted)).toString();
  const how = kind === 'on-time-percent' ? 'on time' : `done (${onTime} on time, ${late} late)`;
  return { value, source: 'plan', what: 'the plan', detail: `: ${part} of ${c.counted} counted tasks ${how} as of ${c.asOf}` };
}
