/** Metric sources, pointStep and workflow in the workbook: written, read back the same, bad cells reported at the cell. */
import { describe, expect, it } from 'vitest';
import { buildCriteriaWorkbook } from '../../../src/excel/criteria-workbook.js';
import { importCriteriaWorkbook } from '../../../src/excel/criteria-import.js';
import { SHEETS } from '../../../src/excel/layout.js';
import { checkCriteriaSet, formatIssue } from '../../../src/index.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { loadSet, throughBytes } from './support.js';

const EXAMPLE = loadSet('examples/example-department-2025.yaml');

function withSources(): CriteriaSet {
  const data = structuredClone(EXAMPLE);
  data.metrics['reportQ1'] = { ...data.metrics['reportQ1']!, from: { report: 'q1' } };
  data.metrics['planCompletionRate'] = { ...data.metrics['planCompletionRate']!, from: { plan: 'on-time-percent' } };
  const checked = checkCriteriaSet({ ...data, pointStep: '0.25', workflow: { self: { due: { month: 1, day: 15 } }, appraisal1: { withinDays: 20 }, appraisal2: { due: { date: '2026-03-31' } } } });
  if (!checked.ok) throw new Error(checked.issues.map(formatIssue).join('\n'));
  return checked.value;
}

/** Row of "Bộ tiêu chí" whose column A holds `key`. */
function rowOf(ws: ReturnType<typeof setSheet>, key: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value === key) return r;
  throw new Error(`no row ${key}`);
}
const setSheet = (wb: ReturnType<typeof buildCriteriaWorkbook>) => wb.getWorksheet(SHEETS.set)!;

describe('criteria workbook: metric sources, pointStep, workflow', () => {
  it('writes from as report:q1 / plan:on-time-percent, pointStep as a number, workflow as JSON, and reads them back', async () => {
    const set = withSources();
    const wb = await throughBytes(buildCriteriaWorkbook(set));
    const ws = setSheet(wb);
    expect(ws.getCell(`H${rowOf(ws, 'reportQ1')}`).value).toBe('report:q1');
    expect(ws.getCell(`H${rowOf(ws, 'planCompletionRate')}`).value).toBe('plan:on-time-percent');
    expect(ws.getCell(`B${rowOf(ws, 'pointStep')}`).value).toBe(0.25);
    expect(ws.getCell(`B${rowOf(ws, 'workflow')}`).value).toBe('{"self":{"due":{"month":1,"day":15,"yearOffset":0}},"appraisal1":{"withinDays":20},"appraisal2":{"due":{"date":"2026-03-31"}}}');
    const back = importCriteriaWorkbook(wb);
    expect(back.ok && back.value).toStrictEqual(set);
  });

  it('reads a source typed with spaces', async () => {
    const wb = buildCriteriaWorkbook(withSources());
    const ws = setSheet(wb);
    ws.getCell(`H${rowOf(ws, 'reportQ1')}`).value = ' report : q1 ';
    const back = importCriteriaWorkbook(await throughBytes(wb));
    expect(back.ok && back.value.metrics['reportQ1']?.from).toEqual({ report: 'q1' });
  });

  it('reports an unreadable source, a bad step and a period the calendar lacks at their cells', async () => {
    const wb = buildCriteriaWorkbook(withSources());
    const ws = setSheet(wb);
    const q1 = rowOf(ws, 'reportQ1');
    const rate = rowOf(ws, 'planCompletionRate');
    const step = rowOf(ws, 'pointStep');
    ws.getCell(`H${q1}`).value = 'report:q9';
    ws.getCell(`H${rate}`).value = 'plan:late-percent';
    ws.getCell(`B${step}`).value = '0,25';
    const back = importCriteriaWorkbook(await throughBytes(wb));
    expect(back.ok).toBe(false);
    expect(back.issues.map(formatIssue)).toEqual([
      `Bộ tiêu chí!B${step}: "0,25" is not a number; write 0.25 (a point, not a comma) [NOT_A_NUMBER]`,
      `Bộ tiêu chí!H${rate}: "plan:late-percent" is not a metric source; write report:<period> (e.g. report:q1), plan:on-time-percent or plan:done-percent [METRIC_SOURCE_INVALID]`,
      `Bộ tiêu chí!H${q1}: period "q9" is not declared in calendar.periods [UNKNOWN_CALENDAR_REF]`,
    ]);
  });
});
