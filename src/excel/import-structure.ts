/**
 * Is the filled workbook still the template that was sent? The hidden "_parindex" sheet says for which set, unit,
 * year and round, and which rows (code, maximum, sheet row); the hidden marker column says where each row is now.
 */
import type { Worksheet } from 'exceljs';
import { Decimal } from '../decimal.js';
import type { Plan } from '../engine/compile.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import { RoundName } from '../schema/rounds.js';
import { cellText } from './cells.js';
import { readDecimal } from './import-cells.js';
import { cellIssue } from './sheet-issues.js';
import { META_KEYS, META_ROWS_FROM, rowsHash, T_FIRST_ROW, TCOL, TEMPLATE_FORMAT, TEMPLATE_SHEETS, TOTAL_MARKS, type MetaKey } from './template-layout.js';

const S = TEMPLATE_SHEETS.rows;

export interface TemplateMeta {
  readonly fields: Readonly<Record<MetaKey, string>>;
  readonly round: RoundName;
  /** The rows the template was made with: code, maximum, sheet row. */
  readonly rows: readonly (readonly [string, string, number])[];
}

/** Reads "_parindex"; issues when it is not a parindex template, of another format, set, unit or year. */
export function readMeta(ws: Worksheet, plan: Plan, base: Assessment | undefined): { meta?: TemplateMeta; issues: Issue[] } {
  const at = (key: MetaKey) => `B${META_KEYS.indexOf(key) + 1}`;
  const fields = Object.fromEntries(META_KEYS.map((k) => [k, cellText(ws.getCell(at(k))) ?? ''])) as Record<MetaKey, string>;
  const meta = (cell: string, code: string, message: string) => cellIssue(TEMPLATE_SHEETS.meta, cell, code, message);
  if (fields.format !== String(TEMPLATE_FORMAT)) return { issues: [meta(at('format'), 'TEMPLATE_FORMAT', `template format "${fields.format}" is not ${TEMPLATE_FORMAT}; make a new template with \`parindex template\``)] };
  const round = RoundName.safeParse(fields.round);
  if (!round.success) return { issues: [meta(at('round'), 'TEMPLATE_FORMAT', `"${fields.round}" is not a round (self, appraisal1, appraisal2)`)] };
  const rows: [string, string, number][] = [];
  for (let r = META_ROWS_FROM; r <= ws.rowCount; r++) {
    const code = cellText(ws.getCell(`A${r}`));
    if (code !== undefined) rows.push([code, cellText(ws.getCell(`B${r}`)) ?? '', Number(cellText(ws.getCell(`C${r}`)))]);
  }
  const issues: Issue[] = [];
  if (fields.setId !== plan.set.id) issues.push(meta(at('setId'), 'WRONG_SET', `the template is for criteria set ${fields.setId}, not ${plan.set.id}`));
  else if (rowsHash(rows.map(([c, m]) => [c, m])) !== fields.hash || !sameRows(rows, plan)) {
    issues.push(meta(at('setVersion'), 'SET_CHANGED', `the template was made from version ${fields.setVersion} of ${fields.setId}, whose rows or maxima differ from version ${plan.set.version}; make a new template`));
  }
  if (base !== undefined && base.unit.id !== fields.unitId) issues.push(meta(at('unitId'), 'WRONG_UNIT', `the template is for unit ${fields.unitId}, not ${base.unit.id} (the base assessment)`));
  if (base !== undefined && String(base.year) !== fields.year) issues.push(meta(at('year'), 'WRONG_YEAR', `the template is for year ${fields.year}, not ${base.year} (the base assessment)`));
  return { meta: { fields, round: round.data, rows }, issues };
}

function sameRows(rows: readonly (readonly [string, string, number])[], plan: Plan): boolean {
  const now = [...plan.nodes, ...(plan.bonus?.items ?? []), ...(plan.penalty?.items ?? [])];
  return rows.length === now.length && rows.every(([c, m], k) => now[k]!.code === c && now[k]!.maxText === m);
}

/** Where each row is now, by its hidden marker; issues for rows moved, deleted, added, recoded or with a changed maximum. */
export function locateRows(ws: Worksheet, meta: TemplateMeta, plan: Plan): { rows: Map<string, number>; issues: Issue[] } {
  const issues: Issue[] = [];
  const found: [string, number][] = [];
  const marks = new Set<string>(Object.values(TOTAL_MARKS));
  const expected = new Map(meta.rows.map(([c, m, r]) => [c, { max: m, r }]));
  for (let r = T_FIRST_ROW; r <= ws.rowCount; r++) {
    const mark = cellText(ws.getCell(`${TCOL.markCode}${r}`));
    if (mark !== undefined && expected.has(mark)) found.push([mark, r]);
    else if (mark !== undefined && marks.has(mark)) continue;
    else if (hasContent(ws, r)) issues.push(cellIssue(S, `${TCOL.code}${r}`, 'ROW_ADDED', `row ${r} is not in the template${mark !== undefined ? ` (marker "${mark}")` : ''}; rows must not be inserted or copied: make a new template or move its content to the template's rows`));
  }
  const rows = new Map(found);
  const order = new Map(meta.rows.map(([c], k) => [c, k]));
  const kept = new Set(increasing(found.map(([c]) => order.get(c)!)).map((k) => found[k]![0]));
  for (const [code, r] of found) {
    const was = expected.get(code)!.r;
    if (!kept.has(code)) issues.push(cellIssue(S, `${TCOL.code}${r}`, 'ROW_MOVED', `row ${code} was on row ${was} of the template and is now on row ${r}; rows must not be moved (totals would add the wrong rows)`));
    const visible = cellText(ws.getCell(`${TCOL.code}${r}`));
    if (visible !== code) issues.push(cellIssue(S, `${TCOL.code}${r}`, 'CODE_CHANGED', `the code was ${code} in the template, now "${visible ?? ''}"; codes cannot be changed`));
    const node = plan.rows.get(code);
    const max = readDecimal(ws.getCell(`${TCOL.max}${r}`));
    if (node !== undefined && (max === undefined || !('value' in max) || !new Decimal(max.value).eq(node.max.dec))) {
      const shown = max === undefined ? 'empty' : 'value' in max ? max.value : cellText(ws.getCell(`${TCOL.max}${r}`));
      issues.push(cellIssue(S, `${TCOL.max}${r}`, 'MAX_CHANGED', `the maximum of row ${code} is ${node.maxText} in criteria set ${plan.set.id}, not ${shown}; maxima cannot be changed`));
    }
  }
  for (const [code, { max, r }] of expected) {
    if (!rows.has(code)) issues.push(cellIssue(S, `${TCOL.code}${r}`, 'ROW_DELETED', `row ${code} (maximum ${max}), on row ${r} of the template, is missing; rows must not be deleted (write 0 or leave the points empty instead)`));
  }
  return { rows, issues };
}

function hasContent(ws: Worksheet, r: number): boolean {
  return ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L'].some((c) => cellText(ws.getCell(`${c}${r}`)) !== undefined);
}

/**
 * Indexes of one longest strictly increasing subsequence: the rows that kept their order; the others moved.
 * @example increasing([0, 2, 3, 1]) // [0, 1, 2]
 */
export function increasing(xs: readonly number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}
