/**
 * A real spreadsheet opens our templates: LibreOffice (headless) recalculates each one with every cached result
 * removed; each formula must give the value we cached (the engine's, within 1e-9), and the workbook LibreOffice
 * saves must import back to the same assessment without a warning. Skipped with a note when soffice is missing,
 * required in CI (PARINDEX_REQUIRE_LIBREOFFICE=1).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importFilled } from '../../../src/excel/import-filled.js';
import { unitTemplate } from '../../../src/excel/template.js';
import { formatIssue } from '../../../src/index.js';
import type { Assessment } from '../../../src/schema/assessment.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { cachedResults, convert, findSoffice, mismatches, withoutResults } from '../../support/libreoffice.js';
import { loadSet } from './support.js';
import { APPRAISED, DEPT, loadAssessment, PRODUCED } from './template-support.js';

const soffice = findSoffice();
const required = process.env.PARINDEX_REQUIRE_LIBREOFFICE === '1';
if (soffice === undefined && !required) console.log('note: soffice (LibreOffice) is not installed: the template recalculation test is skipped');

function cases(): Map<string, { set: CriteriaSet; a: Assessment; wb: Workbook }> {
  const out = new Map<string, { set: CriteriaSet; a: Assessment; wb: Workbook }>();
  for (const round of ['self', 'appraisal1', 'appraisal2'] as const) out.set(`stp-${round}.xlsx`, { set: DEPT, a: APPRAISED, wb: unitTemplate(DEPT, APPRAISED, { round, produced: PRODUCED }) });
  for (const name of ['department-example', 'commune-example', 'province-example']) {
    const set = loadSet(`criteria/${name}/criteria.yaml`);
    const a = loadAssessment(`criteria/${name}/example-unit.yaml`);
    out.set(`${name}.xlsx`, { set, a, wb: unitTemplate(set, a, { round: 'self', produced: PRODUCED }) });
  }
  return out;
}

describe.runIf(soffice !== undefined || required)('LibreOffice recalculates the templates to the cached values', () => {
  const work = mkdtempSync(join(tmpdir(), 'parindex-lo-template-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('every formula of every round and example; the saved workbook imports back equal, without a warning', async () => {
    expect(soffice, 'soffice is required here (PARINDEX_REQUIRE_LIBREOFFICE=1)').toBeDefined();
    const all = cases();
    for (const [name, c] of all) writeFileSync(join(work, name), await withoutResults(c.wb));
    convert(soffice!, [...all.keys()].map((n) => join(work, n)), 'xlsx', join(work, 'out'), work);
    for (const [name, c] of all) {
      const bytes = new Uint8Array(readFileSync(join(work, 'out', name)));
      const back = new ExcelJS.Workbook();
      await back.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(mismatches(cachedResults(c.wb), back, { emptyIsZero: true }), name).toEqual([]);
      const imported = await importFilled(bytes, { set: c.set, base: c.a, file: name });
      expect(imported.issues.map(formatIssue), name).toEqual([]);
      expect(imported.ok && imported.value, name).toEqual(c.a.rounds === undefined ? { ...c.a, rounds: { self: { points: {}, notes: {} } } } : c.a);
    }
  }, 300_000);
});
