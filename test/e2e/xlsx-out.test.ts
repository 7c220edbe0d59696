/**
 * End-to-end: `parindex score … --out` and `parindex rank … --out` from the built CLI (`npm run build` first):
 * the workbook is written atomically, only when there is no error, and the usual report still goes to stdout.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const UNIT = 'examples/rounds/so-tu-phap-2025-appraised.yaml';
let dir = '';

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-xlsx-out-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('parindex score --out', () => {
  it('writes the unit score sheet (overwriting), prints the table as usual and leaves no temporary file', async () => {
    const out = join(dir, 'unit.xlsx');
    writeFileSync(out, 'old');
    const r = cli('score', '--criteria', SET, UNIT, '--as-of', '2026-01-31', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Sở Tư pháp');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const ws = (await read(out)).getWorksheet('Bảng điểm')!;
    expect(ws.getCell('A2').value).toBe('Đơn vị: Sở Tư pháp (ví dụ)');
    expect(ws.getCell('H8').formula).toMatch(/^SUM\(/);
    expect(readdirSync(dir)).toEqual(['unit.xlsx']);
  });

  it('writes nothing when the result has errors (exit 1) or the folder does not exist (exit 2)', () => {
    const out = join(dir, 'incomplete.xlsx');
    const r = cli('score', '--criteria', SET, 'test/fixtures/cli/so-incomplete.yaml', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`nothing was written to ${out}`);
    expect(existsSync(out)).toBe(false);
    const missing = cli('score', '--criteria', SET, UNIT, '--out', join(dir, 'no-such-dir', 'x.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot write .*x\.xlsx: no such file/);
  });
});

describe('parindex rank --out', () => {
  it('writes the summary and one sheet per unit for the province batch', async () => {
    const out = join(dir, 'ranking.xlsx');
    const r = cli('rank', '--criteria', 'criteria/department-example/criteria.yaml', 'criteria/commune-example/criteria.yaml', 'examples/province-batch', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const wb = await read(out);
    expect(wb.worksheets.length).toBe(28);
    expect(wb.worksheets[0]!.name).toBe('Tổng hợp');
    expect(wb.getWorksheet('Tổng hợp')!.getCell('C6').formula).toMatch(/^'.+'!H8$/);
  });

  it('keeps --help true: both commands document --out', () => {
    expect(cli('score', '--help').stdout).toContain('--out <file.xlsx>');
    expect(cli('rank', '--help').stdout).toContain('--out <file.xlsx>');
  });
});

describe('--produced: reproducible workbooks', () => {
  it('the same input and date give the same workbook dump, and the date is the one printed', async () => {
    const { dumpWorkbook } = await import('../unit/excel/support.js');
    const dumps = [];
    for (const name of ['a.xlsx', 'b.xlsx']) {
      const out = join(dir, name);
      const r = cli('score', '--criteria', SET, UNIT, '--out', out, '--produced', '2026-02-10');
      expect(r.code, r.stderr).toBe(0);
      const wb = await read(out);
      expect(wb.created.toISOString().slice(0, 10)).toBe('2026-02-10');
      dumps.push(dumpWorkbook(wb));
    }
    expect(dumps[1]).toBe(dumps[0]);
    expect(dumps[0]).toContain('10/02/2026');
  });

  it('rejects a date that does not exist (exit 2)', () => {
    const r = cli('score', '--criteria', SET, UNIT, '--out', join(dir, 'x.xlsx'), '--produced', '2026-02-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Expected a real date YYYY-MM-DD');
  });
});
