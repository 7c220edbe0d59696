/** The unit template: golden dump, reproducible, protected with unlocked inputs, validation, prefilled rounds, misuse. */
import { describe, expect, it } from 'vitest';
import { unitTemplate } from '../../../src/excel/template.js';
import { TCOL, TEMPLATE_SHEETS } from '../../../src/excel/template-layout.js';
import { ParIndexError } from '../../../src/index.js';
import type { Assessment, Unit } from '../../../src/schema/assessment.js';
import { loadSet } from './support.js';
import { APPRAISED, bytesOf, cellOf, DEPT, dumpTemplate, loadAssessment, PRODUCED, readBack, rowOf, template } from './template-support.js';

const DEPARTMENT = loadSet('criteria/department-example/criteria.yaml');
const DEPARTMENT_UNIT = loadAssessment('criteria/department-example/example-unit.yaml');

describe('unitTemplate', () => {
  it('matches the golden dump (appraisal 1 of the appraised example, read back from xlsx bytes)', async () => {
    await expect(dumpTemplate(await template(DEPT, APPRAISED, 'appraisal1'))).toMatchFileSnapshot('../../golden/template-appraisal1.txt');
  });

  it('gives the same dump for the same input, with the workbook dates from `produced`', async () => {
    const a = dumpTemplate(await template(DEPT, APPRAISED));
    const b = dumpTemplate(await template(DEPT, structuredClone(APPRAISED)));
    expect(a).toBe(b);
    const wb = await template(DEPT, APPRAISED);
    expect(wb.created.toISOString()).toBe(`${PRODUCED}T00:00:00.000Z`);
    expect(wb.modified.toISOString()).toBe(`${PRODUCED}T00:00:00.000Z`);
  });

  it('protects every sheet; only the round\'s inputs are unlocked; parents and totals are live formulas', async () => {
    const wb = await template(DEPT, APPRAISED);
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.rows)!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(cellOf(wb, '1.1.4', 'self').protection?.locked).toBe(false);
    expect(cellOf(wb, '1.1.4', 'max').protection?.locked).not.toBe(false);
    expect(cellOf(wb, '1.1', 'self').formula).toBe('SUM(O10:O13)');
    expect(cellOf(wb, '1.1', 'self').protection?.locked).not.toBe(false);
    expect(wb.getWorksheet(TEMPLATE_SHEETS.meta)!.state).toBe('veryHidden');
    for (const c of [TCOL.markCode, TCOL.markMax, TCOL.effective, TCOL.appraisal1, TCOL.appraisal2]) expect(ws.getColumn(c).hidden, c).toBe(true);
  });

  it('validates points: 0 to the maximum on the step, a list for pass/fail rows', async () => {
    const wb = await template(DEPT, APPRAISED);
    const r = rowOf(wb.getWorksheet(TEMPLATE_SHEETS.rows)!, '2.2');
    expect(cellOf(wb, '2.2', 'self').dataValidation).toMatchObject({ type: 'custom', formulae: [`AND(ISNUMBER(E${r}),E${r}>=0,E${r}<=1.5,ABS(E${r}/0.25-ROUND(E${r}/0.25,0))<0.000001)`] });
    const noStep = { ...DEPT, pointStep: undefined } as typeof DEPT;
    delete (noStep as { pointStep?: string }).pointStep;
    const plain = await template(noStep, APPRAISED);
    expect(cellOf(plain, '1.1.3', 'self').dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1"'] });
    expect(cellOf(plain, '1.1.4', 'self').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 2] });
  });

  it('for appraisal 2: earlier rounds are locked references, the round\'s points, comments and requests prefilled', async () => {
    const wb = await template(DEPT, APPRAISED, 'appraisal2');
    expect(cellOf(wb, '1.1.4', 'self').value).toBe(2);
    expect(cellOf(wb, '1.1.4', 'appraisal1').value).toBe(1);
    expect(cellOf(wb, '1.1.4', 'appraisal1').protection?.locked).not.toBe(false);
    expect(cellOf(wb, '1.1.4', 'appraisal2').value).toBe(1.5);
    expect(cellOf(wb, '1.1.4', 'comments').value).toBe('Chấp nhận một phần giải trình');
    expect(cellOf(wb, '1.1.4', 'explain').dataValidation).toMatchObject({ type: 'list', formulae: ['"có,không"'] });
    expect(cellOf(wb, '1.1.4', 'notes').protection?.locked).not.toBe(false);
    expect(cellOf(wb, '1.1.4', 'notes').value).toBe('Giải trình: Nhiệm vụ 3 và 4 hoàn thành đúng hạn theo kế hoạch điều chỉnh số 40/KH-STP');
  });

  it('writes "Không áp dụng" on rows for other levels, prefills a declared not-applicable reason, locks survey rows', async () => {
    const nodes = structuredClone(DEPT.nodes);
    nodes[0]!.children![1]!.appliesTo = { levels: ['commune'] };
    const wb = await template({ ...DEPT, nodes }, APPRAISED);
    for (const code of ['1.2', '1.2.1', '1.2.2']) {
      expect(cellOf(wb, code, 'self').value, code).toBe('Không áp dụng');
      expect(cellOf(wb, code, 'self').protection?.locked, code).not.toBe(false);
    }
    expect(cellOf(wb, '3.1', 'self').protection?.locked).not.toBe(false);
    const dept = await template(DEPARTMENT, DEPARTMENT_UNIT);
    expect(cellOf(dept, '3.3', 'na').value).toBe('Sở không có TTHC có nghĩa vụ tài chính (không phát sinh)');
    expect(cellOf(dept, '3.3', 'na').protection?.locked).toBe(false);
  });

  it('makes a template from a unit and a year', async () => {
    const unit: Unit = { id: 'stp', name: '=Sở Tư pháp', level: 'province', type: 'so' };
    const wb = await readBack(await bytesOf(unitTemplate(DEPT, unit, { round: 'self', produced: PRODUCED, year: 2025 })));
    expect(wb.getWorksheet(TEMPLATE_SHEETS.rows)!.getCell('A2').value).toBe('Đơn vị: =Sở Tư pháp (mã stp, cấp province, loại so)');
  });

  it('throws on misuse, naming the function', () => {
    const unit: Unit = { id: 'stp', name: 'Sở', level: 'province' };
    expect(() => unitTemplate(DEPT, APPRAISED, { round: 'final' as 'self', produced: PRODUCED })).toThrow(/^unitTemplate: round must be one of self, appraisal1, appraisal2/);
    expect(() => unitTemplate(DEPT, APPRAISED, { round: 'self', produced: '05/01/2026' })).toThrow(/^unitTemplate: produced must be a date YYYY-MM-DD/);
    expect(() => unitTemplate(DEPT, unit, { round: 'self', produced: PRODUCED })).toThrow(/^unitTemplate: options.year is required/);
    const bad = { ...APPRAISED, year: 1800 } as Assessment;
    expect(() => unitTemplate(DEPT, bad, { round: 'self', produced: PRODUCED })).toThrow(ParIndexError);
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([DEPT, APPRAISED]);
    unitTemplate(DEPT, APPRAISED, { round: 'appraisal2', produced: PRODUCED });
    expect(JSON.stringify([DEPT, APPRAISED])).toBe(before);
  });
});
