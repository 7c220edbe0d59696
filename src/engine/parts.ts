/** Optional index parts (e.g. an optional survey): left out, and the other parts rescaled, when a unit has no input for them. */
import type { Issue } from '../errors.js';
import { MISSING, NOT_APPLICABLE } from '../rules/types.js';
import type { Plan } from './compile.js';
import { PART_OMITTED, ZEROED } from './evaluate.js';

/**
 * An optional part (e.g. the survey) with no input for any of its rows is
 * dropped: its rows become not applicable and the other parts are rescaled.
 * Returns whether any part was dropped.
 */
export function omitOptionalParts(plan: Plan, status: Uint8Array, reason: Uint8Array, issues: Issue[]): boolean {
  let any = false;
  for (const part of plan.parts!) {
    if (!part.optional) continue;
    const live = part.leaves.filter((i) => status[i] !== NOT_APPLICABLE);
    if (live.length === 0 || !live.every((i) => status[i] === MISSING || reason[i] === ZEROED)) continue;
    any = true;
    const codes = new Set(live.map((i) => plan.nodes[i]!.code));
    // The rows' missing inputs are not errors any more: the part is simply absent.
    for (let k = issues.length - 1; k >= 0; k--) if (issues[k]!.code.startsWith('INPUT_MISSING') && codes.has(issues[k]!.nodeCode ?? '')) issues.splice(k, 1);
    issues.push({ code: 'PART_OMITTED', severity: 'info', path: 'metrics', message: `part "${part.id}" has no input for any of its ${live.length} rows: left out, the other parts rescaled` });
    for (const i of live) (status[i] = NOT_APPLICABLE), (reason[i] = PART_OMITTED);
  }
  return any;
}
