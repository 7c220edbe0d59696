/** The engine recomputes every total; where the sheet's own totals (cached or typed) say otherwise, a warning says so. */
import type { Worksheet } from 'exceljs';
import { Decimal } from '../decimal.js';
import type { Plan } from '../engine/compile.js';
import type { Evaluation } from '../engine/evaluate.js';
import { nodePoints } from '../engine/result.js';
import type { Issue } from '../errors.js';
import type { RoundName } from '../schema/rounds.js';
import { readDecimal } from './import-cells.js';
import { cellText } from './cells.js';
import { TCOL, TEMPLATE_SHEETS, TOTAL_MARKS } from './template-layout.js';

/** Differences below this are the spreadsheet's binary arithmetic, not a disagreement. */
const TOLERANCE = new Decimal('1e-9');

/** Warnings for parent rows and total rows whose value in the round column differs from the engine's. */
export function compareTotals(ws: Worksheet, plan: Plan, rows: ReadonlyMap<string, number>, round: RoundName, e: Evaluation): Issue[] {
  const col = TCOL[round];
  const issues: Issue[] = [];
  const check = (r: number, what: string, engine: Decimal | string | null | undefined) => {
    if (engine === null || engine === undefined) return;
    const cell = ws.getCell(`${col}${r}`);
    const read = readDecimal(cell);
    if (read === undefined || !('value' in read)) return;
    const exact = new Decimal(engine);
    if (new Decimal(read.value).minus(exact).abs().lte(TOLERANCE)) return;
    const typed = typeof cell.value === 'number' ? 'typed' : 'computed';
    issues.push({
      code: 'TOTAL_MISMATCH', severity: 'warning', path: `${TEMPLATE_SHEETS.rows}!${col}${r}`,
      message: `${what}: the sheet shows ${read.value} (${typed} in the sheet), the engine computes ${exact.toString()} from the rows; the engine's value is used`,
    });
  };
  plan.nodes.forEach((node, i) => {
    const r = rows.get(node.code);
    if (r !== undefined && node.children.length > 0) check(r, `row ${node.code}`, nodePoints(e, i));
  });
  for (let r = 1; r <= ws.rowCount; r++) {
    const mark = cellText(ws.getCell(`${TCOL.markCode}${r}`));
    if (mark === TOTAL_MARKS.tree) check(r, 'the total of the areas', e.treePoints);
    else if (mark === TOTAL_MARKS.bonus) check(r, 'the bonus points', e.complete ? e.bonus?.total.dec : null);
    else if (mark === TOTAL_MARKS.penalty) check(r, 'the penalty points', e.complete ? e.penalty?.total.dec : null);
    else if (mark === TOTAL_MARKS.total) check(r, 'the total', e.points);
  }
  return issues;
}
