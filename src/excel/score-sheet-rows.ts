/** The score sheet's criteria rows: leaves hold the points, parents live SUM formulas cached with the engine's values. */
import type { RoundsRow } from '../schema/rounds.js';
import { evidenceCell, notesText } from './score-sheet-text.js';
import type { SheetCells } from './score-sheet-cells.js';
import { blankZero, COL, LABELS, roman, type PointColumn } from './score-sheet-layout.js';

/** A report row with its sheet row number and its children. */
export interface PlacedRow {
  readonly row: RoundsRow;
  readonly r: number;
  readonly children: PlacedRow[];
}

export interface RowContext {
  readonly cells: SheetCells;
  /** Point columns shown (parents sum only these). */
  readonly shown: ReadonlySet<PointColumn>;
  readonly pointsFormat: string;
  /** Index part id per leaf code, when the set has weighted parts. */
  readonly partOf: ReadonlyMap<string, string>;
}

const NA = LABELS.notApplicable;
const ENGINE: Record<'self' | 'appraisal1' | 'appraisal2' | 'final', (r: RoundsRow) => string | null> = {
  self: (r) => r.self, appraisal1: (r) => r.appraisal1, appraisal2: (r) => r.appraisal2, final: (r) => r.final,
};

/** Builds the tree of report rows (pre-order with depth), numbering sheet rows from `first`. */
export function placeTree(rows: readonly RoundsRow[], first: number): PlacedRow[] {
  const roots: PlacedRow[] = [];
  const stack: PlacedRow[] = [];
  rows.forEach((row, k) => {
    const placed: PlacedRow = { row, r: first + k, children: [] };
    stack.length = Math.min(stack.length, row.depth);
    (stack.length === 0 ? roots : stack[stack.length - 1]!.children).push(placed);
    stack.push(placed);
  });
  return roots;
}

/** Writes a subtree (children first, so parents cache sums of cells already written). */
export function writeTree(ctx: RowContext, nodes: readonly PlacedRow[], depth = 0): void {
  nodes.forEach((n, i) => {
    writeTree(ctx, n.children, depth + 1);
    writeLabels(ctx, n, depth === 0 ? roman(i + 1) : String(i + 1));
    if (n.children.length === 0) writeLeaf(ctx, n, true);
    else writeParent(ctx, n);
  });
}

/** Bonus or penalty items: leaves outside the tree (no applicable-maximum helper). */
export function writeItems(ctx: RowContext, items: readonly PlacedRow[]): void {
  items.forEach((n, i) => {
    writeLabels(ctx, n, String(i + 1));
    writeLeaf(ctx, n, false);
  });
}

/**
 * Cell references for rows of one column, consecutive rows as one range (children that are all leaves sum as H9:H1108).
 * @example ranges('H', [9, 10, 11, 14]) // ['H9:H11', 'H14']
 */
export function ranges(col: string, rows: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j === i ? `${col}${rows[i]}` : `${col}${rows[i]}:${col}${rows[j]}`);
    i = j + 1;
  }
  return out;
}

function writeLabels(ctx: RowContext, n: PlacedRow, stt: string): void {
  const { cells } = ctx;
  const r = n.r;
  cells.text(`${COL.stt}${r}`, stt);
  cells.text(`${COL.code}${r}`, n.row.code);
  cells.text(`${COL.name}${r}`, n.row.name);
  cells.text(`${COL.notes}${r}`, notesText(n.row));
  const evidence = evidenceCell(n.row.evidence);
  if (evidence !== null) cells.ws.getCell(`${COL.evidence}${r}`).value = evidence;
}

function writeLeaf(ctx: RowContext, n: PlacedRow, inTree: boolean): void {
  const { cells, pointsFormat: f } = ctx;
  const { row, r } = n;
  cells.number(`${COL.max}${r}`, row.maxPoints, f);
  for (const c of ['self', 'appraisal1', 'appraisal2'] as const) cells.number(`${COL[c]}${r}`, ENGINE[c](row), f);
  if (row.applicableMaxPoints === null) cells.text(`${COL.final}${r}`, NA);
  else if (row.scoredBy === 'survey') {
    cells.number(`${COL.survey}${r}`, row.final, f);
    if (row.final !== null) cells.formula(`${COL.final}${r}`, `${COL.survey}${r}`, row.final, null, f);
  } else cells.number(`${COL.final}${r}`, row.final, f);
  if (!inTree) return;
  cells.formula(`${COL.applicable}${r}`, `IF(${COL.final}${r}="${NA}",0,${COL.max}${r})`, row.applicableMaxPoints ?? '0', null, f);
  const part = ctx.partOf.get(row.code);
  if (part !== undefined) cells.text(`${COL.part}${r}`, part);
}

function writeParent(ctx: RowContext, n: PlacedRow): void {
  const { cells, pointsFormat: f } = ctx;
  const { row, r } = n;
  const sum = (c: PointColumn) => {
    const refs = n.children.map((k) => `${COL[c]}${k.r}`);
    return { formula: `SUM(${ranges(COL[c], n.children.map((k) => k.r)).join(',')})`, computed: cells.sum(refs) };
  };
  const engine: Record<PointColumn, string | null> = {
    max: row.maxPoints, self: row.self, appraisal1: row.appraisal1, appraisal2: row.appraisal2, final: row.final, survey: null, applicable: row.applicableMaxPoints ?? '0',
  };
  for (const c of ctx.shown) {
    const s = sum(c);
    if (c === 'final' && row.applicableMaxPoints === null) {
      cells.textFormula(`${COL.final}${r}`, `IF(${COL.applicable}${r}=0,"${NA}",${s.formula})`, NA);
    } else cells.formula(`${COL[c]}${r}`, s.formula, engine[c], s.computed, c === 'survey' ? blankZero(f) : f);
  }
}
