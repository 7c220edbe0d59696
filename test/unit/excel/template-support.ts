/** Helpers for the template tests: the shipped examples, a template as xlsx bytes, cells by row code, import lines. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { formatIssue, parseAssessment } from '../../../src/index.js';
import { importFilled } from '../../../src/excel/import-filled.js';
import { unitTemplate, type TemplateOptions } from '../../../src/excel/template.js';
import { TCOL, TEMPLATE_SHEETS, type TColKey } from '../../../src/excel/template-layout.js';
import type { Assessment } from '../../../src/schema/assessment.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { dumpWorkbook, loadSet, ROOT } from './support.js';

export const DEPT = loadSet('examples/example-department-2025.yaml');
export const PRODUCED = '2026-01-05';

export function loadAssessment(file: string): Assessment {
  const loaded = parseAssessment(readFileSync(new URL(file, ROOT), 'utf8'), { file });
  if (!loaded.ok) throw new Error(`${file} should load:\n${loaded.issues.map(formatIssue).join('\n')}`);
  return loaded.value;
}

export const APPRAISED = loadAssessment('examples/rounds/so-tu-phap-2025-appraised.yaml');

export async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** The template of `a` for `round`, as a workbook read back from its bytes (as a user's file would be). */
export async function template(set: CriteriaSet, a: Assessment, round: TemplateOptions['round'] = 'self'): Promise<Workbook> {
  return readBack(await bytesOf(unitTemplate(set, a, { round, produced: PRODUCED })));
}

/** Sheet row of each criteria row code on "Tiêu chí" (by the visible code column). */
export function rowOf(ws: Worksheet, code: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`${TCOL.code}${r}`).value === code) return r;
  throw new Error(`row ${code} not found`);
}

export function cellOf(wb: Workbook, code: string, col: TColKey): ExcelJS.Cell {
  const ws = wb.getWorksheet(TEMPLATE_SHEETS.rows)!;
  return ws.getCell(`${TCOL[col]}${rowOf(ws, code)}`);
}

/** Imports `wb` (through bytes) and returns the issue lines. */
export async function importLines(wb: Workbook, set: CriteriaSet = DEPT, base?: Assessment): Promise<{ ok: boolean; lines: string[]; value?: Assessment }> {
  const result = await importFilled(await bytesOf(wb), { set, file: 'stp.xlsx', ...(base !== undefined && { base }) });
  return { ok: result.ok, lines: result.issues.map(formatIssue), ...(result.ok && { value: result.value }) };
}

/** The shared golden dump, plus what a template adds: sheet state and protection, hidden columns, unlocked cells. */
export function dumpTemplate(wb: Workbook): string {
  const extra: string[] = [];
  wb.eachSheet((ws) => {
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    extra.push(`# ${ws.name} | state ${ws.state} | protection ${JSON.stringify(protection ?? null)}`);
    const hidden = (ws.columns ?? []).filter((c) => c.hidden).map((c) => c.letter);
    if (hidden.length > 0) extra.push(`hidden columns ${hidden.join(',')}`);
    const open: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) open.push(cell.address);
    }));
    if (open.length > 0) extra.push(`unlocked ${open.join(',')}`);
  });
  return `${dumpWorkbook(wb)}${extra.join('\n')}\n`;
}
