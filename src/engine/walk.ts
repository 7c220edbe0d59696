/** Flattens the criteria tree in document order, resolving inherited fields. */
import type { CriteriaNode, CriteriaSet } from '../schema/criteria-set.js';

export interface FlatNode {
  readonly node: CriteriaNode;
  readonly path: readonly (string | number)[];
  /** Index of the parent in the flat list; -1 for an area (top-level row). */
  readonly parent: number;
  readonly depth: number;
  readonly scoredBy: 'self' | 'survey';
  readonly isLeaf: boolean;
  /** Indexes of the children in the flat list. */
  readonly children: number[];
}

export function flattenTree(nodes: readonly CriteriaNode[]): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (list: readonly CriteriaNode[], base: readonly (string | number)[], key: string, parent: number, depth: number, inherited: 'self' | 'survey') => {
    list.forEach((node, i) => {
      const children = node.children ?? [];
      const flat: FlatNode = {
        node,
        path: [...base, key, i],
        parent,
        depth,
        scoredBy: node.scoredBy ?? inherited,
        isLeaf: children.length === 0,
        children: [],
      };
      const index = out.push(flat) - 1;
      if (parent >= 0) out[parent]!.children.push(index);
      visit(children, flat.path, 'children', index, depth + 1, flat.scoredBy);
    });
  };
  visit(nodes, [], 'nodes', -1, 0, 'self');
  return out;
}

/** Top-level and adjustment rows, each with its path, for code uniqueness checks. */
export function allRows(set: CriteriaSet): { code: string; path: readonly (string | number)[] }[] {
  const rows: { code: string; path: readonly (string | number)[] }[] = flattenTree(set.nodes).map((f) => ({ code: f.node.code, path: f.path }));
  for (const group of ['bonus', 'penalty'] as const) {
    set.adjustments?.[group]?.items.forEach((item, i) => rows.push({ code: item.code, path: ['adjustments', group, 'items', i] }));
  }
  return rows;
}
