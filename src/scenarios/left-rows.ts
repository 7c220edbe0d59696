/** The rows points can be lost on: tree leaves, bonus items (points not earned) and penalty items (points taken). */
import type { Plan, PlanNode } from '../engine/compile.js';
import type { Evaluation } from '../engine/evaluate.js';
import { formatUnits, itemPoints, nodePoints } from '../engine/result.js';
import type { CriteriaSet, RuleSpec } from '../schema/criteria-set.js';
import { flattenTree } from '../engine/walk.js';

export interface RowRef {
  readonly node: PlanNode;
  readonly area: string;
  readonly rule: RuleSpec | undefined;
  /** 1 for rows that add points, −1 for penalty items (fewer points is better). */
  readonly sign: 1 | -1;
  status(e: Evaluation): number;
  points(e: Evaluation): string | null;
  /** The most the row can be worth to the unit (its applicable maximum; 0 for a penalty). */
  best(e: Evaluation): string;
}

const rules = new WeakMap<CriteriaSet, Map<string, RuleSpec | undefined>>();

function ruleOf(set: CriteriaSet, code: string): RuleSpec | undefined {
  let map = rules.get(set);
  if (!map) {
    map = new Map(flattenTree(set.nodes).map((f) => [f.node.code, f.node.rule]));
    for (const it of [...(set.adjustments?.bonus?.items ?? []), ...(set.adjustments?.penalty?.items ?? [])]) map.set(it.code, it.rule);
    rules.set(set, map);
  }
  return map.get(code);
}

/**
 * Every leaf in tree order, then bonus and penalty items.
 * @example leftRows(plan).map((r) => r.node.code) // ['1.1.1', …, 'T1', 'P1']
 */
export function leftRows(plan: Plan): RowRef[] {
  const areaOf = (i: number): string => {
    let k = i;
    while (plan.nodes[k]!.parent >= 0) k = plan.nodes[k]!.parent;
    return plan.nodes[k]!.code;
  };
  const leaves: RowRef[] = plan.leaves.map((i) => ({
    node: plan.nodes[i]!,
    area: areaOf(i),
    rule: ruleOf(plan.set, plan.nodes[i]!.code),
    sign: 1,
    status: (e) => e.status[i]!,
    points: (e) => nodePoints(e, i),
    best: (e) => formatUnits(e.applicableUnits[i]!),
  }));
  const items = (key: 'bonus' | 'penalty'): RowRef[] =>
    (plan[key]?.items ?? []).map((node, k) => ({
      node,
      area: key,
      rule: ruleOf(plan.set, node.code),
      sign: key === 'bonus' ? 1 : -1,
      status: (e) => e[key]!.status[k]!,
      points: (e) => itemPoints(e[key], k),
      best: () => (key === 'bonus' ? node.maxText : '0'),
    }));
  return [...leaves, ...items('bonus'), ...items('penalty')];
}
