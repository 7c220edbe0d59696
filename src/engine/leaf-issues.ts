/** Issues from scored rows: missing and invalid inputs, and rows scored 0 by policy. */
import { formatPath, type Issue } from '../errors.js';
import type { Outcome } from '../rules/types.js';
import type { Plan, PlanNode } from './compile.js';
import { ZERO_POLICY_NOTE, type AdjustmentEval } from './evaluate.js';

export function leafIssues(plan: Plan, outcomes: readonly (Outcome | undefined)[], bonus: AdjustmentEval | null, penalty: AdjustmentEval | null, file: string | undefined): Issue[] {
  const out: Issue[] = [];
  const visit = (node: PlanNode, o: Outcome | undefined) => {
    if (!o) return;
    const base = { nodeCode: node.code, ...(file !== undefined && { file }) };
    if (o.status === 'missing-input') {
      for (const m of o.missing) {
        out.push({ ...base, code: 'INPUT_MISSING', severity: 'error', path: m.startsWith('points.') ? formatPath(['points', node.code]) : formatPath(['metrics', m]), message: `row ${node.code} needs ${m.startsWith('points.') ? 'points entered by an assessor' : `metric "${m}"`}` });
      }
    } else if (o.status === 'invalid-input') {
      for (const p of o.problems) {
        const path = p.metric === undefined ? 'metrics' : p.metric.startsWith('points.') ? formatPath(['points', node.code]) : formatPath(['metrics', p.metric]);
        out.push({ ...base, code: p.code, severity: 'error', path, message: `row ${node.code}: ${p.message}` });
      }
    } else if (o.status === 'scored' && o.notes?.includes(ZERO_POLICY_NOTE)) {
      out.push({ ...base, code: 'INPUT_MISSING_SCORED_ZERO', severity: 'warning', path: 'metrics', message: `row ${node.code} scored 0: ${o.branch}` });
    }
  };
  plan.nodes.forEach((node, i) => visit(node, outcomes[i]));
  plan.bonus?.items.forEach((node, i) => visit(node, bonus?.outcomes[i]));
  plan.penalty?.items.forEach((node, i) => visit(node, penalty?.outcomes[i]));
  return out;
}
