/** Runs LibreOffice headless (its own profile, formulas always recalculated on load) to convert workbooks. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { Decimal } from '../../src/decimal.js';

/** The soffice binary on PATH, or undefined. */
export function findSoffice(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0];
  return r.status === 0 && path ? path : undefined;
}

// OOXMLRecalcMode 0 = always recalculate on load (the default asks, which headless means never).
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `files` to `format` (e.g. "xlsx", "pdf") into `outDir`, with a throwaway profile under `work`. */
export function convert(soffice: string, files: readonly string[], format: string, outDir: string, work: string): void {
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE);
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}${r.stdout}`);
}

/** Cached values of formula cells, by `Sheet!A1` (an absent result is ''). */
export type CachedResults = Map<string, number | string>;

/** Every formula cell's cached value (what the engine wrote), by `Sheet!A1`. */
export function cachedResults(wb: Workbook): CachedResults {
  const out: CachedResults = new Map();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula === undefined) return;
    const r = cell.result;
    out.set(`${ws.name}!${cell.address}`, typeof r === 'number' || typeof r === 'string' ? r : '');
  })));
  return out;
}

/** The workbook's bytes with every cached result removed, so the spreadsheet must compute each one. */
export async function withoutResults(wb: Workbook): Promise<Uint8Array> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  copy.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula !== undefined) cell.value = { formula: cell.formula };
  })));
  return new Uint8Array(await copy.xlsx.writeBuffer());
}

/**
 * Formula cells whose recalculated value differs from the cached one: numbers within 1e-9 (LibreOffice
 * computes in doubles), text exactly; `emptyIsZero` accepts 0 where nothing was cached (a blank input's SUM).
 */
export function mismatches(expected: CachedResults, actual: Workbook, options: { emptyIsZero?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const [address, want] of expected) {
    const [sheet, cell] = address.split('!') as [string, string];
    const got = actual.getWorksheet(sheet)?.getCell(cell).result;
    const same = typeof want === 'number'
      ? typeof got === 'number' && new Decimal(got).minus(want).abs().lte('1e-9')
      : (got ?? '') === want || (options.emptyIsZero === true && want === '' && got === 0);
    if (!same) out.push(`${address}: LibreOffice ${JSON.stringify(got)}, cached ${JSON.stringify(want)}`);
  }
  return out;
}
