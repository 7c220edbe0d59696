/**
 * End-to-end: `parindex template` and `parindex import` run from the built CLI (`npm run build` first),
 * writing into a temporary directory.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/index.js';
import { cli, requireBuild, ROOT } from '../support/cli.js';

const SET = 'examples/example-department-2025.yaml';
const APPRAISED = 'examples/rounds/so-tu-phap-2025-appraised.yaml';
let dir = '';

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-template-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = (file: string) => {
  const a = parseAssessment(readFileSync(file, 'utf8'));
  if (!a.ok) throw new Error(`${file} should load`);
  return a.value;
};

describe('parindex template / import', () => {
  it('writes a template from an assessment and imports it back (with --base) to the same assessment', () => {
    const xlsx = join(dir, 'stp-a1.xlsx');
    const out = join(dir, 'out');
    expect(cli('template', '--criteria', SET, '--unit', APPRAISED, '--round', 'appraisal1', '--out', xlsx, '--produced', '2026-01-05'))
      .toEqual({ code: 0, stdout: '', stderr: `wrote ${xlsx}\n` });
    expect(cli('import', xlsx, '--criteria', SET, '--out', out, '--base', APPRAISED)).toEqual({ code: 0, stdout: `wrote ${join(out, 'stp-a1.yaml')}\n`, stderr: '' });
    expect(load(join(out, 'stp-a1.yaml'))).toEqual(load(`${ROOT}${APPRAISED}`));
  });

  it('writes a template for a unit id with --unit-name, --level and --year; refuses an id without them', () => {
    const xlsx = join(dir, 'new.xlsx');
    expect(cli('template', '-c', SET, '-u', 'stp', '--unit-name', 'Sở Tư pháp', '--level', 'province', '--year', '2025', '-o', xlsx).code).toBe(0);
    const out = join(dir, 'new-out');
    expect(cli('import', xlsx, '-c', SET, '-o', out).code).toBe(0);
    const a = load(join(out, 'new.yaml'));
    expect(a.unit).toEqual({ id: 'stp', name: 'Sở Tư pháp', level: 'province' });
    expect(a.rounds).toEqual({ self: { points: {}, notes: {} } });
    expect(cli('template', '-c', SET, '-u', 'stp', '-o', join(dir, 'x.xlsx'))).toEqual({
      code: 2, stdout: '', stderr: 'error: --unit stp is a unit id, not an assessment file: give --unit-name, --level, --year too\n',
    });
  });

  it('a file with errors prints every problem as file: Sheet!Cell: message, writes nothing for it, still writes the others, exits 1', async () => {
    const good = join(dir, 'good.xlsx');
    const bad = join(dir, 'bad.xlsx');
    expect(cli('template', '-c', SET, '-u', APPRAISED, '-o', good, '--produced', '2026-01-05').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(good);
    const ws = wb.getWorksheet('Tiêu chí')!;
    const row = (code: string) => [...Array(ws.rowCount).keys()].map((k) => k + 1).find((r) => ws.getCell(`B${r}`).value === code)!;
    ws.getCell(`E${row('1.1.4')}`).value = '1,5';
    ws.getCell(`D${row('2.2')}`).value = 5;
    writeFileSync(bad, new Uint8Array(await wb.xlsx.writeBuffer()));
    writeFileSync(join(dir, 'bomb.xlsx'), 'not a zip');
    const out = join(dir, 'mixed');
    const r = cli('import', bad, good, join(dir, 'bomb.xlsx'), '-c', SET, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`wrote ${join(out, 'good.yaml')}\n`);
    expect(r.stderr.split('\n')).toEqual([
      `${bad}: Tiêu chí!D${row('2.2')}: the maximum of row 2.2 is 1.5 in criteria set example-department-2025, not 5; maxima cannot be changed [MAX_CHANGED]`,
      `${bad}: Tiêu chí!E${row('1.1.4')}: row 1.1.4: "1,5" uses a decimal comma; write 1.5 (a point, not a comma) [DECIMAL_COMMA]`,
      `${bad}: invalid; nothing written`,
      `${join(dir, 'bomb.xlsx')}: workbook: not an Excel workbook (.xlsx): no zip directory found; save the file as .xlsx [XLSX_NOT_ZIP]`,
      `${join(dir, 'bomb.xlsx')}: invalid; nothing written`,
      'error: 2 of 3 workbooks had errors; nothing was written for them',
      '',
    ]);
    expect(readdirSync(out)).toEqual(['good.yaml']);
  });

  it('keeps --help true', () => {
    expect(cli('import', '--help').stdout).toContain('Every problem is printed as `file: Sheet!Cell: message [CODE]`');
    expect(cli('--help').stdout).toMatch(/template \[options\]/);
    expect(cli('--help').stdout).toMatch(/import \[options\] <filled\.xlsx\.\.\.>/);
  });
});
