/** Broken filled templates: every problem at once, at its cell, as `file: Sheet!Cell: message [CODE]`. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFilled } from '../../../src/excel/import-filled.js';
import { checkArchive } from '../../../src/excel/import-zip.js';
import { MCOL, TCOL, TEMPLATE_SHEETS } from '../../../src/excel/template-layout.js';
import { formatIssue } from '../../../src/index.js';
import type { Assessment } from '../../../src/schema/assessment.js';
import { loadSet } from './support.js';
import { zipOf } from './zip-support.js';
import { APPRAISED, cellOf, DEPT, importLines, rowOf, template } from './template-support.js';

const rows = (wb: Awaited<ReturnType<typeof template>>) => wb.getWorksheet(TEMPLATE_SHEETS.rows)!;

describe('importFilled on broken templates', () => {
  it('reports points written with a decimal comma, above the maximum, off the step and not a number, all at once', async () => {
    const wb = await template(DEPT, APPRAISED);
    cellOf(wb, '1.1.4', 'self').value = '1,5';
    cellOf(wb, '1.1.1', 'self').value = 3;
    cellOf(wb, '2.2', 'self').value = 1.1;
    cellOf(wb, '2.4', 'self').value = 'một';
    const r = (code: string) => rowOf(rows(wb), code);
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Tiêu chí!E${r('1.1.1')}: row 1.1.1: 3 is above the maximum 1 [POINTS_ABOVE_MAX]`,
      `stp.xlsx: Tiêu chí!E${r('1.1.4')}: row 1.1.4: "1,5" uses a decimal comma; write 1.5 (a point, not a comma) [DECIMAL_COMMA]`,
      `stp.xlsx: Tiêu chí!E${r('2.2')}: row 2.2: 1.1 is not a multiple of the step 0.25 [POINTS_OFF_STEP]`,
      `stp.xlsx: Tiêu chí!E${r('2.4')}: row 2.4: "một" is not a number; write a number like 0.25 [NOT_A_NUMBER]`,
    ]);
  });

  it('warns where points are typed on a row also declared không áp dụng (the engine ignores them)', async () => {
    const set = DEPT;
    const wb = await template(set, APPRAISED);
    cellOf(wb, '2.1', 'na').value = 'Không phát sinh hồ sơ';
    cellOf(wb, '2.1', 'self').value = 2;
    const { ok, lines } = await importLines(wb, set);
    expect(ok).toBe(true);
    expect(lines).toEqual([
      `stp.xlsx: Tiêu chí!E${rowOf(rows(wb), '2.1')}: warning: row 2.1 is declared không áp dụng ("Không phát sinh hồ sơ"); its points 2 are ignored [POINTS_ON_NOT_APPLICABLE]`,
      // The sheet's cached area total was not recalculated after the edit: the engine's value is used.
      expect.stringMatching(/^stp\.xlsx: Tiêu chí!E\d+: warning: row 2: the sheet shows [\d.]+ \(computed in the sheet\), the engine computes 3\.75 from the rows; the engine's value is used \[TOTAL_MISMATCH\]$/),
    ]);
  });

  it('detects a moved row', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = rows(wb);
    const from = rowOf(ws, '1.1.2');
    const to = rowOf(ws, '1.1.4');
    const a = ws.getRow(from).values;
    ws.getRow(from).values = ws.getRow(to).values as ExcelJSValues;
    ws.getRow(to).values = a as ExcelJSValues;
    const { ok, lines } = await importLines(wb);
    expect(ok).toBe(false);
    expect(lines).toContain(`stp.xlsx: Tiêu chí!B${from}: row 1.1.4 was on row ${to} of the template and is now on row ${from}; rows must not be moved (totals would add the wrong rows) [ROW_MOVED]`);
  });

  it('detects a deleted row (and not the rows that moved up after it)', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = rows(wb);
    const r = rowOf(ws, '1.3.1');
    ws.spliceRows(r, 1);
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Tiêu chí!B${r}: row 1.3.1 (maximum 1), on row ${r} of the template, is missing; rows must not be deleted (write 0 or leave the points empty instead) [ROW_DELETED]`,
    ]);
  });

  it('detects an added row', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = rows(wb);
    const r = rowOf(ws, '1.3.1');
    ws.spliceRows(r, 0, ['', '1.3.9', 'Tiêu chí thêm', 1, 1]);
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Tiêu chí!B${r}: row ${r} is not in the template; rows must not be inserted or copied: make a new template or move its content to the template's rows [ROW_ADDED]`,
    ]);
  });

  it('detects a changed maximum', async () => {
    const wb = await template(DEPT, APPRAISED);
    cellOf(wb, '1.1.4', 'max').value = 3;
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Tiêu chí!D${rowOf(rows(wb), '1.1.4')}: the maximum of row 1.1.4 is 2 in criteria set example-department-2025, not 3; maxima cannot be changed [MAX_CHANGED]`,
    ]);
  });

  it('warns where a typed total disagrees with the engine, and uses the engine', async () => {
    const wb = await template(DEPT, APPRAISED);
    cellOf(wb, '1', 'self').value = 99;
    // With the base, the engine has the plan, reports and survey the rules read, so it can compute every total.
    const { ok, lines, value } = await importLines(wb, DEPT, APPRAISED);
    expect(ok).toBe(true);
    expect(lines).toEqual([
      `stp.xlsx: Tiêu chí!E${rowOf(rows(wb), '1')}: warning: row 1: the sheet shows 99 (typed in the sheet), the engine computes 8 from the rows; the engine's value is used [TOTAL_MISMATCH]`,
    ]);
    expect(value?.rounds?.self?.points).toEqual(APPRAISED.rounds?.self?.points);
  });

  it('warns where a cached total disagrees (a total computed from other numbers)', async () => {
    const wb = await template(DEPT, APPRAISED);
    const total = rows(wb).getCell(`${TCOL.self}${rows(wb).rowCount}`);
    total.value = { formula: (total.value as { formula: string }).formula, result: 1 };
    const { lines } = await importLines(wb, DEPT, APPRAISED);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^stp\.xlsx: Tiêu chí!E\d+: warning: the total: the sheet shows 1 \(computed in the sheet\), the engine computes [\d.]+ from the rows; the engine's value is used \[TOTAL_MISMATCH\]$/);
  });

  it('reads text that looks like a formula back as text', async () => {
    const evil = '=HYPERLINK("http://x.invalid","click")';
    const a: Assessment = { ...APPRAISED, rounds: { self: { points: {}, notes: { '1.1.1': evil, '1.1.2': '+1', '1.1.3': '-2', '1.1.4': '@SUM(A1)' } } } };
    const wb = await template(DEPT, a);
    expect(cellOf(wb, '1.1.1', 'notes').value).toBe(evil);
    expect(cellOf(wb, '1.1.1', 'notes').formula).toBeUndefined();
    const { value } = await importLines(wb);
    expect(value?.rounds?.self?.notes).toEqual(a.rounds!.self!.notes);
  });

  it('reports an unknown metric and a bad metric value at their cells', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.metrics)!;
    const last = ws.rowCount + 1;
    ws.getCell(`${MCOL.id}${last}`).value = 'invented';
    ws.getCell(`${MCOL.value}${last}`).value = 5;
    const rate = [...Array(ws.rowCount).keys()].map((k) => k + 1).find((r) => ws.getCell(`A${r}`).value === 'onlinePaymentRate')!;
    ws.getCell(`${MCOL.value}${rate}`).value = '55,18';
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Số liệu!D${rate}: metric onlinePaymentRate: "55,18" uses a decimal comma; write 55.18 (a point, not a comma) [DECIMAL_COMMA]`,
      `stp.xlsx: Số liệu!A${last}: metric "invented" is not declared in criteria set example-department-2025 [METRIC_UNKNOWN]`,
    ]);
  });

  it('refuses a template for another set or another unit', async () => {
    const wb = await template(DEPT, APPRAISED);
    const other = loadSet('criteria/department-example/criteria.yaml');
    expect((await importLines(wb, other)).lines).toEqual([
      'stp.xlsx: _parindex!B2: the template is for criteria set example-department-2025, not department-example [WRONG_SET]',
    ]);
    const base: Assessment = { ...APPRAISED, unit: { ...APPRAISED.unit, id: 'snv' } };
    expect((await importLines(wb, DEPT, base)).lines).toEqual([
      'stp.xlsx: _parindex!B4: the template is for unit stp, not snv (the base assessment) [WRONG_UNIT]',
    ]);
  });

  it('reads evidence added below the listed documents; dd/mm/yyyy dates become YYYY-MM-DD; bad rows at their cells', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.evidence)!;
    const r = ws.rowCount + 1;
    ws.getRow(r).values = ['2.3', '77/BC-STP', '06/01/2025', 'Sở Tư pháp', 'Báo cáo số liệu'];
    ws.getRow(r + 1).values = ['9.9', '1/QĐ'];
    ws.getRow(r + 2).values = ['2.3', undefined, '31/02/2025'];
    expect((await importLines(wb)).lines).toEqual([
      `stp.xlsx: Tài liệu kiểm chứng!A${r + 1}: "9.9" is not a row of criteria set example-department-2025 [EVIDENCE_ROW_UNKNOWN]`,
      `stp.xlsx: Tài liệu kiểm chứng!C${r + 2}: "31/02/2025" is not a date; write it YYYY-MM-DD (2025-01-31) or dd/mm/yyyy (31/01/2025) [NOT_A_DATE]`,
      `stp.xlsx: Tài liệu kiểm chứng!B${r + 2}: a document needs at least a number (số hiệu), a summary (trích yếu), a link or a file name [EVIDENCE_EMPTY]`,
    ]);
    for (const k of [r + 1, r + 2]) ws.getRow(k).eachCell((cell) => (cell.value = null));
    const { value, lines } = await importLines(wb);
    expect(lines).toEqual([]);
    expect(value?.evidence['2.3']).toEqual([{ number: '77/BC-STP', date: '2025-01-06', issuer: 'Sở Tư pháp', summary: 'Báo cáo số liệu' }]);
  });

  it('refuses a template for another year of the unit', async () => {
    const wb = await template(DEPT, APPRAISED);
    expect((await importLines(wb, DEPT, { ...APPRAISED, year: 2024 })).lines).toEqual([
      'stp.xlsx: _parindex!B8: the template is for year 2025, not 2024 (the base assessment) [WRONG_YEAR]',
    ]);
  });

  it('refuses a sheet with too many rows', async () => {
    const wb = await template(DEPT, APPRAISED);
    rows(wb).getCell('C5001').value = 'x';
    expect((await importLines(wb)).lines).toEqual(['stp.xlsx: Tiêu chí!A5001: the sheet has 5001 rows; at most 5000 are read [TOO_MANY_ROWS]']);
  });

  it('refuses bytes that are not a zip, and a file over 20 MB, before unpacking', async () => {
    const notZip = await importFilled(new TextEncoder().encode('criteriaSet: x'), { set: DEPT, file: 'a.xlsx' });
    expect(notZip.issues.map(formatIssue)).toEqual(['a.xlsx: workbook: not an Excel workbook (.xlsx): no zip directory found; save the file as .xlsx [XLSX_NOT_ZIP]']);
    const big = await importFilled(new Uint8Array(20 * 1024 * 1024 + 1), { set: DEPT, file: 'big.xlsx' });
    expect(big.issues.map(formatIssue)).toEqual(['big.xlsx: workbook: the file is 20971521 bytes, over the 20 MB limit; split it or remove what it does not need [XLSX_TOO_LARGE]']);
  });
});

describe('importFilled misuse', () => {
  it('throws a usage error naming the function', async () => {
    await expect(importFilled('stp.xlsx' as unknown as Uint8Array, { set: DEPT })).rejects.toThrow(/^importFilled: data must be a Uint8Array or an ArrayBuffer/);
    await expect(importFilled(new Uint8Array(4), undefined as unknown as { set: typeof DEPT })).rejects.toThrow(/^importFilled: options.set/);
  });
});

describe('checkArchive (zip bombs)', () => {
  it('refuses a part that unpacks more than 100 times its size', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(5 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(checkArchive(bytes).map(formatIssue)).toEqual([
      expect.stringMatching(/^workbook: part "xl\/worksheets\/sheet1\.xml" unpacks from \d+ to 5242880 bytes \(ratio over 100\); refused as a possible zip bomb \[XLSX_ZIP_BOMB\]$/),
    ]);
    const result = await importFilled(bytes, { set: DEPT, file: 'bomb.xlsx' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('XLSX_ZIP_BOMB');
  });

  it('refuses an archive whose directory declares more than 100 MB in total', () => {
    const parts = Array.from({ length: 30 }, (_, k) => ({ name: `xl/p${k}.xml`, declared: 4 * 1024 * 1024 }));
    expect(checkArchive(zipOf(parts)).map((i) => i.code)).toEqual(['XLSX_ZIP_BOMB']);
  });

  it('accepts a real template', async () => {
    const { bytesOf } = await import('./template-support.js');
    const { unitTemplate } = await import('../../../src/excel/template.js');
    expect(checkArchive(await bytesOf(unitTemplate(DEPT, APPRAISED, { round: 'self', produced: '2026-01-05' })))).toEqual([]);
  });
});

type ExcelJSValues = Parameters<(v: import('exceljs').Row['values']) => void>[0];
