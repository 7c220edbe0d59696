/** Due dates resolve to the same calendar day in every time zone the host may run in (Vietnam is UTC+7). */
import { afterEach, describe, expect, it } from 'vitest';
import { dayOfYear, plusDays, resolveDue } from '../../../src/rules/due.js';
import { Calendar } from '../../../src/index.js';
import { leafScorer, leafSet } from '../../support/build.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const HOST_TZ = process.env.TZ;

/** Runs `fn` once per zone; Node applies a change of process.env.TZ at once. */
function inEachZone(fn: (zone: string) => void): void {
  for (const zone of ZONES) {
    process.env.TZ = zone;
    fn(zone);
  }
}

afterEach(() => {
  if (HOST_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = HOST_TZ;
});

const CALENDAR = {
  periods: { year: { name: 'năm', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 12, day: 14 }, due: { dayOfEndMonth: 18 } } },
  deadlines: { planIssue: { month: 12, day: 31, yearOffset: -1 } },
};

describe('dayOfYear', () => {
  it('keeps the last day of a month in every zone', () => {
    inEachZone((zone) => {
      expect([zone, dayOfYear({ month: 12, day: 31, yearOffset: -1 }, 2025)]).toEqual([zone, '2024-12-31']);
      expect([zone, dayOfYear({ month: 1, day: 31, yearOffset: 0 }, 2025)]).toEqual([zone, '2025-01-31']);
    });
  });

  it('clamps a day past the month end to its last day in every zone', () => {
    inEachZone((zone) => {
      expect([zone, dayOfYear({ month: 4, day: 31, yearOffset: 0 }, 2025)]).toEqual([zone, '2025-04-30']);
      expect([zone, dayOfYear({ month: 2, day: 30, yearOffset: 0 }, 2024)]).toEqual([zone, '2024-02-29']);
      expect([zone, dayOfYear({ month: 2, day: 29, yearOffset: 0 }, 2025)]).toEqual([zone, '2025-02-28']);
    });
  });
});

describe('resolveDue and plusDays', () => {
  it('resolve deadlines, periods and fixed dates alike in every zone', () => {
    inEachZone((zone) => {
      const due = (spec: Parameters<typeof resolveDue>[0]) => resolveDue(spec, Calendar.parse(CALENDAR), 2025);
      expect([zone, due({ deadline: 'planIssue' }), due({ period: 'year' }), due({ date: '2025-03-31' })]).toEqual([zone, '2024-12-31', '2025-12-18', '2025-03-31']);
      expect([zone, plusDays('2024-12-31', 10), plusDays('2025-03-30', 1)]).toEqual([zone, '2025-01-10', '2025-03-31']);
    });
  });
});

describe('deadline in Vietnam time (UTC+7)', () => {
  it('scores a plan issued on 31/12 as on time, and accepts fixed due dates', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const set = leafSet({ kind: 'deadline', metric: 'd', due: { deadline: 'planIssue' }, latePoints: '0.5' }, { d: { unit: 'date' } }, '1', { calendar: CALENDAR, validFrom: '2025-01-01' });
    expect(leafScorer(set, { asOf: '2025-12-31' })({ d: '2024-12-31' }).points).toBe('1');
    const fixed = leafSet({ kind: 'deadline', metric: 'd', due: { date: '2025-03-31' } }, { d: { unit: 'date' } });
    expect(leafScorer(fixed)({ d: '2025-03-31' }).points).toBe('1');
  });
});
