/** The criteria rows of a template: labels, reference columns, the round's input cells and the hidden markers. */
import type { DataValidation } from 'exceljs';
import type { Evaluation } from '../engine/evaluate.js';
import { DECLARED_NA, NOT_APPLICABLE } from '../engine/evaluate.js';
import { itemPoints, nodePoints } from '../engine/result.js';
import type { Assessment } from '../schema/assessment.js';
import type { RuleSpec } from '../schema/criteria-set.js';
import type { RoundName } from '../schema/rounds.js';
import { cellDecimal } from './template-sheets.js';
import { YES } from './layout.js';
import type { SheetCells } from './score-sheet-cells.js';
import { NOT_APPLICABLE_TEXT, ROUNDS, TCOL, TEMPLATE_SHEETS } from './template-layout.js';
import type { TemplateRow } from './template-place.js';

export interface RowsContext {
  readonly cells: SheetCells;
  readonly a: Assessment;
  readonly round: RoundName;
  /** The round itself, and each round before it (reference columns). */
  readonly evals: Partial<Record<RoundName, Evaluation>>;
  /** Each leaf's points when the round leaves it blank: the previous round's, else the rule's. */
  readonly fallback: Evaluation;
  readonly rules: ReadonlyMap<string, RuleSpec | undefined>;
  readonly format: string;
  /** Typed points: the set's decimals, and up to four more when typed (0.125 is not shown as 0.13). */
  readonly inputFormat: string;
  /** Cells typed in by the user (unlocked). */
  readonly unlocked: Set<string>;
  /** Cells greyed (not applicable, survey, reference). */
  readonly grey: Set<string>;
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined => (record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined);

/** A row's points in an evaluation (tree node or adjustment item). */
export function pointsIn(e: Evaluation, row: TemplateRow): string | null {
  return row.kind === 'row' ? nodePoints(e, row.index) : itemPoints(e[row.kind], row.index);
}

function statusIn(e: Evaluation, row: TemplateRow): { na: boolean; declared: boolean } {
  const status = row.kind === 'row' ? e.status[row.index] : e[row.kind]?.status[row.index];
  const reason = row.kind === 'row' ? e.reason[row.index] : e[row.kind]?.reason[row.index];
  return { na: status === NOT_APPLICABLE, declared: status === NOT_APPLICABLE && reason === DECLARED_NA };
}

/** Labels, maximum, markers, texts and the reference columns of every row; the round column comes after (children first). */
export function writeRowLabels(ctx: RowsContext, row: TemplateRow): void {
  const { cells, a } = ctx;
  const r = row.r;
  const code = row.node.code;
  cells.text(`${TCOL.stt}${r}`, row.stt);
  cells.text(`${TCOL.code}${r}`, code);
  cells.text(`${TCOL.name}${r}`, row.node.name);
  cells.ws.getCell(`${TCOL.name}${r}`).alignment = { wrapText: true, vertical: 'top', indent: row.depth };
  cells.number(`${TCOL.max}${r}`, row.node.maxText, ctx.format);
  cells.ws.getCell(`${TCOL.markCode}${r}`).value = code;
  cells.ws.getCell(`${TCOL.markMax}${r}`).value = row.node.maxText;
  const docs = own(a.evidence, code)?.length ?? 0;
  cells.ws.getCell(`${TCOL.evidence}${r}`).value = { formula: `COUNTIF('${TEMPLATE_SHEETS.evidence}'!$A:$A,${TCOL.code}${r})`, result: docs };
  for (const prev of ROUNDS.slice(0, ROUNDS.indexOf(ctx.round))) writeReference(ctx, row, prev);
  const na = own(a.notApplicable, code);
  if (row.node.allowNotApplicable && !row.excluded) input(ctx, `${TCOL.na}${r}`, ctx.round === 'self');
  cells.text(`${TCOL.na}${r}`, na ?? null);
  // Appraisal 2 also shows the unit's explanation (giải trình) after appraisal 1; the column is read only in self-assessment.
  const explained = ctx.round === 'appraisal2' ? own(a.rounds?.explanation?.rows, code)?.text : undefined;
  const notes = [own(a.rounds?.self?.notes, code), explained !== undefined ? `Giải trình: ${explained}` : undefined].filter((t) => t !== undefined).join('\n');
  cells.text(`${TCOL.notes}${r}`, notes === '' ? null : notes);
  input(ctx, `${TCOL.notes}${r}`, ctx.round === 'self');
  if (ctx.round === 'self') return;
  const round = a.rounds?.[ctx.round];
  cells.text(`${TCOL.comments}${r}`, own(round?.comments, code) ?? null);
  input(ctx, `${TCOL.comments}${r}`, true);
  cells.text(`${TCOL.explain}${r}`, round?.explanationRequired.includes(code) === true ? YES : null);
  input(ctx, `${TCOL.explain}${r}`, true);
  cells.ws.getCell(`${TCOL.explain}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"có,không"'], showErrorMessage: true, error: 'Chọn "có" hoặc "không".' };
}

function writeReference(ctx: RowsContext, row: TemplateRow, prev: RoundName): void {
  const address = `${TCOL[prev]}${row.r}`;
  ctx.grey.add(address);
  const e = ctx.evals[prev]!;
  if (statusIn(e, row).na) ctx.cells.text(address, NOT_APPLICABLE_TEXT);
  else ctx.cells.number(address, pointsIn(e, row), ctx.format);
}

function input(ctx: RowsContext, address: string, editable: boolean): void {
  if (editable) ctx.unlocked.add(address);
  else ctx.grey.add(address);
}

/** A leaf's cell in the round column and its effective points (hidden column O), cached with what the formula gives. */
export function writeLeafInput(ctx: RowsContext, row: TemplateRow): void {
  const { cells } = ctx;
  const r = row.r;
  const col = TCOL[ctx.round];
  const x = `${col}${r}`;
  const o = `${TCOL.effective}${r}`;
  if (row.excluded) {
    cells.text(x, NOT_APPLICABLE_TEXT);
    ctx.grey.add(x);
    return;
  }
  const fallback = pointsIn(ctx.fallback, row);
  if (row.node.scoredBy === 'survey') {
    const v = pointsIn(ctx.evals[ctx.round]!, row);
    cells.number(x, v, ctx.format);
    cells.number(o, v);
    ctx.grey.add(x);
    return;
  }
  const entered = own(ctx.a.rounds?.[ctx.round]?.points, row.node.code);
  if (entered !== undefined) cells.ws.getCell(x).value = cellDecimal(entered);
  cells.ws.getCell(x).numFmt = ctx.inputFormat;
  ctx.unlocked.add(x);
  cells.ws.getCell(x).dataValidation = pointsValidation(x, row, ctx.rules.get(row.node.code));
  const typed = entered !== undefined && typeof cellDecimal(entered) === 'number' ? entered : null;
  const naRef = row.node.allowNotApplicable ? `${TCOL.na}${r}` : undefined;
  const declared = statusIn(ctx.fallback, row).declared;
  if (declared) ctx.grey.add(x);
  const base = `IF(ISNUMBER(${x}),${x},${fallback ?? '""'})`;
  const formula = naRef === undefined ? base : `IF(${naRef}<>"","",${base})`;
  const value = declared ? null : typed ?? fallback;
  cells.formula(o, formula, value, null, ctx.format);
}

/** 0 ≤ points ≤ maximum; a list for pass/fail rows; a multiple of the step where there is one. */
function pointsValidation(x: string, row: TemplateRow, rule: RuleSpec | undefined): DataValidation {
  const max = row.node.maxText;
  const messages = { showErrorMessage: true, errorTitle: 'Điểm không hợp lệ', showInputMessage: true, promptTitle: `Điểm tối đa ${max}` };
  if (rule?.kind === 'pass-fail' && row.node.step === undefined) {
    const fail = typeof rule['failPoints'] === 'string' ? rule['failPoints'] : '0';
    return { ...messages, type: 'list', allowBlank: true, formulae: [`"${fail},${max}"`], error: `Chọn ${fail} (không đạt) hoặc ${max} (đạt).`, prompt: `Đạt: ${max}; không đạt: ${fail}.` };
  }
  const step = row.node.step;
  if (step === undefined || Number(step) === 0) {
    return { ...messages, type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, Number(max)], error: `Nhập số từ 0 đến ${max}.`, prompt: `Nhập số từ 0 đến ${max}.` };
  }
  return {
    ...messages, type: 'custom', allowBlank: true,
    formulae: [`AND(ISNUMBER(${x}),${x}>=0,${x}<=${max},ABS(${x}/${step}-ROUND(${x}/${step},0))<0.000001)`],
    error: `Nhập số từ 0 đến ${max}, là bội số của ${step}.`, prompt: `Từ 0 đến ${max}, bước ${step}.`,
  };
}
