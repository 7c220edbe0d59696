/** Reporting periods as dates, at their edges: seed 000's cut-offs (15/12 → 14/3, 14/6, 14/9, 14/12) and the 18th due day. */
import { describe, expect, it } from 'vitest';
import { CriteriaSet, periodsCovering, reportingPeriods } from '../../../src/index.js';
import { setInput } from '../../support/build.js';

const SET = CriteriaSet.parse(setInput([{ code: '1', name: 'r', maxPoints: '1', rule: { kind: 'manual' } }], {
  calendar: {
    periods: {
      q1: { name: 'Báo cáo quý I', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 3, day: 14 }, due: { dayOfEndMonth: 18 } },
      h1: { name: 'Báo cáo 6 tháng', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 6, day: 14 }, due: { dayOfEndMonth: 18 } },
      q3: { name: 'Báo cáo quý III', start: { month: 6, day: 15 }, end: { month: 9, day: 14 }, due: { dayOfEndMonth: 18 } },
      year: { name: 'Báo cáo năm', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 12, day: 14 }, due: { dayOfEndMonth: 18 } },
      feb: { name: 'February, clamped', start: { month: 2, day: 1 }, end: { month: 2, day: 31 }, due: { month: 3, day: 5 } },
    },
    deadlines: {},
  },
}));

describe('reportingPeriods', () => {
  it('resolves seed 000’s periods for 2025', () => {
    expect(reportingPeriods(SET.calendar, 2025).slice(0, 4)).toEqual([
      { id: 'q1', name: 'Báo cáo quý I', start: '2024-12-15', end: '2025-03-14', due: '2025-03-18' },
      { id: 'h1', name: 'Báo cáo 6 tháng', start: '2024-12-15', end: '2025-06-14', due: '2025-06-18' },
      { id: 'q3', name: 'Báo cáo quý III', start: '2025-06-15', end: '2025-09-14', due: '2025-09-18' },
      { id: 'year', name: 'Báo cáo năm', start: '2024-12-15', end: '2025-12-14', due: '2025-12-18' },
    ]);
  });

  it('clamps a day past the month’s end to its last day, leap years included', () => {
    const feb = (y: number) => reportingPeriods(SET.calendar, y).find((p) => p.id === 'feb')!.end;
    expect([feb(2024), feb(2025)]).toEqual(['2024-02-29', '2025-02-28']);
  });

  it('a date belongs to the periods whose window holds it, both edges included', () => {
    const periods = reportingPeriods(SET.calendar, 2025);
    const ids = (d: string) => periodsCovering(periods, d).map((p) => p.id);
    expect(ids('2024-12-14')).toEqual([]);
    expect(ids('2024-12-15')).toEqual(['q1', 'h1', 'year']);
    expect(ids('2025-03-14')).toEqual(['q1', 'h1', 'year']);
    expect(ids('2025-03-15')).toEqual(['h1', 'year']);
    expect(ids('2025-06-15')).toEqual(['q3', 'year']);
    expect(ids('2025-09-15')).toEqual(['year']);
    expect(ids('2025-12-14')).toEqual(['year']);
    expect(ids('2025-12-15')).toEqual([]);
  });

  it('is the same in every time zone (dates are computed in UTC)', () => {
    const original = process.env.TZ;
    try {
      const seen = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return JSON.stringify(reportingPeriods(SET.calendar, 2025));
      });
      expect(new Set(seen).size).toBe(1);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
