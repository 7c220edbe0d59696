/** The improvement plan as a workbook: target, baseline and re-scored result, each change with its cost and rows; golden dump. */
import { describe, expect, it } from 'vitest';
import { seekTarget, type TargetPlan } from '../../../src/index.js';
import { targetWorkbook } from '../../../src/excel/target-workbook.js';
import { loadSet, loadUnit } from '../scenarios/support.js';
import { dumpWorkbook, throughBytes } from './support.js';

const set = loadSet();
const plan: TargetPlan = seekTarget(set, loadUnit(), { band: 'Xuất sắc' });

describe('targetWorkbook', () => {
  it('prints the target, the standing before and after, and each change', async () => {
    expect(plan.status).toBe('reached');
    const wb = await throughBytes(targetWorkbook(plan, { produced: '2026-02-01', rounding: set.rounding }));
    const ws = wb.getWorksheet('Kế hoạch cải thiện')!;
    expect(ws.getCell('A3').value).toBe('Mục tiêu: Xếp loại Xuất sắc (chỉ số cần từ 90.00%)');
    expect(ws.getCell('A4').value).toBe('Đạt mục tiêu với các thay đổi dưới đây');
    expect([ws.getCell('D7').value, ws.getCell('D8').value]).toEqual(['Tốt', 'Xuất sắc']);
    expect(ws.getCell('C8').numFmt).toBe('0.00');
    const first = plan.changes[0]!;
    expect([ws.getCell('A11').value, ws.getCell('B11').value, ws.getCell('C11').value]).toEqual([first.metric, String(first.from), String(first.to)]);
    expect(ws.getCell(`A${11 + plan.changes.length}`).value).toBe('Tổng chi phí');
  });

  it('matches the golden dump, and the same plan gives the same dump', async () => {
    const a = dumpWorkbook(await throughBytes(targetWorkbook(plan, { produced: '2026-02-01' })));
    expect(dumpWorkbook(await throughBytes(targetWorkbook(plan, { produced: '2026-02-01' })))).toBe(a);
    await expect(a).toMatchFileSnapshot('../../golden/target-workbook.txt');
  });
});
