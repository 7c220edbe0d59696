/** The unit score sheet: golden dumps, cached values equal to the engine's, live formulas, hidden columns, safety. */
import { describe, expect, it } from 'vitest';
import { ranges } from '../../../src/excel/score-sheet-rows.js';
import { bandFor, bandFormula } from '../../../src/excel/score-sheet-bands.js';
import { addScoreSheet, scoreSheet } from '../../../src/excel/score-sheet.js';
import { ParIndexError, scoreRounds } from '../../../src/index.js';
import { Decimal } from '../../../src/decimal.js';
import type { RoundsReport } from '../../../src/schema/rounds.js';
import { provinceBatch } from './ranking-workbook-support.js';
import { dumpOutput, EXAMPLES, exampleReport, syntheticSet } from './score-sheet-support.js';
import { throughBytes } from './support.js';

const PRODUCED = '2026-01-15';
const build = (k: number) => {
  const { set, report } = exampleReport(k);
  return { set, report, wb: scoreSheet(report, { set, produced: PRODUCED }) };
};
const sheetOf = (wb: ReturnType<typeof scoreSheet>) => wb.getWorksheet('Bảng điểm')!;

/** The sheet row of each report row: rows follow the report from row 8. */
const rowOf = (report: RoundsReport, code: string) => 8 + report.rows.findIndex((r) => r.code === code && r.kind === 'row');

describe('scoreSheet', () => {
  it('matches the golden dumps: the example unit (rules only) and the same unit appraised (rounds)', async () => {
    await expect(dumpOutput(await throughBytes(build(0).wb))).toMatchFileSnapshot('../../golden/score-sheet-department.txt');
    await expect(dumpOutput(await throughBytes(build(4).wb))).toMatchFileSnapshot('../../golden/score-sheet-rounds.txt');
  });

  it('is reproducible: fixed dates from `produced`, the same dump twice, the report not mutated', async () => {
    const { set, report } = exampleReport(4);
    const before = structuredClone(report);
    const a = dumpOutput(await throughBytes(scoreSheet(report, { set, produced: PRODUCED })));
    expect(dumpOutput(await throughBytes(scoreSheet(report, { set, produced: PRODUCED })))).toBe(a);
    expect(a).toContain('created 2026-01-15T00:00:00.000Z | modified 2026-01-15T00:00:00.000Z');
    expect(report).toStrictEqual(before);
  });

  it.each(EXAMPLES.map((e, k) => [e.unit, k] as const))('%s: parents, total, applicable maximum and index are formulas cached with the engine’s values', (_file, k) => {
    const { report, wb } = build(k);
    const ws = sheetOf(wb);
    for (const row of report.rows.filter((r) => r.kind === 'row' && !r.leaf && r.applicableMaxPoints !== null)) {
      const cell = ws.getCell(`H${rowOf(report, row.code)}`);
      expect(cell.formula, row.code).toMatch(/^SUM\(/);
      expect(cell.result, row.code).toBe(Number(row.final));
    }
    const label = (text: string) => ws.getColumn('C').values.findIndex((v) => v === text);
    const f = report.final;
    expect(ws.getCell(`H${label('TỔNG ĐIỂM ĐẠT ĐƯỢC')}`).result).toBe(Number(f.points));
    expect(ws.getCell(`D${label('Tổng điểm tối đa áp dụng (không tính tiêu chí không áp dụng)')}`)).toMatchObject({ formula: expect.stringMatching(/^L\d+$/), result: Number(f.applicableMaxPoints) });
    const index = ws.getCell(`H${label('CHỈ SỐ CCHC (%)')}`);
    expect(index.formula).toMatch(/^IF\(/);
    expect(index.result).toBe(Number(f.index));
    expect(ws.getCell(`H${label('Xếp loại')}`).result).toBe(f.band);
  });

  it('hides the columns with no data (never drops them) and the helper columns', () => {
    const plain = sheetOf(build(0).wb);
    expect(['E', 'F', 'G', 'J', 'K', 'L', 'M'].map((c) => plain.getColumn(c).hidden)).toEqual([true, true, true, true, true, true, true]);
    expect(plain.getCell('E7').value).toBe('Điểm tự đánh giá');
    const rounds = sheetOf(build(4).wb);
    expect(['E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => rounds.getColumn(c).hidden)).toEqual([false, false, false, false, false, false, false]);
  });

  it('shows "Không áp dụng" on rows that do not apply and leaves them out of the applicable maximum', () => {
    const batch = provinceBatch();
    const report = batch.reports.find((r) => r.rows.some((x) => x.leaf && x.applicableMaxPoints === null))!;
    const set = batch.sets.find((s) => s.id === report.criteriaSet.id)!;
    const ws = sheetOf(scoreSheet(report, { set, produced: PRODUCED }));
    const na = report.rows.find((x) => x.leaf && x.kind === 'row' && x.applicableMaxPoints === null)!;
    const r = rowOf(report, na.code);
    expect(ws.getCell(`H${r}`).value).toBe('Không áp dụng');
    expect(ws.getCell(`L${r}`)).toMatchObject({ formula: `IF(H${r}="Không áp dụng",0,D${r})`, result: 0 });
    expect(new Decimal(report.final.applicableMaxPoints).lt(report.final.maxPoints)).toBe(true);
  });

  it('writes user text starting with = + - @ as text, never a formula; only web links become hyperlinks', async () => {
    const { set, report } = exampleReport(4);
    const leaf = report.rows.find((r) => r.leaf && r.kind === 'row')!;
    const hostile: RoundsReport = {
      ...report,
      unit: { ...report.unit, name: '=HYPERLINK("http://evil","x")' },
      rows: report.rows.map((r) => (r === leaf ? { ...r, name: '+SUM(A1)', note: '-1+1', comment1: null, comment2: null, explanation: null, explanationRequired: false, evidence: [{ summary: '@cmd', link: 'javascript:alert(1)' }] } : r)),
    };
    const ws = sheetOf(await throughBytes(scoreSheet(hostile, { set, produced: PRODUCED })));
    const r = rowOf(hostile, leaf.code);
    for (const [address, text] of [['A2', 'Đơn vị: =HYPERLINK("http://evil","x")'], [`C${r}`, '+SUM(A1)'], [`K${r}`, '-1+1'], [`J${r}`, '@cmd']] as const) {
      expect(ws.getCell(address).formula, address).toBeUndefined();
      expect(ws.getCell(address).value, address).toBe(text);
    }
  });

  it('writes evidence with a web link as a hyperlink', () => {
    const { report, wb } = build(4);
    const row = report.rows.find((r) => r.evidence.some((d) => d.link?.startsWith('http')));
    if (row === undefined) return;
    expect(sheetOf(wb).getCell(`J${rowOf(report, row.code)}`).value).toMatchObject({ hyperlink: row.evidence.find((d) => d.link?.startsWith('http'))!.link });
  });

  it('addresses rows past 1,000 and sums consecutive leaves as a range', () => {
    const set = syntheticSet(1, 1100);
    const report = scoreRounds(set, { criteriaSet: { id: set.id }, unit: { id: 'u', name: 'U', level: 'province' }, year: 2025, points: { '1.1050': '1' } } as never, { missingInput: 'zero' });
    const ws = sheetOf(scoreSheet(report, { set, produced: PRODUCED }));
    expect(ws.getCell('H8')).toMatchObject({ formula: 'SUM(H9:H1108)', result: 1 });
    expect(ws.getCell('H1058').value).toBe(1);
    expect(ws.getCell('B1058').value).toBe('1.1050');
    expect(ranges('H', [9, 10, 11, 14, 16, 17])).toEqual(['H9:H11', 'H14', 'H16:H17']);
  });

  it('chooses the band with the set’s inclusive flags, rounding the spreadsheet’s doubles to 9 decimals', () => {
    const bands = [{ label: 'A', min: '90', minInclusive: false, maxInclusive: false }, { label: 'B "x"', min: '80', minInclusive: true, max: '90', maxInclusive: true }];
    expect(bandFormula(bands, 'H9')).toBe('IF(ISNUMBER(H9),IF(AND(ROUND(H9,9)>90),"A",IF(AND(ROUND(H9,9)>=80,ROUND(H9,9)<=90),"B ""x""","")),"")');
    expect(['90', '90.0001', '79.99', '80'].map((v) => bandFor(bands, new Decimal(v)))).toEqual(['B "x"', 'A', '', 'B "x"']);
  });

  it('refuses a produced date that is not YYYY-MM-DD and a report of another set, naming the function', () => {
    const { set, report } = exampleReport(0);
    expect(() => scoreSheet(report, { set, produced: '15/01/2026' })).toThrow(ParIndexError);
    expect(() => scoreSheet(report, { set, produced: '2026-02-30x' })).toThrow(/^scoreSheet: produced/);
    const other = exampleReport(3).set;
    expect(() => addScoreSheet(scoreSheet(report, { set, produced: PRODUCED }), report, { set: other, produced: PRODUCED, sheetName: 'x' })).toThrow(/^addScoreSheet: the report was scored with criteria set example-department-2025/);
  });
});
