/** The index cell's formula and its exact value: points / applicable maximum × 100, or the weighted parts as the engine does. */
import { Decimal, divide } from '../decimal.js';
import type { SheetCells } from './score-sheet-cells.js';
import { COL, type RoundColumn } from './score-sheet-layout.js';

/** A weighted part's row (D: its applicable maximum; round columns: its points) and weight. */
export interface PartRow {
  readonly row: number;
  readonly weight: string;
}

export interface IndexCells {
  readonly total: number;
  readonly applicable: number;
  readonly bonus: number | null;
  readonly penalty: number | null;
  readonly parts: readonly PartRow[];
}

const HUNDRED = new Decimal(100);

/**
 * Plain: total / applicable × 100. Weighted: Σ weight × points / applicable over the parts present (applicable > 0)
 * ÷ Σ their weights × 100, plus (bonus − penalty) × 100 / applicable; "" when nothing applies.
 * @example indexFormula('final', { total: 30, applicable: 31, bonus: null, penalty: null, parts: [] }) // 'IF($D$31>0,H30/$D$31*100,"")'
 */
export function indexFormula(c: RoundColumn, at: IndexCells): string {
  const app = `$${COL.max}$${at.applicable}`;
  if (at.parts.length === 0) return `IF(${app}>0,${COL[c]}${at.total}/${app}*100,"")`;
  const max = (p: PartRow) => `$${COL.max}$${p.row}`;
  const terms = at.parts.map((p) => `IF(${max(p)}>0,${p.weight}*${COL[c]}${p.row}/${max(p)},0)`).join('+');
  const weights = at.parts.map((p) => `IF(${max(p)}>0,${p.weight},0)`).join('+');
  const adjust = adjustTerms(c, at);
  return `IF((${weights})>0,(${terms})/(${weights})*100${adjust === '' ? '' : `+(${adjust})*100/${app}`},"")`;
}

function adjustTerms(c: RoundColumn, at: IndexCells): string {
  return [at.bonus === null ? '' : `${COL[c]}${at.bonus}`, at.penalty === null ? '' : `-${COL[c]}${at.penalty}`].join('');
}

/** What `indexFormula` gives over the cells written, exactly (30 decimals); null when it gives "". */
export function indexComputed(cells: SheetCells, c: RoundColumn, at: IndexCells): Decimal | null {
  const v = (col: string, row: number | null) => (row === null ? new Decimal(0) : (cells.valueOf(`${col}${row}`) ?? new Decimal(0)));
  const app = v(COL.max, at.applicable);
  if (at.parts.length === 0) return app.gt(0) ? divide(v(COL[c], at.total).times(HUNDRED), app) : null;
  let sum = new Decimal(0);
  let weights = new Decimal(0);
  for (const p of at.parts) {
    const max = v(COL.max, p.row);
    if (!max.gt(0)) continue;
    sum = sum.plus(divide(new Decimal(p.weight).times(v(COL[c], p.row)), max));
    weights = weights.plus(p.weight);
  }
  if (!weights.gt(0)) return null;
  const adjust = v(COL[c], at.bonus).minus(v(COL[c], at.penalty));
  return divide(sum.times(HUNDRED), weights).plus(app.gt(0) ? divide(adjust.times(HUNDRED), app) : 0);
}
