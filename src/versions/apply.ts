/** Applies an edition's row changes, in order, to a copy of the base's tree. */
import type { PathIssue } from '../load/zod-issues.js';
import type { CriteriaNode } from '../schema/criteria-set.js';
import type { RowChange } from '../schema/edition.js';
import { findRow, subtreeCodes } from './tree.js';

/** Which change last touched each row code: the row itself, or (`parentOf`) one of its children. */
export interface Touched {
  readonly own: Map<string, number>;
  readonly parentOf: Map<string, number>;
}

interface Ctx {
  readonly nodes: CriteriaNode[];
  readonly base: string;
  readonly issues: PathIssue[];
  readonly touched: Touched;
}

/** Mutates `nodes` (a copy); returns the problems found and which change touched which row. */
export function applyChanges(nodes: CriteriaNode[], changes: readonly RowChange[], base: string): { issues: PathIssue[]; touched: Touched } {
  const ctx: Ctx = { nodes, base, issues: [], touched: { own: new Map(), parentOf: new Map() } };
  changes.forEach((change, i) => apply(ctx, change, i));
  return { issues: ctx.issues, touched: ctx.touched };
}

function apply(ctx: Ctx, change: RowChange, i: number): void {
  if (change.op === 'add') return add(ctx, change, i);
  const slot = findRow(ctx.nodes, change.code);
  if (!slot) return unknown(ctx, i, 'code', change.code);
  if (slot.parent !== undefined) ctx.touched.parentOf.set(slot.parent, i);
  if (change.op === 'remove') {
    slot.list.splice(slot.index, 1);
    return;
  }
  const { op: _op, code: _code, ...fields } = change;
  Object.assign(slot.node, fields);
  ctx.touched.own.set(change.code, i);
}

function add(ctx: Ctx, change: Extract<RowChange, { op: 'add' }>, i: number): void {
  const list = parentList(ctx, change.parent, i);
  if (!list) return;
  const clash = subtreeCodes(change.node).find((code) => findRow(ctx.nodes, code));
  if (clash !== undefined) {
    const where = clash === change.node.code ? ['node', 'code'] : ['node'];
    ctx.issues.push(problem(i, where, 'DUPLICATE_CODE', `code "${clash}" is already used by a row of the set; remove that row first or pick another code`, clash));
    return;
  }
  let at = list.length;
  if (change.after !== undefined) {
    const index = list.findIndex((n) => n.code === change.after);
    if (index < 0) return void ctx.issues.push(problem(i, ['after'], 'UNKNOWN_CODE', `no row "${change.after}" ${change.parent === undefined ? 'at the top level' : `under ${change.parent}`} in base ${ctx.base}`, change.after));
    at = index + 1;
  }
  list.splice(at, 0, structuredClone(change.node));
  for (const code of subtreeCodes(change.node)) ctx.touched.own.set(code, i);
  if (change.parent !== undefined) ctx.touched.parentOf.set(change.parent, i);
}

/** The list a new row goes into; undefined (with an issue) when the parent is unknown or a leaf. */
function parentList(ctx: Ctx, parent: string | undefined, i: number): CriteriaNode[] | undefined {
  if (parent === undefined) return ctx.nodes;
  const slot = findRow(ctx.nodes, parent);
  if (!slot) return void unknown(ctx, i, 'parent', parent);
  if (!slot.node.children?.length) {
    const msg = `row ${parent} is a leaf (it is scored by its rule), so it cannot take children; first change it into a parent (op: remove it and add it again with children)`;
    return void ctx.issues.push(problem(i, ['parent'], 'ADD_UNDER_LEAF', msg, parent));
  }
  return slot.node.children;
}

function unknown(ctx: Ctx, i: number, key: string, code: string): void {
  ctx.issues.push(problem(i, [key], 'UNKNOWN_CODE', `no row "${code}" in base ${ctx.base}`, code));
}

function problem(i: number, path: (string | number)[], code: string, message: string, nodeCode: string): PathIssue {
  return { path: ['changes', i, ...path], issue: { code, severity: 'error', message, nodeCode } };
}
