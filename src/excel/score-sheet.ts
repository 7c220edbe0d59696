/** The unit score sheet (bảng điểm): one unit's rows through the rounds, live SUM formulas cached with the engine's values. */
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { flattenTree } from '../engine/walk.js';
import { partLeaves } from '../engine/validate-parts.js';
import { usageError } from '../errors.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { RoundsReport } from '../schema/rounds.js';
import { SheetCells } from './score-sheet-cells.js';
import { COL, FIRST_DATA_ROW, numberFormat, type PointColumn } from './score-sheet-layout.js';
import { placeTree, writeTree, type RowContext } from './score-sheet-rows.js';
import { notesText } from './score-sheet-text.js';
import { styleSheet, writeHeader } from './score-sheet-style.js';
import { writeTotals, type TotalCells } from './score-sheet-totals.js';

export interface ScoreSheetOptions {
  /** The criteria set the report was scored with: its title, legal basis, bands and index parts. */
  readonly set: CriteriaSet;
  /** The day the sheet is produced (YYYY-MM-DD), printed on it and used as the workbook's dates; never the clock. */
  readonly produced: string;
}

/** Where a unit's sheet holds its totals (row numbers; points and index in column H). */
export interface ScoreSheetCells extends TotalCells {
  readonly sheetName: string;
  /** Sheet row of each area (depth 0), in order. */
  readonly areas: readonly number[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A workbook with one sheet, "Bảng điểm", for `report`. The same input gives the same workbook.
 * @example await scoreSheet(report, { set, produced: '2026-01-15' }).xlsx.writeBuffer()
 */
export function scoreSheet(report: RoundsReport, options: ScoreSheetOptions): Workbook {
  const wb = new ExcelJS.Workbook();
  fixProperties(wb, options.produced, 'scoreSheet');
  addScoreSheet(wb, report, { ...options, sheetName: 'Bảng điểm' });
  return wb;
}

/** Sets the workbook's author and dates from `produced`, so output is reproducible. */
export function fixProperties(wb: Workbook, produced: string, fn: string): void {
  if (!DAY.test(produced) || Number.isNaN(Date.parse(`${produced}T00:00:00Z`))) throw usageError(fn, `produced must be a date YYYY-MM-DD, got "${produced}"`);
  const day = new Date(`${produced}T00:00:00Z`);
  wb.creator = 'parindex';
  wb.lastModifiedBy = 'parindex';
  wb.created = day;
  wb.modified = day;
}

/**
 * Adds the score sheet of `report` to `workbook` as `sheetName` (a valid, unused sheet name); returns where its totals are.
 * @example addScoreSheet(wb, report, { set, produced: '2026-01-15', sheetName: 'Sở Tư pháp' }).index // 31
 */
export function addScoreSheet(workbook: Workbook, report: RoundsReport, options: ScoreSheetOptions & { readonly sheetName: string }): ScoreSheetCells {
  const { set } = options;
  if (report.criteriaSet.id !== set.id) throw usageError('addScoreSheet', `the report was scored with criteria set ${report.criteriaSet.id}, not ${set.id}`);
  if (!DAY.test(options.produced)) throw usageError('addScoreSheet', `produced must be a date YYYY-MM-DD, got "${options.produced}"`);
  const ws = workbook.addWorksheet(options.sheetName);
  const treeRows = report.rows.filter((r) => r.kind === 'row');
  const shown = shownColumns(report);
  const ctx: RowContext = { cells: new SheetCells(ws), shown, pointsFormat: numberFormat(report.rounding.points), partOf: partsByCode(set) };
  writeHeader(ws, report, options);
  const areas = placeTree(treeRows, FIRST_DATA_ROW);
  writeTree(ctx, areas);
  const lastRow = FIRST_DATA_ROW + treeRows.length - 1;
  const totals = writeTotals(ctx, {
    report, set, areas, firstRow: FIRST_DATA_ROW, lastRow, indexFormat: numberFormat(report.rounding.index),
    bonus: report.rows.filter((r) => r.kind === 'bonus'), penalty: report.rows.filter((r) => r.kind === 'penalty'),
  }, lastRow + 1);
  hideEmptyColumns(ws, report, shown);
  styleSheet(ws, { tree: treeLayout(treeRows), labelled: totals.labelled, lastRow: ws.rowCount });
  return { ...totals, sheetName: options.sheetName, areas: areas.map((a) => a.r) };
}

/** Point columns with data: the maximum, final points and the helper always; a round or the survey when a row has it. */
function shownColumns(report: RoundsReport): Set<PointColumn> {
  const has = (f: (r: RoundsReport['rows'][number]) => boolean) => report.rows.some(f);
  const shown = new Set<PointColumn>(['max', 'final', 'applicable']);
  if (has((r) => r.self !== null)) shown.add('self');
  if (has((r) => r.appraisal1 !== null)) shown.add('appraisal1');
  if (has((r) => r.appraisal2 !== null)) shown.add('appraisal2');
  if (has((r) => r.scoredBy === 'survey' && r.kind === 'row')) shown.add('survey');
  return new Set([...(['max', 'self', 'appraisal1', 'appraisal2', 'final', 'survey', 'applicable'] as const)].filter((c) => shown.has(c)));
}

/** Columns with no data are hidden, never dropped, so every sheet has the same columns; the helpers are always hidden. */
function hideEmptyColumns(ws: Worksheet, report: RoundsReport, shown: ReadonlySet<PointColumn>): void {
  const hidden = [
    ...(['self', 'appraisal1', 'appraisal2', 'survey'] as const).filter((c) => !shown.has(c)).map((c) => COL[c]),
    ...(report.rows.some((r) => r.evidence.length > 0) ? [] : [COL.evidence]),
    ...(report.rows.some((r) => notesText(r) !== null) ? [] : [COL.notes]),
    COL.applicable,
    COL.part,
  ];
  for (const c of hidden) ws.getColumn(c).hidden = true;
}

/** The index part of each leaf code, when the set has weighted parts. */
function partsByCode(set: CriteriaSet): Map<string, string> {
  const flat = flattenTree(set.nodes);
  const out = new Map<string, string>();
  for (const p of set.index?.parts ?? []) for (const i of partLeaves(p, flat)) out.set(flat[i]!.node.code, p.id);
  return out;
}

/** Depth and parenthood of each tree row, by sheet row. */
function treeLayout(rows: RoundsReport['rows']): Map<number, { depth: number; parent: boolean }> {
  return new Map(rows.map((r, k) => [FIRST_DATA_ROW + k, { depth: r.depth, parent: !r.leaf }]));
}
