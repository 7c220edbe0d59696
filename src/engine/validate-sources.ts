/** Metric sources, the point step and workflow phases: references resolve and units fit. */
import { Decimal } from '../decimal.js';
import type { PathIssue } from '../load/zod-issues.js';
import type { CriteriaSet, MetricSource, RuleSpec, Workflow } from '../schema/criteria-set.js';
import { flattenTree } from './walk.js';

type Path = readonly (string | number)[];

/**
 * Checks `metrics.*.from`, `pointStep` and `workflow` of a schema-valid set.
 * @example validateSources(set) // [] when every source, step and phase is sound
 */
export function validateSources(set: CriteriaSet): PathIssue[] {
  const out: PathIssue[] = [];
  const push = (path: Path, code: string, message: string, severity: 'error' | 'warning' = 'error', nodeCode?: string) =>
    out.push({ path, issue: { code, severity, message, ...(nodeCode !== undefined && { nodeCode }) } });
  for (const [id, m] of Object.entries(set.metrics)) {
    if (m.from) checkSource(set, id, m.from, m.unit, push);
  }
  if (set.pointStep !== undefined) checkPointStep(set, new Decimal(set.pointStep), push);
  if (set.workflow) checkWorkflow(set, set.workflow, push);
  return out;
}

type Push = (path: Path, code: string, message: string, severity?: 'error' | 'warning', nodeCode?: string) => void;

function checkSource(set: CriteriaSet, id: string, from: MetricSource, unit: string, push: Push): void {
  const at = ['metrics', id, 'from'];
  if ('report' in from) {
    if (!(from.report in set.calendar.periods)) push([...at, 'report'], 'UNKNOWN_CALENDAR_REF', `period "${from.report}" is not declared in calendar.periods`);
    if (unit !== 'date') push(at, 'METRIC_SOURCE_UNIT', `metric "${id}" is the day the report for period ${from.report} was sent, so its unit must be date, not ${unit}`);
  } else if (unit !== 'percent') {
    push(at, 'METRIC_SOURCE_UNIT', `metric "${id}" is a share of plan tasks (${from.plan}), so its unit must be percent, not ${unit}`);
  }
}

function checkPointStep(set: CriteriaSet, step: Decimal, push: Push): void {
  if (step.isZero()) {
    push(['pointStep'], 'POINT_STEP_INVALID', 'pointStep must be greater than 0');
    return;
  }
  const leaves: { code: string; maxPoints: string; rule?: RuleSpec | undefined; path: Path }[] = flattenTree(set.nodes)
    .filter((f) => f.isLeaf)
    .map((f) => ({ ...f.node, path: f.path }));
  for (const group of ['bonus', 'penalty'] as const) {
    set.adjustments?.[group]?.items.forEach((item, i) => leaves.push({ ...item, path: ['adjustments', group, 'items', i] }));
  }
  for (const row of leaves) {
    // A manual rule's own step wins on its row, and that rule checks the maximum against it.
    if (row.rule?.kind === 'manual' && row.rule['step'] !== undefined) continue;
    if (!new Decimal(row.maxPoints).mod(step).isZero()) {
      push([...row.path, 'maxPoints'], 'POINT_STEP_MISMATCH', `maxPoints ${row.maxPoints} of row ${row.code} is not a multiple of pointStep ${set.pointStep}`, 'warning', row.code);
    }
  }
}

const PHASES = ['self', 'appraisal1', 'explanation', 'appraisal2'] as const;

function checkWorkflow(set: CriteriaSet, workflow: Workflow, push: Push): void {
  for (const phase of PHASES) {
    const p = workflow[phase];
    if (!p) continue;
    if (p.due && 'deadline' in p.due && !(p.due.deadline in set.calendar.deadlines)) {
      push(['workflow', phase, 'due', 'deadline'], 'UNKNOWN_CALENDAR_REF', `deadline "${p.due.deadline}" is not declared in calendar.deadlines`);
    }
    if (phase === 'self' && p.withinDays !== undefined) {
      push(['workflow', 'self', 'withinDays'], 'WORKFLOW_INVALID', 'the self-assessment is the first round, so withinDays (days after the previous round) has nothing to count from; use due');
    }
  }
}
