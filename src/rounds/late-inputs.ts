/**
 * Inputs dated after their phase closed: a round dated after its deadline, and
 * evidence dated after the phase it was sent with. Deadlines come from the set's
 * `workflow`: a fixed `due`, or `withinDays` after the previous round's date
 * (which wins when that date is known).
 */
import { plusDays, resolveDue } from '../rules/due.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet, Workflow } from '../schema/criteria-set.js';
import type { LateInput } from '../schema/rounds.js';

type Phase = keyof Workflow;
const PHASES: readonly Phase[] = ['self', 'appraisal1', 'explanation', 'appraisal2'];

/** Whole days from `due` to `date`, both `YYYY-MM-DD` read as UTC days (no time zone can shift them). */
const days = (date: string, due: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);

/** The day each phase closes for this assessment, when the set says. */
export function phaseDeadlines(set: CriteriaSet, a: Assessment): Partial<Record<Phase, string>> {
  const out: Partial<Record<Phase, string>> = {};
  const w = set.workflow;
  if (!w) return out;
  let previous: string | undefined;
  for (const phase of PHASES) {
    const p = w[phase];
    if (p?.withinDays !== undefined && previous !== undefined) out[phase] = plusDays(previous, p.withinDays);
    else if (p?.due !== undefined) out[phase] = resolveDue(p.due, set.calendar, a.year);
    const date = a.rounds?.[phase]?.date;
    if (date !== undefined) previous = date;
  }
  return out;
}

/**
 * Late rounds and late evidence, in phase order.
 * @example lateInputs(set, a) // [{ phase: 'self', code: null, date: '2026-01-20', due: '2026-01-15', daysLate: 5 }]
 */
export function lateInputs(set: CriteriaSet, a: Assessment): LateInput[] {
  const due = phaseDeadlines(set, a);
  const out: LateInput[] = [];
  const check = (phase: LateInput['phase'], code: string | null, date: string | undefined, by: string | undefined) => {
    if (date === undefined || by === undefined || date <= by) return;
    out.push({ phase, code, date, due: by, daysLate: days(date, by) });
  };
  for (const phase of PHASES) {
    check(phase, null, a.rounds?.[phase]?.date, due[phase]);
    if (phase === 'self') for (const [code, docs] of Object.entries(a.evidence)) for (const d of docs) check('evidence', code, d.date, due.self);
    if (phase === 'explanation') {
      for (const [code, row] of Object.entries(a.rounds?.explanation?.rows ?? {})) for (const d of row.evidence) check('evidence', code, d.date, due.explanation);
    }
  }
  return out;
}
