/** Parents and totals of a template's round column: live formulas over the effective points, cached with their value. */
import { Decimal } from '../decimal.js';
import type { Evaluation } from '../engine/evaluate.js';
import { ranges } from './score-sheet-rows.js';
import { LABELS } from './score-sheet-layout.js';
import { ROUNDS, TCOL, TOTAL_MARKS } from './template-layout.js';
import type { TemplatePlacement, TemplateRow } from './template-place.js';
import type { RowsContext } from './template-rows.js';

/** A parent sums its children's effective points; its own effective cell repeats it for its parent. */
export function writeParentSum(ctx: RowsContext, row: TemplateRow): void {
  const { cells } = ctx;
  const x = `${TCOL[ctx.round]}${row.r}`;
  const computed = cells.sum(row.children.map((c) => `${TCOL.effective}${c}`));
  cells.formula(x, `SUM(${ranges(TCOL.effective, row.children).join(',')})`, null, computed, ctx.format);
  cells.formula(`${TCOL.effective}${row.r}`, x, null, computed, ctx.format);
}

/** The tree total, bonus and penalty (capped) and the grand total, in the round column and the reference columns. */
export function writeTotals(ctx: RowsContext, place: TemplatePlacement, caps: { bonus?: string; penalty?: string }): void {
  const { cells } = ctx;
  const col = TCOL[ctx.round];
  const label = (r: number | undefined, mark: string, text: string) => {
    if (r === undefined) return;
    cells.text(`${TCOL.name}${r}`, text);
    cells.ws.getCell(`${TCOL.markCode}${r}`).value = mark;
    cells.ws.getRow(r).font = { name: 'Times New Roman', size: 11, bold: true };
  };
  const t = place.totals;
  label(t.tree, TOTAL_MARKS.tree, LABELS.treeTotal);
  label(t.bonus, TOTAL_MARKS.bonus, `${LABELS.bonus} (${LABELS.cap(caps.bonus ?? '')})`);
  label(t.penalty, TOTAL_MARKS.penalty, `${LABELS.penalty} (${LABELS.cap(caps.penalty ?? '')})`);
  label(t.total, TOTAL_MARKS.total, LABELS.total);
  const effective = (rows: readonly number[]) => ({ refs: ranges(TCOL.effective, rows).join(','), sum: cells.sum(rows.map((r) => `${TCOL.effective}${r}`)) });
  const tree = effective(place.roots);
  cells.formula(`${col}${t.tree}`, `SUM(${tree.refs})`, null, tree.sum, ctx.format);
  const group = (r: number | undefined, rows: readonly TemplateRow[], cap: string | undefined) => {
    if (r === undefined || cap === undefined) return;
    const g = effective(rows.map((x) => x.r));
    const v = g.sum.gt(cap) ? new Decimal(cap) : g.sum;
    cells.formula(`${col}${r}`, `MIN(SUM(${g.refs}),${cap})`, null, v, ctx.format);
  };
  group(t.bonus, place.bonus, caps.bonus);
  group(t.penalty, place.penalty, caps.penalty);
  const parts = [`${col}${t.tree}`, ...(t.bonus !== undefined ? [`+${col}${t.bonus}`] : []), ...(t.penalty !== undefined ? [`-${col}${t.penalty}`] : [])];
  const total = cells.valueOf(`${col}${t.tree}`)!
    .plus(t.bonus !== undefined ? cells.valueOf(`${col}${t.bonus}`)! : 0)
    .minus(t.penalty !== undefined ? cells.valueOf(`${col}${t.penalty}`)! : 0);
  cells.formula(`${col}${t.total}`, parts.join(''), null, total, ctx.format);
  for (const prev of ROUNDS.slice(0, ROUNDS.indexOf(ctx.round))) referenceTotals(ctx, place, prev, ctx.evals[prev]!);
}

function referenceTotals(ctx: RowsContext, place: TemplatePlacement, prev: keyof typeof TCOL & ('self' | 'appraisal1' | 'appraisal2'), e: Evaluation): void {
  const col = TCOL[prev];
  const t = place.totals;
  const put = (r: number | undefined, v: { toString(): string } | null | undefined) => {
    if (r === undefined) return;
    ctx.grey.add(`${col}${r}`);
    if (v !== null && v !== undefined) ctx.cells.number(`${col}${r}`, v.toString(), ctx.format);
  };
  put(t.tree, e.treePoints);
  put(t.bonus, e.bonus?.total.dec);
  put(t.penalty, e.penalty?.total.dec);
  put(t.total, e.points ?? (e.treePoints === null ? null : e.treePoints.plus(e.bonus?.total.dec ?? 0).minus(e.penalty?.total.dec ?? 0)));
}
