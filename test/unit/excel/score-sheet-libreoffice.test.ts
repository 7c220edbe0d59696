/**
 * A real spreadsheet recalculates our workbooks: LibreOffice (headless) opens each exported workbook with every
 * cached result removed, recalculates, and every formula must give the engine's value (within 1e-9: it computes in
 * doubles). Required in CI (PARINDEX_REQUIRE_LIBREOFFICE=1, set by .ci/run); skipped with a note elsewhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { rankingWorkbook } from '../../../src/excel/ranking-workbook.js';
import { scoreSheet } from '../../../src/excel/score-sheet.js';
import { cachedResults, convert, findSoffice, mismatches, withoutResults, type CachedResults } from '../../support/libreoffice.js';
import { provinceBatch } from './ranking-workbook-support.js';
import { EXAMPLES, exampleReport, withRound } from './score-sheet-support.js';

const soffice = findSoffice();
const required = process.env.PARINDEX_REQUIRE_LIBREOFFICE === '1';
if (soffice === undefined && !required) console.log('note: soffice (LibreOffice) is not installed: the LibreOffice recalculation test is skipped (apt-get install libreoffice-calc)');

const PRODUCED = '2026-01-15';

/** The workbooks to check, by file name. */
function workbooks(): Map<string, Workbook> {
  const out = new Map<string, Workbook>();
  EXAMPLES.forEach((_, k) => {
    const { set, report } = exampleReport(k);
    out.set(`unit-${k}.xlsx`, scoreSheet(report, { set, produced: PRODUCED }));
  });
  // Rounds: self-assessment over-scores a leaf, appraisal 1 lowers another.
  const { set, report } = exampleReport(0);
  const rounds = withRound(withRound(report, 'self', { '1.1.1': '1', '2.2': '1.5' }), 'appraisal1', { '1.1.1': '0.5', '2.2': '1.25' });
  out.set('unit-rounds.xlsx', scoreSheet(rounds, { set, produced: PRODUCED }));
  const batch = provinceBatch();
  out.set('ranking.xlsx', rankingWorkbook(batch.ranking, batch.reports, { sets: batch.sets, produced: PRODUCED }));
  return out;
}

describe.runIf(soffice !== undefined || required)('LibreOffice recalculates every formula to the engine’s value', () => {
  const work = mkdtempSync(join(tmpdir(), 'parindex-lo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('unit sheets of every shipped example, one with rounds, and the province batch ranking', async () => {
    expect(soffice, 'soffice is required here (PARINDEX_REQUIRE_LIBREOFFICE=1): apt-get install libreoffice-calc').toBeDefined();
    const books = workbooks();
    const expected = new Map<string, CachedResults>();
    for (const [name, wb] of books) {
      expected.set(name, cachedResults(wb));
      writeFileSync(join(work, name), await withoutResults(wb));
    }
    convert(soffice!, [...books.keys()].map((n) => join(work, n)), 'xlsx', join(work, 'out'), work);
    let checked = 0;
    for (const [name, want] of expected) {
      const back = new ExcelJS.Workbook();
      const bytes = readFileSync(join(work, 'out', name));
      await back.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(mismatches(want, back), name).toEqual([]);
      checked += want.size;
    }
    expect(checked).toBeGreaterThan(2500);
  }, 300_000);
});
