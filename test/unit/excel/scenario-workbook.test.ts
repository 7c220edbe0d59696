/** The what-if comparison workbook: baseline and scenarios side by side, changes highlighted, one sheet per scenario; golden dump. */
import { describe, expect, it } from 'vitest';
import { compareScenarios, type Scenario, type ScenarioComparison } from '../../../src/index.js';
import { scenarioWorkbook } from '../../../src/excel/scenario-workbook.js';
import { loadScenario, loadSet, loadUnit } from '../scenarios/support.js';
import { dumpWorkbook, throughBytes } from './support.js';

const set = loadSet();
const stp = loadUnit();
const scenarios: Scenario[] = ['online-payment-70', 'plan-on-time', 'both'].map((id) => loadScenario(`examples/scenarios/${id}.yaml`));

function compared(): ScenarioComparison {
  const r = compareScenarios(set, stp, scenarios, { asOf: '2025-12-31' });
  if (!r.ok) expect.fail(JSON.stringify(r.issues));
  return r.value;
}

describe('scenarioWorkbook', () => {
  it('puts the baseline and each scenario side by side, gains filled green, a band change bold', async () => {
    const wb = await throughBytes(scenarioWorkbook(compared(), { produced: '2026-02-01' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['So sánh', 'KB online-payment-70', 'KB plan-on-time', 'KB both']);
    const ws = wb.getWorksheet('So sánh')!;
    expect(ws.getCell('A5').value).toBe('Sở Tư pháp (ví dụ)');
    expect([ws.getCell('B5').value, ws.getCell('C5').value, ws.getCell('D5').value]).toEqual([17.603222472585248, 88.01611236292624, 'Tốt']);
    expect(ws.getCell('B5').numFmt).toBe('0.00');
    // online-payment-70: points, ± points (green), index, ± index, band.
    expect([ws.getCell('F5').value, ws.getCell('G5').value, ws.getCell('J5').value]).toEqual([17.920793901156678, 0.31757142857142856, 'Tốt']);
    expect((ws.getCell('G5').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFD9EAD3');
    // plan-on-time changes the band: bold.
    expect([ws.getCell('P5').value, ws.getCell('P5').font?.bold]).toEqual(['Xuất sắc', true]);
    const detail = wb.getWorksheet('KB online-payment-70')!;
    expect([detail.getCell('B6').value, detail.getCell('B7').value, detail.getCell('F7').value]).toEqual(['2', '2.2', 0.31757142857142856]);
    expect(wb.created.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('matches the golden dump; the same input gives the same dump', async () => {
    const a = dumpWorkbook(await throughBytes(scenarioWorkbook(compared(), { produced: '2026-02-01' })));
    const b = dumpWorkbook(await throughBytes(scenarioWorkbook(compared(), { produced: '2026-02-01' })));
    expect(b).toBe(a);
    await expect(a).toMatchFileSnapshot('../../golden/scenario-workbook.txt');
  });

  it('writes a scenario name that looks like a formula as text', async () => {
    const c = compared();
    const evil = { ...c, scenarios: [{ ...c.scenarios[0]!, name: '=HYPERLINK("http://x","y")' }] };
    const wb = await throughBytes(scenarioWorkbook(evil, { produced: '2026-02-01' }));
    const cell = wb.getWorksheet('KB online-payment-70')!.getCell('A1');
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('Kịch bản online-payment-70: =HYPERLINK("http://x","y")');
  });
});
