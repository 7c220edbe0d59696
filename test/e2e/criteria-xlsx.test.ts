/**
 * End-to-end: `parindex criteria export-xlsx` and `import-xlsx` run from the built CLI
 * (`npm run build` first), writing into a temporary directory.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild, ROOT } from '../support/cli.js';
import { parseCriteriaSet } from '../../src/index.js';

const SET = 'examples/example-department-2025.yaml';
let dir = '';


beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'parindex-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parindex criteria export-xlsx / import-xlsx', () => {
  it('exports the example and imports it back to the same set', () => {
    const xlsx = join(dir, 'set.xlsx');
    const yaml = join(dir, 'set.yaml');
    expect(cli('criteria', 'export-xlsx', SET, '--out', xlsx)).toEqual({ code: 0, stdout: `wrote ${xlsx}\n`, stderr: '' });
    expect(cli('criteria', 'import-xlsx', xlsx, '--out', yaml)).toEqual({ code: 0, stdout: `wrote ${yaml}\n`, stderr: '' });
    const original = parseCriteriaSet(readFileSync(`${ROOT}${SET}`, 'utf8'));
    const back = parseCriteriaSet(readFileSync(yaml, 'utf8'));
    expect(back.ok && original.ok && back.value).toStrictEqual(original.ok && original.value);
    expect(readdirSync(dir).sort()).toEqual(['set.xlsx', 'set.yaml']);
  });

  it('a failed import prints every problem with its cell, exits 1 and writes nothing', async () => {
    const xlsx = join(dir, 'broken.xlsx');
    const out = join(dir, 'broken.yaml');
    expect(cli('criteria', 'export-xlsx', SET, '--out', xlsx).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Tiêu chí')!;
    ws.getCell('E4').value = 2;
    ws.getCell('G6').value = 'pass-fial';
    await wb.xlsx.writeFile(xlsx);
    const r = cli('criteria', 'import-xlsx', xlsx, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${xlsx}: Tiêu chí!E3: row 1.1 has maxPoints 5 but its children add up to 6 [MAX_SUM_MISMATCH]`);
    expect(lines[1]).toMatch(/: Tiêu chí!G6: unknown rule kind "pass-fial"; did you mean "pass-fail"\?/);
    expect(lines[2]).toBe(`${xlsx}: invalid; nothing written`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a file that is not a workbook (exit 1) and a path that does not exist (exit 2)', () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const r = cli('criteria', 'import-xlsx', fake, '--out', join(dir, 'x.yaml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*fake\.xlsx is not an Excel workbook \(\.xlsx\)/);
    expect(cli('criteria', 'import-xlsx', join(dir, 'missing.xlsx'), '--out', join(dir, 'x.yaml')).code).toBe(2);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('refuses a workbook over 20 MB with a clear message (exit 1)', () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1));
    const r = cli('criteria', 'import-xlsx', big, '--out', join(dir, 'big.yaml'));
    expect(r).toEqual({ code: 1, stdout: '', stderr: `error: workbook ${big} is 20971521 bytes, over the 20 MB limit; split it or remove what it does not need\n` });
    rmSync(big);
  });

  it('needs --out (exit 2)', () => {
    const r = cli('criteria', 'export-xlsx', SET);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });
});
