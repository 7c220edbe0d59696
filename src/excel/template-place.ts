/** Where each criteria row, bonus and penalty item and total of a template goes: one sheet row each, in order. */
import type { Plan, PlanNode } from '../engine/compile.js';
import { applicability, BY_RULE } from '../engine/evaluate.js';
import type { Assessment } from '../schema/assessment.js';
import { roman } from './score-sheet-layout.js';
import { T_FIRST_ROW, TOTAL_MARKS } from './template-layout.js';

export interface TemplateRow {
  /** Sheet row. */
  readonly r: number;
  readonly node: PlanNode;
  readonly kind: 'row' | 'bonus' | 'penalty';
  /** Index in plan.nodes (tree rows) or in the adjustment's items. */
  readonly index: number;
  readonly depth: number;
  readonly stt: string;
  /** Sheet rows of the children (tree parents only). */
  readonly children: readonly number[];
  /** The row does not apply to this unit's level or type (or its parent does not): nothing to enter. */
  readonly excluded: boolean;
}

export interface TemplatePlacement {
  readonly tree: readonly TemplateRow[];
  readonly bonus: readonly TemplateRow[];
  readonly penalty: readonly TemplateRow[];
  /** Sheet rows of the total rows, by marker. */
  readonly totals: Readonly<Record<keyof typeof TOTAL_MARKS, number | undefined>>;
  readonly roots: readonly number[];
  readonly lastRow: number;
}

/**
 * Numbers the rows: the tree in pre-order, the tree total, bonus items under their total, penalty items, the grand total.
 * @example placeRows(plan, assessment).tree[0].r // 8
 */
export function placeRows(plan: Plan, a: Assessment): TemplatePlacement {
  const excluded: boolean[] = [];
  const depth: number[] = [];
  const siblings = new Map<number, number>();
  const tree = plan.nodes.map((node, i): TemplateRow => {
    const p = node.parent;
    depth[i] = p < 0 ? 0 : depth[p]! + 1;
    excluded[i] = (p >= 0 && excluded[p]!) || applicability(node, a, false) !== BY_RULE;
    const k = (siblings.get(p) ?? 0) + 1;
    siblings.set(p, k);
    return {
      r: T_FIRST_ROW + i, node, kind: 'row', index: i, depth: depth[i]!, stt: p < 0 ? roman(k) : String(k),
      children: node.children.map((c) => T_FIRST_ROW + c), excluded: excluded[i]!,
    };
  });
  let r = T_FIRST_ROW + tree.length;
  const treeTotal = r++;
  const items = (kind: 'bonus' | 'penalty', list: readonly PlanNode[] | undefined) => {
    if (list === undefined) return { head: undefined, rows: [] };
    const head = r++;
    const rows = list.map((node, k): TemplateRow => ({
      r: r++, node, kind, index: k, depth: 1, stt: String(k + 1), children: [], excluded: applicability(node, a, false) !== BY_RULE,
    }));
    return { head, rows };
  };
  const bonus = items('bonus', plan.bonus?.items);
  const penalty = items('penalty', plan.penalty?.items);
  const total = r;
  return {
    tree,
    bonus: bonus.rows,
    penalty: penalty.rows,
    totals: { tree: treeTotal, bonus: bonus.head, penalty: penalty.head, total },
    roots: plan.roots.map((i) => T_FIRST_ROW + i),
    lastRow: total,
  };
}
