/** Checks an assessment against the set it is scored with: identity, level, and every key it names. */
import { formatPath, type Issue } from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import type { Plan } from './compile.js';
import { checkRounds } from './round-checks.js';

export function checkUnit(plan: Plan, a: Assessment, file: string | undefined): Issue[] {
  const out: Issue[] = [];
  const set = plan.set;
  const push = (path: PropertyKey[], code: string, message: string, severity: Issue['severity'] = 'error', nodeCode?: string) =>
    out.push({ code, severity, message, path: formatPath(path), ...(file !== undefined && { file }), ...(nodeCode !== undefined && { nodeCode }) });
  if (a.criteriaSet.id !== set.id) push(['criteriaSet', 'id'], 'SET_MISMATCH', `assessment is for criteria set "${a.criteriaSet.id}", scored with "${set.id}"`);
  else if (a.criteriaSet.version !== undefined && a.criteriaSet.version !== set.version) push(['criteriaSet', 'version'], 'SET_VERSION_MISMATCH', `assessment names version ${a.criteriaSet.version}, the set is version ${set.version}`, 'warning');
  if (!set.unitLevels.includes(a.unit.level)) push(['unit', 'level'], 'UNKNOWN_LEVEL', `level "${a.unit.level}" is not one of the set's unitLevels (${set.unitLevels.join(', ')})`);
  if (a.unit.type !== undefined && set.unitTypes && !set.unitTypes.includes(a.unit.type)) push(['unit', 'type'], 'UNKNOWN_UNIT_TYPE', `unit type "${a.unit.type}" is not one of the set's unitTypes (${set.unitTypes.join(', ')})`);
  if ((set.validFrom && `${a.year}-12-31` < set.validFrom) || (set.validTo && `${a.year}-01-01` > set.validTo)) {
    push(['year'], 'SET_NOT_IN_FORCE', `criteria set ${set.id} is valid ${set.validFrom ?? '…'} to ${set.validTo ?? '…'}, not in ${a.year}`, 'warning');
  }
  for (const key of Object.keys(a.metrics)) {
    if (!plan.metrics.has(key)) push(['metrics', key], 'UNKNOWN_METRIC', `metric "${key}" is not declared by criteria set ${set.id}; it is ignored`, 'warning');
  }
  for (const code in a.points) {
    const row = plan.rows.get(code);
    if (row?.kind !== 'manual') push(['points', code], 'POINTS_NOT_MANUAL', row ? `row ${code} is scored by its rule, not by entered points` : `no row has code "${code}"`, 'error', code);
  }
  for (const code in a.notApplicable) {
    const row = plan.rows.get(code);
    if (!row) push(['notApplicable', code], 'UNKNOWN_CODE', `no row has code "${code}"`, 'error', code);
    else if (!row.allowNotApplicable) push(['notApplicable', code], 'NOT_APPLICABLE_NOT_ALLOWED', `row ${code} may not be declared not applicable (the set does not allow it)`, 'error', code);
  }
  // Most assessments have no rounds, evidence or reports: skip the walk.
  if (a.rounds !== undefined || hasKeys(a.evidence) || hasKeys(a.reports)) out.push(...checkRounds(plan, a, file));
  return out;
}

function hasKeys(record: object | undefined): boolean {
  for (const _ in record) return true;
  return false;
}
