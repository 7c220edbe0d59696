/** Calendar periods as plain date strings. */
import { describe, expect, it } from 'vitest';
import { dayBefore, isoDay, monthBounds, quarterBounds, yearBounds } from '../../../src/plan/calendar.js';
import { normaliseDueText } from '../../../src/plan/normalise-due-text.js';
import { dueDateOf } from '../../../src/plan/due-date-of.js';

describe('calendar', () => {
  it('month, quarter and year bounds, leap years included', () => {
    expect(monthBounds(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthBounds(2025, 2)).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(monthBounds(1900, 2)).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect([1, 2, 3, 4].map((q) => quarterBounds(2025, q).end)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(yearBounds(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('days that do not exist are undefined', () => {
    expect(isoDay(2025, 2, 29)).toBeUndefined();
    expect(isoDay(2025, 13, 1)).toBeUndefined();
    expect(isoDay(2025, 4, 31)).toBeUndefined();
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(dayBefore(2024, 3, 1)).toBe('2024-02-29');
    expect(dayBefore(2025, 1, 1)).toBe('2024-12-31');
    expect(dayBefore(2025, 2, 30)).toBeUndefined();
  });
});

describe('normaliseDueText', () => {
  it('reduces spelling variants to one form', () => {
    expect(normaliseDueText('  QUÍ  I/2025. ')).toBe('quý i/2025');
    expect(normaliseDueText('Hằng quý')).toBe('hàng quý');
    expect(normaliseDueText('Tháng 2 – Tháng 3')).toBe('tháng 2 - tháng 3');
    expect(normaliseDueText('Quý I'.normalize('NFD'))).toBe('quý i');
  });
});

describe('dueDateOf', () => {
  it('dates and ranges have their due; multiples their latest dated part; the rest none', () => {
    expect(dueDateOf({ kind: 'range', start: '2025-02-01', due: '2025-12-31' })).toBe('2025-12-31');
    expect(dueDateOf({ kind: 'recurring', every: ['quarter'] })).toBeUndefined();
    expect(dueDateOf({ kind: 'open', reason: 'continuous' })).toBeUndefined();
    const q1 = { kind: 'date', due: '2024-03-31', precision: 'quarter' } as const;
    expect(dueDateOf({ kind: 'multiple', join: 'and', parts: [q1, { kind: 'date', due: '2024-06-30', precision: 'quarter' }] })).toBe('2024-06-30');
    expect(dueDateOf({ kind: 'multiple', join: 'and', parts: [q1, { kind: 'recurring', every: [] }] })).toBe('2024-03-31');
    expect(dueDateOf({ kind: 'multiple', join: 'or', parts: [{ kind: 'recurring', every: [] }, { kind: 'open', reason: 'after' }] })).toBeUndefined();
  });
});
