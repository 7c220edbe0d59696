/** The ranking workbook: the summary linked to each unit's sheet, valid unique sheet names, addressing past column Z. */
import { describe, expect, it } from 'vitest';
import { rankingWorkbook } from '../../../src/excel/ranking-workbook.js';
import { sheetName, sheetRef, uniqueSheetNames } from '../../../src/excel/ranking-workbook-names.js';
import { ParIndexError } from '../../../src/index.js';
import { provinceBatch, rankAll } from './ranking-workbook-support.js';
import { dumpOutput, syntheticSet } from './score-sheet-support.js';
import { throughBytes } from './support.js';

const PRODUCED = '2026-01-15';

describe('rankingWorkbook', () => {
  it('matches the golden dump of the province batch summary', async () => {
    const b = provinceBatch();
    const wb = await throughBytes(rankingWorkbook(b.ranking, b.reports, { sets: b.sets, produced: PRODUCED }));
    const summary = dumpOutput(wb).split('\n').filter((l) => l.startsWith('# workbook') || l === '# Tổng hợp' || /^(Tổng hợp!|columns|views|print|merges)/.test(l) && !l.includes('hidden')).slice(0, 2000);
    await expect(`${summary.join('\n')}\n`).toMatchFileSnapshot('../../golden/ranking-summary.txt');
    expect(wb.worksheets.length).toBe(1 + b.reports.length);
  });

  it('ranks 150 units of a 30-area set: columns past Z, formulas pointing at each unit’s own sheet, names unique', async () => {
    const set = syntheticSet(30, 2);
    const name = 'Ủy ban nhân dân phường Đông Hà, tỉnh Quảng Trị [mới]';
    const units = Array.from({ length: 150 }, (_, i) => ({
      file: `u${i}.json`,
      text: JSON.stringify({ criteriaSet: { id: set.id }, unit: { id: `u${i}`, name: i % 3 === 0 ? name : `Xã số ${i}`, level: 'province' }, year: 2025, points: Object.fromEntries(Array.from({ length: 30 }, (_, a) => [[`${a + 1}.1`, String((i % 4) * 0.25)], [`${a + 1}.2`, '1']]).flat()) }),
    }));
    const b = rankAll([set], units);
    const wb = rankingWorkbook(b.ranking, b.reports, { sets: b.sets, produced: PRODUCED });
    expect((await wb.xlsx.writeBuffer()).byteLength).toBeGreaterThan(0);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.length).toBe(151);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(151);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('AF5').value).toBe('30. Lĩnh vực 30 có một tên khá dài để thử độ rộng cột');
    expect(ws.getCell('AK5').value).toBe('Ghi chú');
    const last = b.ranking.groups[0]!.units[149]!;
    const row = 6 + 149;
    const sheet = names[150]!;
    expect(ws.getCell(`B${row}`).text).toBe(last.unit.name);
    expect(ws.getCell(`AF${row}`).formula).toBe(`${sheetRef(sheet)}!H95`);
    expect(ws.getCell(`AI${row}`)).toMatchObject({ formula: `${sheetRef(sheet)}!H${wb.getWorksheet(sheet)!.getColumn('C').values.findIndex((v) => v === 'CHỈ SỐ CCHC (%)')}`, result: Number(last.index.exact) });
    expect(ws.getCell(`AI${row + 2}`)).toMatchObject({ formula: `AVERAGE(AI6:AI${row})`, result: Number(b.ranking.groups[0]!.mean.exact) });
  });

  it('ranked together, units of different sets get their own area columns', () => {
    const b = provinceBatch('none');
    const ws = rankingWorkbook(b.ranking, b.reports, { sets: b.sets, produced: PRODUCED }).getWorksheet('Tổng hợp')!;
    const heads = (ws.getRow(5).values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect(heads.filter((h) => h.endsWith('(department-example)')).length).toBe(7);
    expect(heads.filter((h) => h.endsWith('(commune-example)')).length).toBe(7);
    expect(ws.getCell('A6').value).toBe(1);
  });

  it('lists an unranked unit last with its reason and no figures', () => {
    const set = syntheticSet(2, 1);
    const unit = (i: number, points: Record<string, string>) => ({ file: `u${i}.json`, text: JSON.stringify({ criteriaSet: { id: set.id }, unit: { id: `u${i}`, name: `Đơn vị ${i}`, level: 'province' }, year: 2025, points }) });
    const b = rankAll([set], [unit(1, { '1.1': '1' }), unit(2, { '1.1': '1', '2.1': '0.5' })]);
    const ws = rankingWorkbook(b.ranking, b.reports, { sets: b.sets, produced: PRODUCED }).getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A7').value).toBeNull();
    expect(ws.getCell('B7').text).toBe('Đơn vị 1');
    expect(ws.getCell('F7').value).toBeNull();
    expect(ws.getCell('I7').text).not.toBe('');
  });

  it('refuses a ranked unit without a report, and a report whose set is not given, naming the function', () => {
    const b = provinceBatch();
    expect(() => rankingWorkbook(b.ranking, b.reports.slice(1), { sets: b.sets, produced: PRODUCED })).toThrow(/^rankingWorkbook: no report for unit/);
    expect(() => rankingWorkbook(b.ranking, b.reports, { sets: b.sets.slice(0, 1), produced: PRODUCED })).toThrow(ParIndexError);
  });
});

describe('sheet names', () => {
  it('makes any unit name a valid sheet name of at most 31 characters, never cutting a character in two', () => {
    expect(sheetName('Sở Tư pháp [ví dụ] / 2025')).toBe('Sở Tư pháp ví dụ 2025');
    expect(sheetName("'Xã A:B*C?'")).toBe('Xã A B C');
    expect(sheetName('   ')).toBe('Đơn vị');
    expect(sheetName('History')).toBe('Đơn vị');
    expect(sheetName('Ủy ban nhân dân phường Đông Hà, tỉnh Quảng Trị')).toBe('Ủy ban nhân dân phường Đông Hà,');
    expect(sheetName('Xa\u0303 A')).toBe('Xã A');
    expect(sheetName('😀'.repeat(40))).toBe('😀'.repeat(15));
  });

  it('keeps names unique ignoring case, away from reserved names, shortening before the counter', () => {
    const long = 'Ủy ban nhân dân phường Đông Hà, tỉnh Quảng Trị';
    expect(uniqueSheetNames(['Xã A', 'xã a', 'XÃ A', 'Tổng hợp', long, long], ['Tổng hợp'])).toEqual([
      'Xã A', 'xã a (2)', 'XÃ A (3)', 'Tổng hợp (2)', 'Ủy ban nhân dân phường Đông Hà,', 'Ủy ban nhân dân phường Đông (2)',
    ]);
  });

  it('quotes a sheet name for formulas, doubling apostrophes', () => {
    expect(sheetRef("Xã Đ'ông")).toBe("'Xã Đ''ông'");
  });
});
