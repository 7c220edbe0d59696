/** Checks the rounds, evidence and reports of an assessment against the set: every row code they name, and the order of rounds. */
import { formatPath, type Issue } from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import type { Plan } from './compile.js';
import { ROUND_LABELS, ROUND_NAMES } from './entered.js';

type Push = (path: PropertyKey[], code: string, message: string, severity?: Issue['severity'], nodeCode?: string) => void;

/**
 * Points may be entered for leaves scored by the unit (tree rows and bonus/penalty items):
 * a parent is the sum of its children and a survey row comes from the survey results.
 */
function checkPoints(plan: Plan, a: Assessment, push: Push): void {
  for (const round of ROUND_NAMES) {
    const points = a.rounds?.[round]?.points;
    for (const code of Object.keys(points ?? {})) {
      const row = plan.rows.get(code);
      const at = ['rounds', round, 'points', code];
      if (!row) push(at, 'UNKNOWN_CODE', `${ROUND_LABELS[round]}: no row has code "${code}"`, 'error', code);
      else if (row.children.length > 0) push(at, 'POINTS_ON_PARENT', `${ROUND_LABELS[round]}: row ${code} is the sum of its sub-criteria; enter points on them`, 'error', code);
      else if (row.scoredBy === 'survey') push(at, 'POINTS_ON_SURVEY_ROW', `${ROUND_LABELS[round]}: row ${code} is scored from the survey results, not entered`, 'error', code);
    }
  }
}

/** Texts and evidence for codes that are not rows are kept but reported: a typo would hide them from the sheet. */
function checkCodes(plan: Plan, a: Assessment, push: Push): void {
  const named: [PropertyKey[], string][] = [];
  const r = a.rounds;
  for (const code of Object.keys(r?.self?.notes ?? {})) named.push([['rounds', 'self', 'notes', code], code]);
  for (const round of ['appraisal1', 'appraisal2'] as const) {
    for (const code of Object.keys(r?.[round]?.comments ?? {})) named.push([['rounds', round, 'comments', code], code]);
    (r?.[round]?.explanationRequired ?? []).forEach((code, i) => named.push([['rounds', round, 'explanationRequired', i], code]));
  }
  for (const code of Object.keys(r?.explanation?.rows ?? {})) named.push([['rounds', 'explanation', 'rows', code], code]);
  for (const code of Object.keys(a.evidence)) named.push([['evidence', code], code]);
  for (const [at, code] of named) if (!plan.rows.has(code)) push(at, 'UNKNOWN_CODE', `no row has code "${code}"`, 'warning', code);
}

/** Rounds come in order: appraisal 1 before the explanation, the explanation before appraisal 2, dates not going back. */
function checkOrder(a: Assessment, push: Push): void {
  const r = a.rounds;
  if (!r) return;
  if (r.explanation && !r.appraisal1) push(['rounds', 'explanation'], 'ROUND_ORDER', 'an explanation answers appraisal 1, which the file does not have', 'warning');
  if (r.appraisal2 && !r.appraisal1) push(['rounds', 'appraisal2'], 'ROUND_ORDER', 'appraisal 2 without appraisal 1', 'warning');
  const dated = (['self', 'appraisal1', 'explanation', 'appraisal2'] as const).flatMap((k) => (r[k]?.date ? [[k, r[k].date] as const] : []));
  for (let i = 1; i < dated.length; i++) {
    const [prev, pd] = dated[i - 1]!;
    const [name, d] = dated[i]!;
    if (d < pd) push(['rounds', name, 'date'], 'ROUND_DATE_ORDER', `${name} is dated ${d}, before ${prev} (${pd})`, 'warning');
  }
}

/** Issues about rounds, evidence and reports; none when the assessment has none of them. */
export function checkRounds(plan: Plan, a: Assessment, file: string | undefined): Issue[] {
  const out: Issue[] = [];
  const push: Push = (path, code, message, severity = 'error', nodeCode) =>
    out.push({ code, severity, message, path: formatPath(path), ...(file !== undefined && { file }), ...(nodeCode !== undefined && { nodeCode }) });
  checkPoints(plan, a, push);
  checkCodes(plan, a, push);
  checkOrder(a, push);
  for (const period of Object.keys(a.reports)) {
    if (!(period in plan.set.calendar.periods)) push(['reports', period], 'UNKNOWN_PERIOD', `"${period}" is not a reporting period of criteria set ${plan.set.id} (${Object.keys(plan.set.calendar.periods).join(', ') || 'none declared'})`, 'warning');
  }
  return out;
}
