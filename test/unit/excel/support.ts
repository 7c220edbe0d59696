/** Helpers for the Excel tests: a workbook through real xlsx bytes, and a normalised text dump for golden files. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { formatIssue, parseCriteriaSet } from '../../../src/index.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';

export const ROOT = new URL('../../../', import.meta.url);

export function loadSet(file: string): CriteriaSet {
  const loaded = parseCriteriaSet(readFileSync(new URL(file, ROOT), 'utf8'), { file });
  if (!loaded.ok) throw new Error(`${file} should load:\n${loaded.issues.map(formatIssue).join('\n')}`);
  return loaded.value;
}

/** Writes the workbook to xlsx bytes and reads it back, as a file on disk would be. */
export async function throughBytes(wb: Workbook): Promise<Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/** One line per non-empty cell: `Sheet!A1 | value | formula | numFmt | bold`, then indent and data validation when set. */
export function dumpWorkbook(wb: Workbook): string {
  const lines: string[] = [];
  wb.eachSheet((ws) => {
    lines.push(`# ${ws.name}`);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula ?? '';
        const extra = [cell.alignment?.indent ? `indent ${cell.alignment.indent}` : '', cell.dataValidation ? `valid ${cell.dataValidation.type} ${JSON.stringify(cell.dataValidation.formulae)}` : ''].filter(Boolean);
        lines.push(`${ws.name}!${cell.address} | ${JSON.stringify(cell.value)} | ${formula} | ${cell.numFmt ?? ''} | ${cell.font?.bold === true ? 'bold' : ''}${extra.map((e) => ` | ${e}`).join('')}`);
      });
    });
  });
  lines.push(`# properties | created ${wb.created.toISOString()} | modified ${wb.modified.toISOString()} | creator ${wb.creator}`);
  return `${lines.join('\n')}\n`;
}
