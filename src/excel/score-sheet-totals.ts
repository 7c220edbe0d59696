/** The rows below the criteria: totals, bonus and penalty (capped), applicable maximum, index parts, index and band. */
import { Decimal } from '../decimal.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { RoundsReport, RoundsRow } from '../schema/rounds.js';
import { bandFor, bandFormula } from './score-sheet-bands.js';
import { indexComputed, indexFormula, type IndexCells, type PartRow } from './score-sheet-index.js';
import { ranges, writeItems, type PlacedRow, type RowContext } from './score-sheet-rows.js';
import { blankZero, COL, LABELS, ROUND_COLUMNS, type RoundColumn } from './score-sheet-layout.js';

export interface TotalsInput {
  readonly report: RoundsReport;
  readonly set: CriteriaSet;
  readonly areas: readonly PlacedRow[];
  readonly bonus: readonly RoundsRow[];
  readonly penalty: readonly RoundsRow[];
  /** Sheet rows of the criteria tree, for the part helpers. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly indexFormat: string;
}

/** Where the totals landed: the summary sheet of a ranking refers to these. */
export interface TotalCells {
  readonly total: number;
  readonly applicable: number;
  readonly index: number;
  readonly band: number | null;
  /** Rows labelled for bold styling. */
  readonly labelled: readonly number[];
}

/** Writes the totals from sheet row `start`; returns their rows. */
export function writeTotals(ctx: RowContext, input: TotalsInput, start: number): TotalCells {
  const w = new TotalsWriter(ctx, input, start);
  const tree = w.treeTotal();
  const bonus = w.adjustment('bonus', input.bonus);
  const penalty = w.adjustment('penalty', input.penalty);
  const total = w.total(tree, bonus, penalty);
  const applicable = w.applicable(tree);
  const parts = writeParts(ctx, input, w.take(input.set.index?.parts.length ?? 0), w.rounds, w.labelled);
  const index = w.index({ total, applicable, bonus, penalty, parts });
  const band = input.set.bands.length > 0 ? w.band(index) : null;
  if (!input.report.final.complete) ctx.cells.text(`${COL.name}${w.take(0)}`, LABELS.incomplete);
  return { total, applicable, index, band, labelled: w.labelled };
}

/** The totals' rows, one method each, written downwards from a cursor. */
class TotalsWriter {
  readonly labelled: number[] = [];
  readonly rounds: readonly RoundColumn[];
  private readonly fin: RoundsReport['final'];

  constructor(private readonly ctx: RowContext, private readonly input: TotalsInput, private r: number) {
    this.rounds = ROUND_COLUMNS.filter((c) => ctx.shown.has(c));
    this.fin = input.report.final;
  }

  /** Reserves `n` rows; returns the first. */
  take(n: number): number {
    const at = this.r;
    this.r += n;
    return at;
  }

  private row(text: string): number {
    const at = this.take(1);
    this.ctx.cells.text(`${COL.name}${at}`, text);
    this.labelled.push(at);
    return at;
  }

  private engineTotal(c: RoundColumn) {
    return (c === 'final' ? this.fin : null) ?? this.input.report.totals.find((t) => t.round === c) ?? null;
  }

  treeTotal(): number {
    const { cells, pointsFormat: pf } = this.ctx;
    const { fin } = this;
    const at = this.row(LABELS.treeTotal);
    for (const c of this.ctx.shown) {
      const rows = this.input.areas.map((a) => a.r);
      const engine = c === 'max' ? fin.maxPoints : c === 'final' ? fin.treePoints : c === 'applicable' ? fin.applicableMaxPoints : null;
      cells.formula(`${COL[c]}${at}`, `SUM(${ranges(COL[c], rows).join(',')})`, engine, cells.sum(rows.map((x) => `${COL[c]}${x}`)), c === 'survey' ? blankZero(pf) : pf);
    }
    return at;
  }

  /** The group's capped sum (D holds the cap), then its items. */
  adjustment(kind: 'bonus' | 'penalty', rows: readonly RoundsRow[]): number | null {
    const group = this.fin[kind];
    if (group === null || rows.length === 0) return null;
    const { cells, pointsFormat: pf } = this.ctx;
    const at = this.row(`${LABELS[kind]} (${LABELS.cap(group.cap)})`);
    const items: PlacedRow[] = rows.map((row) => ({ row, r: this.take(1), children: [] }));
    writeItems(this.ctx, items);
    cells.number(`${COL.max}${at}`, group.cap, pf);
    const [a, b] = [items[0]!.r, items[items.length - 1]!.r];
    for (const c of this.rounds) {
      const computed = Decimal.min(cells.sum(items.map((i) => `${COL[c]}${i.r}`)), new Decimal(group.cap));
      cells.formula(`${COL[c]}${at}`, `MIN(SUM(${COL[c]}${a}:${COL[c]}${b}),${COL.max}${at})`, c === 'final' ? group.points : null, computed, pf);
    }
    return at;
  }

  total(tree: number, bonus: number | null, penalty: number | null): number {
    const { cells, pointsFormat: pf } = this.ctx;
    const at = this.row(LABELS.total);
    for (const c of this.rounds) {
      const terms = [`${COL[c]}${tree}`, bonus === null ? '' : `+${COL[c]}${bonus}`, penalty === null ? '' : `-${COL[c]}${penalty}`].join('');
      const v = (row: number | null) => (row === null ? new Decimal(0) : (cells.valueOf(`${COL[c]}${row}`) ?? new Decimal(0)));
      cells.formula(`${COL[c]}${at}`, terms, this.engineTotal(c)?.points ?? null, v(tree).plus(v(bonus)).minus(v(penalty)), pf);
    }
    return at;
  }

  applicable(tree: number): number {
    const { cells, pointsFormat: pf } = this.ctx;
    const at = this.row(LABELS.applicable);
    cells.formula(`${COL.max}${at}`, `${COL.applicable}${tree}`, this.fin.applicableMaxPoints, cells.valueOf(`${COL.applicable}${tree}`) ?? null, pf);
    return at;
  }

  index(cellsAt: IndexCells): number {
    const { cells } = this.ctx;
    const at = this.row(LABELS.index);
    for (const c of this.rounds) {
      cells.formula(`${COL[c]}${at}`, indexFormula(c, cellsAt), this.engineTotal(c)?.index ?? null, indexComputed(cells, c, cellsAt), this.input.indexFormat);
    }
    return at;
  }

  band(index: number): number {
    const { cells } = this.ctx;
    const bands = this.input.set.bands;
    const at = this.row(LABELS.band);
    for (const c of this.rounds) {
      const engine = c === 'final' ? this.fin.band : null;
      cells.textFormula(`${COL[c]}${at}`, bandFormula(bands, `${COL[c]}${index}`), engine ?? bandFor(bands, cells.valueOf(`${COL[c]}${index}`) ?? null));
    }
    return at;
  }
}

/** One row per weighted index part: its applicable maximum (D) and points per round, summed over its leaves. */
function writeParts(ctx: RowContext, input: TotalsInput, start: number, rounds: readonly RoundColumn[], labelled: number[]): PartRow[] {
  const parts = input.set.index?.parts ?? [];
  const { cells, pointsFormat: pf } = ctx;
  const range = (col: string) => `${col}${input.firstRow}:${col}${input.lastRow}`;
  return parts.map((p, k) => {
    const r = start + k;
    const engine = input.report.final.parts?.find((e) => e.id === p.id) ?? null;
    cells.text(`${COL.name}${r}`, LABELS.part(p.name ?? p.id, p.weight));
    labelled.push(r);
    const leaves = [...ctx.partOf].filter(([, id]) => id === p.id).map(([code]) => code);
    const rowsOf = leafRows(input.areas, new Set(leaves));
    const sumIf = (col: string) => `SUMIF(${range(COL.part)},"${p.id}",${range(col)})`;
    cells.formula(`${COL.max}${r}`, sumIf(COL.applicable), engine?.applicableMaxPoints ?? null, cells.sum(rowsOf.map((x) => `${COL.applicable}${x}`)), pf);
    for (const c of rounds) {
      cells.formula(`${COL[c]}${r}`, sumIf(COL[c]), c === 'final' ? (engine?.points ?? null) : null, cells.sum(rowsOf.map((x) => `${COL[c]}${x}`)), pf);
    }
    return { row: r, weight: p.weight };
  });
}

function leafRows(nodes: readonly PlacedRow[], codes: ReadonlySet<string>): number[] {
  return nodes.flatMap((n) => (n.children.length === 0 ? (codes.has(n.row.code) ? [n.r] : []) : leafRows(n.children, codes)));
}
