/** Index parts: each leaf belongs to exactly one part; codes named by a part exist. */
import type { PathIssue } from '../load/zod-issues.js';
import type { CriteriaSet, IndexPart } from '../schema/criteria-set.js';
import { flattenTree, type FlatNode } from './walk.js';

/** Leaf indexes (in `flat`) that a part selects. */
export function partLeaves(part: IndexPart, flat: readonly FlatNode[]): number[] {
  const codes = part.select.codes;
  const under = (i: number): boolean => {
    for (let k = i; k >= 0; k = flat[k]!.parent) if (codes!.includes(flat[k]!.node.code)) return true;
    return false;
  };
  const out: number[] = [];
  flat.forEach((f, i) => {
    if (!f.isLeaf) return;
    if (part.select.scoredBy && f.scoredBy !== part.select.scoredBy) return;
    if (codes && !under(i)) return;
    out.push(i);
  });
  return out;
}

export function validateParts(set: CriteriaSet): PathIssue[] {
  const parts = set.index?.parts;
  if (!parts) return [];
  const out: PathIssue[] = [];
  const flat = flattenTree(set.nodes);
  const known = new Set(flat.map((f) => f.node.code));
  const owner = new Map<number, number>();
  parts.forEach((part, p) => {
    const at = ['index', 'parts', p];
    if (!part.select.scoredBy && !part.select.codes) out.push({ path: [...at, 'select'], issue: { code: 'PART_EMPTY_SELECT', severity: 'error', message: 'select needs scoredBy or codes' } });
    part.select.codes?.forEach((c, i) => {
      if (!known.has(c)) out.push({ path: [...at, 'select', 'codes', i], issue: { code: 'UNKNOWN_CODE', severity: 'error', message: `no row has code "${c}"` } });
    });
    for (const leaf of partLeaves(part, flat)) {
      const prev = owner.get(leaf);
      if (prev !== undefined) {
        out.push({ path: [...at, 'select'], issue: { code: 'PART_OVERLAP', severity: 'error', message: `row ${flat[leaf]!.node.code} is in part "${parts[prev]!.id}" and in part "${part.id}"`, nodeCode: flat[leaf]!.node.code } });
      } else owner.set(leaf, p);
    }
  });
  flat.forEach((f, i) => {
    if (f.isLeaf && !owner.has(i)) out.push({ path: [...f.path], issue: { code: 'PART_UNCOVERED', severity: 'error', message: `row ${f.node.code} is in no index part`, nodeCode: f.node.code } });
  });
  const ids = new Set<string>();
  parts.forEach((part, p) => {
    if (ids.has(part.id)) out.push({ path: ['index', 'parts', p, 'id'], issue: { code: 'DUPLICATE_PART', severity: 'error', message: `part "${part.id}" is declared twice` } });
    ids.add(part.id);
  });
  return out;
}
