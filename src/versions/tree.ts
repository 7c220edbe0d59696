/** Finding rows of a (copied, mutable) criteria tree by code. */
import type { CriteriaNode } from '../schema/criteria-set.js';

export interface RowSlot {
  /** The list holding the row (the top-level `nodes` or a parent's `children`). */
  readonly list: CriteriaNode[];
  readonly index: number;
  readonly node: CriteriaNode;
  /** Code of the parent row; undefined for a top-level row. */
  readonly parent: string | undefined;
}

/** The slot of the row with `code`, searching the whole tree depth first. */
export function findRow(nodes: CriteriaNode[], code: string, parent?: string): RowSlot | undefined {
  for (const [index, node] of nodes.entries()) {
    if (node.code === code) return { list: nodes, index, node, parent };
    const inner = node.children && findRow(node.children, code, node.code);
    if (inner) return inner;
  }
  return undefined;
}

/** Every code in a subtree, the root's first. */
export function subtreeCodes(node: CriteriaNode): string[] {
  return [node.code, ...(node.children ?? []).flatMap(subtreeCodes)];
}
