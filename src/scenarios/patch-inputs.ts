/** A scenario's other input changes: plan tasks done, points entered in a round, rows declared not applicable. */
import type { Plan } from '../engine/compile.js';
import { stageOf } from '../engine/entered.js';
import type { Assessment, Rounds } from '../schema/assessment.js';
import type { RoundName } from '../schema/rounds.js';
import type { Scenario } from '../schema/scenario.js';
import type { Report } from './scenario-issues.js';

/**
 * Marks plan tasks done on a day, or not done (null).
 * @example patchTasks(a, { '3': '2025-06-30' }, report).plan?.tasks[2]?.done // '2025-06-30'
 */
export function patchTasks(a: Assessment, tasks: Readonly<Record<string, string | null>>, report: Report): Assessment {
  const plan = a.plan;
  const ids = Object.keys(tasks);
  if (ids.length === 0) return a;
  if (plan === undefined) {
    report(['tasksDone'], 'NO_PLAN', `unit ${a.unit.id} has no plan in its assessment, so no task can be marked done`);
    return a;
  }
  const known = new Set(plan.tasks.map((t) => t.id));
  for (const id of ids) if (!known.has(id)) report(['tasksDone', id], 'UNKNOWN_TASK', `the plan has no task "${id}" (tasks: ${[...known].join(', ')})`);
  const changed = plan.tasks.map((t) => (Object.hasOwn(tasks, t.id) ? { ...t, done: tasks[t.id]! } : t));
  return { ...a, plan: { ...plan, tasks: changed } };
}

/**
 * Enters points for rows: in a round (default: the last round present), or as
 * the assessment's `points` for manual rows when it has no rounds.
 * @example patchPoints(plan, a, { rows: { '2.4': '1' } }, report).points['2.4'] // '1'
 */
export function patchPoints(plan: Plan, a: Assessment, points: NonNullable<Scenario['points']>, report: Report): Assessment {
  const stage = points.round ?? stageOf(a);
  const rows: Record<string, string> = {};
  for (const [code, value] of Object.entries(points.rows)) {
    const row = plan.rows.get(code);
    const at = ['points', 'rows', code];
    if (row === undefined) report(at, 'UNKNOWN_CODE', `no row has code "${code}"`, code);
    else if (row.children.length > 0) report(at, 'POINTS_ON_PARENT', `row ${code} is the sum of its children; enter points for its leaves`, code);
    else if (row.scoredBy === 'survey') report(at, 'POINTS_SURVEY_ROW', `row ${code} is scored by the survey; change the survey result it reads`, code);
    else if (stage === 'rules' && row.kind !== 'manual') report(at, 'POINTS_NOT_MANUAL', `row ${code} is scored by its rule (${row.kind ?? 'none'}); without rounds only manual rows take entered points: change the metrics it reads, or name a round`, code);
    else rows[code] = value;
  }
  if (stage === 'rules') return { ...a, points: { ...a.points, ...rows } };
  return { ...a, rounds: withRoundPoints(a.rounds ?? {}, stage, rows) };
}

function withRoundPoints(rounds: Rounds, name: RoundName, rows: Record<string, string>): Rounds {
  if (name === 'self') {
    const r = rounds.self ?? { points: {}, notes: {} };
    return { ...rounds, self: { ...r, points: { ...r.points, ...rows } } };
  }
  const r = rounds[name] ?? { points: {}, comments: {}, explanationRequired: [] };
  return { ...rounds, [name]: { ...r, points: { ...r.points, ...rows } } };
}

/**
 * Declares rows not applicable (with the reason), or withdraws a declaration (null).
 * @example patchNotApplicable(plan, a, { '2.1': 'không phát sinh' }, report).notApplicable['2.1'] // 'không phát sinh'
 */
export function patchNotApplicable(plan: Plan, a: Assessment, changes: Readonly<Record<string, string | null>>, report: Report): Assessment {
  const out = { ...a.notApplicable };
  for (const [code, reason] of Object.entries(changes)) {
    const row = plan.rows.get(code);
    const at = ['notApplicable', code];
    if (row === undefined) report(at, 'UNKNOWN_CODE', `no row has code "${code}"`, code);
    else if (reason === null) delete out[code];
    else if (!row.allowNotApplicable) report(at, 'NOT_APPLICABLE_NOT_ALLOWED', `row ${code} may not be declared not applicable (the set does not allow it)`, code);
    else out[code] = reason;
  }
  return { ...a, notApplicable: out };
}
