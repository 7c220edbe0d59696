/** Issues found in a resolved set, moved to the edition change that caused them, or marked as inherited. */
import { formatPath, type Issue } from '../errors.js';
import { flattenTree, type FlatNode } from '../engine/walk.js';
import { parsePath } from '../load/locate.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { Edition } from '../schema/edition.js';
import type { Touched } from './apply.js';

interface Ctx {
  readonly edition: Edition;
  readonly resolved: CriteriaSet;
  readonly touched: Touched;
  readonly base: string;
  readonly file: string | undefined;
}

type Segments = (string | number)[];

export function toEditionIssues(issues: readonly Issue[], ctx: Ctx): Issue[] {
  const rows = new Map(flattenTree(ctx.resolved.nodes).map((f) => [formatPath(f.path), f] as const));
  return issues.map((issue) => {
    const segs = parsePath(issue.path) ?? [];
    const target = segs[0] === 'nodes' ? fromRow(issue, segs, rows, ctx) : fromField(segs, ctx);
    if (!target) return { ...issue, message: `${issue.message} (inherited from base ${ctx.base})` };
    return { ...issue, path: formatPath(target.path), message: `${issue.message}${target.note ?? ''}`, ...(ctx.file !== undefined && { file: ctx.file }) };
  });
}

/** A top-level field the edition itself declares keeps its path. */
function fromField(segs: Segments, ctx: Ctx): { path: Segments; note?: string } | undefined {
  let value: unknown = ctx.edition;
  for (const seg of segs.slice(0, 2)) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[seg];
  return value === undefined ? undefined : { path: segs };
}

function fromRow(issue: Issue, segs: Segments, rows: Map<string, FlatNode>, ctx: Ctx): { path: Segments; note?: string } | undefined {
  let k = segs.length;
  while (k > 0 && !rows.has(formatPath(segs.slice(0, k)))) k--;
  const row = rows.get(formatPath(segs.slice(0, k)));
  if (!row) return undefined;
  const rest = segs.slice(k);
  const own = ctx.touched.own.get(row.node.code);
  const change = own === undefined ? undefined : ctx.edition.changes[own];
  if (own !== undefined && change?.op === 'add') {
    const root = rows.get(formatPath(pathOf(rows, change.node.code)));
    return { path: ['changes', own, 'node', ...segs.slice(root?.path.length ?? segs.length)] };
  }
  if (own !== undefined && change) {
    const key = rest[0];
    return { path: ['changes', own, ...(typeof key === 'string' && key in change ? rest : [])] };
  }
  const viaChild = ctx.touched.parentOf.get(row.node.code);
  if (viaChild === undefined) return undefined;
  return { path: ['changes', viaChild], note: ` (this change is to a child of ${row.node.code}; ${issue.path} in the resolved set)` };
}

function pathOf(rows: Map<string, FlatNode>, code: string): readonly (string | number)[] {
  for (const f of rows.values()) if (f.node.code === code) return f.path;
  return [];
}
