/** Which rows read which metric, with each row's rule: target seeking and Monte Carlo re-score only those rows. */
import type { Plan, PlanNode } from '../engine/compile.js';
import { flattenTree } from '../engine/walk.js';
import { RuleRegistry } from '../rules/registry.js';
import type { RuleSpec } from '../schema/criteria-set.js';

/** A scored row: a leaf of the tree (`leaf` its plan index) or a bonus/penalty item (`leaf` −1). */
export interface RowRef {
  readonly node: PlanNode;
  readonly leaf: number;
  readonly adjustment: 'bonus' | 'penalty' | undefined;
  readonly rule: RuleSpec;
}

/** Every rule-scored row, with the metrics it reads. */
export function scoredRows(plan: Plan, rules: RuleRegistry = RuleRegistry.builtIn()): { row: RowRef; reads: string[] }[] {
  const out: { row: RowRef; reads: string[] }[] = [];
  const add = (row: RowRef) => {
    const kind = rules.get(row.rule.kind);
    const reads = kind ? kind.reads(kind.schema.parse(row.rule)).map((u) => u.metric) : [];
    out.push({ row, reads: [...new Set(reads)] });
  };
  flattenTree(plan.set.nodes).forEach((f, i) => {
    if (f.isLeaf && f.node.rule) add({ node: plan.nodes[i]!, leaf: i, adjustment: undefined, rule: f.node.rule });
  });
  for (const key of ['bonus', 'penalty'] as const) {
    plan.set.adjustments?.[key]?.items.forEach((item, k) => {
      const node = plan[key]!.items[k]!;
      if (item.rule) add({ node, leaf: -1, adjustment: key, rule: item.rule });
    });
  }
  return out;
}

/** Rows by the metric they read. */
export function rowsByMetric(plan: Plan, rules?: RuleRegistry): Map<string, RowRef[]> {
  const map = new Map<string, RowRef[]>();
  for (const { row, reads } of scoredRows(plan, rules)) {
    for (const m of reads) {
      const list = map.get(m);
      if (list) list.push(row);
      else map.set(m, [row]);
    }
  }
  return map;
}
