/** Reads a criteria workbook back into a validated criteria set; every problem is reported at its cell. */
import type { Workbook } from 'exceljs';
import { hasErrors, type Issue } from '../errors.js';
import { checkCriteriaSet, type Loaded, type LoadOptions } from '../load/criteria.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { LIMITS, SHEETS } from './layout.js';
import { readNodeRows } from './node-rows.js';
import { readSetSheet } from './set-read.js';
import { CellMap, cellIssue } from './sheet-issues.js';

/**
 * Turns a workbook made by `buildCriteriaWorkbook` (or typed by hand in its layout) into a criteria set.
 * Issue paths are cells: `Tiêu chí!E17: row 1.1 has maxPoints 5 but its children add up to 4 [MAX_SUM_MISMATCH]`.
 * @example importCriteriaWorkbook(workbook)
 */
export function importCriteriaWorkbook(wb: Workbook, options: Pick<LoadOptions, 'rules'> = {}): Loaded<CriteriaSet> {
  const nodesSheet = wb.getWorksheet(SHEETS.nodes);
  const setSheet = wb.getWorksheet(SHEETS.set);
  if (!nodesSheet || !setSheet) {
    const missing: string[] = [...(nodesSheet ? [] : [SHEETS.nodes]), ...(setSheet ? [] : [SHEETS.set])];
    return { ok: false, issues: missing.map((s) => cellIssue(s, 'A1', 'SHEET_MISSING', `the workbook has no sheet "${s}"; start from \`parindex criteria export-xlsx\``)) };
  }
  const big = [nodesSheet, setSheet].find((ws) => ws.rowCount > LIMITS.rows);
  if (big) return { ok: false, issues: [cellIssue(big.name, `A${big.rowCount}`, 'TOO_MANY_ROWS', `the sheet has ${big.rowCount} rows; at most ${LIMITS.rows} are read`)] };
  const cells = new CellMap();
  const set = readSetSheet(setSheet, cells);
  const tree = readNodeRows(nodesSheet, cells);
  const sheetIssues = [...set.issues, ...tree.issues];
  const checked = checkCriteriaSet({ ...set.data, nodes: tree.nodes }, options);
  // A cell already reported while reading (e.g. "abc" as a maximum) is not reported again by the schema.
  const seen = new Set(sheetIssues.map((i) => i.path));
  const placed = checked.issues.map((i) => cells.place(i, SHEETS.set)).filter((i) => !seen.has(i.path) || i.severity !== 'error');
  const issues: Issue[] = [...sheetIssues, ...placed];
  if (hasErrors(issues) || !checked.ok) return { ok: false, issues };
  return { ok: true, value: checked.value, issues };
}
