/** Broken workbooks: every problem is reported at once, at its cell, as `Sheet!Cell: message [CODE]`. */
import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCriteriaWorkbook } from '../../../src/excel/criteria-workbook.js';
import { importCriteriaWorkbook } from '../../../src/excel/criteria-import.js';
import { nodeColumn, SHEETS, type NodeColumn } from '../../../src/excel/layout.js';
import { formatIssue } from '../../../src/index.js';
import { loadSet, throughBytes } from './support.js';

const SET = loadSet('examples/example-department-2025.yaml');

/** The exported example with some cells of "Tiêu chí" changed (by row code), read back from xlsx bytes. */
async function broken(edits: [code: string, column: NodeColumn, value: string | number][]): Promise<string[]> {
  const wb = buildCriteriaWorkbook(SET);
  const ws = wb.getWorksheet(SHEETS.nodes)!;
  const rows = rowsByCode(ws);
  for (const [code, column, value] of edits) ws.getCell(`${nodeColumn(column)}${rows.get(code)!}`).value = value;
  return lines(await throughBytes(wb));
}

function rowsByCode(ws: Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const code = ws.getCell(`A${r}`).value;
    if (typeof code === 'string' && !rows.has(code)) rows.set(code, r);
  }
  return rows;
}

function lines(wb: Workbook): string[] {
  const result = importCriteriaWorkbook(wb);
  expect(result.ok).toBe(false);
  return result.issues.map(formatIssue);
}

describe('importCriteriaWorkbook on broken workbooks', () => {
  it('reports a maximum that does not add up at the parent’s cell', async () => {
    expect(await broken([['1.1.1', 'maxPoints', 2]])).toEqual([
      'Tiêu chí!E3: row 1.1 has maxPoints 5 but its children add up to 6 [MAX_SUM_MISMATCH]',
    ]);
  });

  it('reports a tier gap at the tier cell', async () => {
    expect(await broken([['1.1.4', 'tiers', '>90: 2; [75,90]: 1; <70: 0']])).toEqual([
      'Tiêu chí!I7: values in [70, 75) fall in no interval [TIER_GAP]',
    ]);
  });

  it('reports an unknown rule kind at the kind cell, with the nearest kind', async () => {
    const [line] = await broken([['1.1.3', 'kind', 'pass-fial']]);
    expect(line).toMatch(/^Tiêu chí!G6: unknown rule kind "pass-fial"; did you mean "pass-fail"\? Known kinds: .* \[UNKNOWN_RULE_KIND\]$/);
  });

  it('reports a duplicated code at the second row', async () => {
    expect(await broken([['1.1.3', 'code', '1.1.2']])).toEqual([
      'Tiêu chí!A6: code "1.1.2" is already used at nodes[0].children[0].children[1] [DUPLICATE_CODE]',
    ]);
  });

  it('reports a non-number in a number column, with the decimal-comma hint', async () => {
    expect(await broken([['1.1.3', 'maxPoints', 'một'], ['1.1.2', 'maxPoints', '0,5']])).toEqual([
      'Tiêu chí!E5: "0,5" is not a number; write 0.5 (a point, not a comma) [NOT_A_NUMBER]',
      'Tiêu chí!E6: "một" is not a number; write a number like 0.25 [NOT_A_NUMBER]',
    ]);
  });

  it('reports every problem at once', async () => {
    const found = await broken([['1.1.1', 'maxPoints', 2], ['1.1.4', 'tiers', '>90: 2; [75,90]: 1; <70: 0'], ['1.1.3', 'kind', 'pass-fial'], ['1.2.1', 'code', '1.1.2']]);
    // Row 1.2.1 renamed 1.1.2 moves under 1.1 (codes decide the tree), so 1.2 no longer adds up either.
    expect(found.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['Tiêu chí!A9', 'Tiêu chí!E3', 'Tiêu chí!G6', 'Tiêu chí!I7', 'Tiêu chí!E8']);
  });

  it('reports bad tier notation and bad JSON at their cells', async () => {
    expect(await broken([['1.1.4', 'tiers', '>90: 2; 70-90: 1; <70: 0'], ['1.1.1', 'params', '{latePoints: 0.5}']])).toEqual([
      'Tiêu chí!J4: not valid JSON; write it like {"latePoints": "0.5"} (keys and text in double quotes) [JSON_INVALID]',
      'Tiêu chí!I7: tier 2 "70-90: 1" is not written like `>90: 2`, `[70,90]: 1` or `<70: 0` (decimals with a point) [TIER_NOTATION]',
    ]);
  });

  it('maps set-level problems to the "Bộ tiêu chí" sheet', async () => {
    const wb = buildCriteriaWorkbook(SET);
    const ws = wb.getWorksheet(SHEETS.set)!;
    ws.getCell('B3').value = 'bộ tiêu chí';
    expect(lines(await throughBytes(wb))[0]).toMatch(/^Bộ tiêu chí!B3: "bộ tiêu chí" is not an identifier/);
  });

  it('names a missing sheet', async () => {
    const wb = buildCriteriaWorkbook(SET);
    wb.removeWorksheet(wb.getWorksheet(SHEETS.set)!.id);
    expect(lines(await throughBytes(wb))).toEqual([
      'Bộ tiêu chí!A1: the workbook has no sheet "Bộ tiêu chí"; start from `parindex criteria export-xlsx` [SHEET_MISSING]',
    ]);
  });

  it('refuses a sheet with more than 5000 rows', () => {
    const wb = buildCriteriaWorkbook(SET);
    wb.getWorksheet(SHEETS.nodes)!.getCell('A5002').value = 'x';
    expect(lines(wb)).toEqual(['Tiêu chí!A5002: the sheet has 5002 rows; at most 5000 are read [TOO_MANY_ROWS]']);
  });
});
