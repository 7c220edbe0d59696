/** Due-time expressions: every family, the spelling variants, and the exact issue for what does not read. */
import { describe, expect, it } from 'vitest';
import { parseDueTime } from '../../../src/plan/parse-due-time.js';
import type { DueTime } from '../../../src/schema/plan.js';

function read(text: string, year?: number): DueTime {
  const r = parseDueTime(text, year === undefined ? {} : { year });
  if (!r.ok) throw new Error(`${text}: ${r.issues[0]?.message}`);
  return r.value;
}

const quarter = (due: string, start: string): DueTime => ({ kind: 'date', due, start, precision: 'quarter' });
const month = (due: string, start: string): DueTime => ({ kind: 'date', due, start, precision: 'month' });
const wholeYear = (y: number): DueTime => ({ kind: 'date', due: `${y}-12-31`, start: `${y}-01-01`, precision: 'year' });

describe('parseDueTime: a single due date (the end of the period named)', () => {
  it.each([
    ['Quý I/2025', quarter('2025-03-31', '2025-01-01')],
    ['Quý II/2025', quarter('2025-06-30', '2025-04-01')],
    ['Quý III/2024', quarter('2024-09-30', '2024-07-01')],
    ['Quý IV/2024', quarter('2024-12-31', '2024-10-01')],
    ['Quý IV năm 2024', quarter('2024-12-31', '2024-10-01')],
    ['Trong quý III/2025', quarter('2025-09-30', '2025-07-01')],
    ['Tháng 01/2025', month('2025-01-31', '2025-01-01')],
    ['Tháng 1/2024', month('2024-01-31', '2024-01-01')],
    ['Tháng 02/2024', month('2024-02-29', '2024-02-01')],
    ['Tháng 6/2025', month('2025-06-30', '2025-06-01')],
    ['Trong năm 2025', wholeYear(2025)],
    ['Năm 2025', wholeYear(2025)],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('"Trước 15/01/2024" (before 15/01) is due the day before, 2024-01-14, and keeps the date named', () => {
    expect(read('Trước 15/01/2024')).toEqual({ kind: 'date', due: '2024-01-14', precision: 'day', before: '2024-01-15' });
    expect(read('Trước 30/8/2024')).toEqual({ kind: 'date', due: '2024-08-29', precision: 'day', before: '2024-08-30' });
    expect(read('Trước ngày 01/03/2024')).toMatchObject({ due: '2024-02-29' });
  });

  it('a bare date, "Đến" or "Chậm nhất" a date is due on that date itself', () => {
    expect(read('15/01/2025')).toEqual({ kind: 'date', due: '2025-01-15', precision: 'day' });
    expect(read('Đến ngày 15/01/2025')).toMatchObject({ due: '2025-01-15' });
    expect(read('Chậm nhất 15.01.2025')).toMatchObject({ due: '2025-01-15' });
  });

  it('a period without a year takes options.year', () => {
    expect(read('Quý I', 2025)).toEqual(quarter('2025-03-31', '2025-01-01'));
    expect(read('Tháng 12', 2024)).toEqual(month('2024-12-31', '2024-12-01'));
    expect(read('Quý I/2024', 2025)).toEqual(quarter('2024-03-31', '2024-01-01'));
  });
});

describe('parseDueTime: ranges, recurring, open and two-part due times', () => {
  it('a range is due at the end of its last period; the first may borrow its year', () => {
    expect(read('Tháng 02/2025 - Tháng 12/2025')).toEqual({ kind: 'range', start: '2025-02-01', due: '2025-12-31' });
    expect(read('Từ tháng 2 đến tháng 12/2025')).toEqual({ kind: 'range', start: '2025-02-01', due: '2025-12-31' });
    expect(read('Quý I – Quý III/2025')).toEqual({ kind: 'range', start: '2025-01-01', due: '2025-09-30' });
  });

  it.each([
    ['Hàng quý', { kind: 'recurring', every: ['quarter'] }],
    ['Hằng quý', { kind: 'recurring', every: ['quarter'] }],
    ['Hàng tháng', { kind: 'recurring', every: ['month'] }],
    ['6 tháng', { kind: 'recurring', every: ['half-year'] }],
    ['Định kỳ 6 tháng', { kind: 'recurring', every: ['half-year'] }],
    ['Hàng năm', { kind: 'recurring', every: ['year'] }],
    ['Định kỳ hàng quý và năm 2025', { kind: 'recurring', every: ['quarter', 'year'], year: 2025 }],
    ['Định kỳ', { kind: 'recurring', every: [] }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Thường xuyên', { kind: 'open', reason: 'continuous' }],
    ['Thực hiện liên tục, chủ động ban hành', { kind: 'open', reason: 'continuous', condition: 'chủ động ban hành' }],
    ['Khi có phát sinh', { kind: 'open', reason: 'when-arising', condition: 'có phát sinh' }],
    ['Khi có TTHC ban hành mới hoặc khi có thay đổi', { kind: 'open', reason: 'when-arising', condition: 'có TTHC ban hành mới hoặc khi có thay đổi' }],
    ['Sau khi hoàn thành', { kind: 'open', reason: 'after', condition: 'hoàn thành' }],
    ['Theo tiến độ của Bộ Nội vụ', { kind: 'open', reason: 'as-scheduled', condition: 'tiến độ của Bộ Nội vụ' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('two due times in one cell', () => {
    expect(read('Quý I/2024 Định kỳ')).toEqual({ kind: 'multiple', join: 'and', parts: [quarter('2024-03-31', '2024-01-01'), { kind: 'recurring', every: [] }] });
    expect(read('Năm 2025 hoặc theo yêu cầu của Văn phòng Chính phủ')).toEqual({
      kind: 'multiple',
      join: 'or',
      parts: [wholeYear(2025), { kind: 'open', reason: 'as-scheduled', condition: 'yêu cầu của Văn phòng Chính phủ' }],
    });
  });
});

describe('parseDueTime: spelling variants read the same', () => {
  const q1 = quarter('2025-03-31', '2025-01-01');
  it.each(['Quý I/2025', 'quý i/2025', 'QUÝ I/2025', '  Quý   I / 2025. ', 'Quí I/2025', 'Quý 1/2025', 'Quý I-2025', 'Quý I.2025', 'Quý I năm 2025', 'Quý I/2025'.normalize('NFD'), 'Quý\u00a0I/2025'])('%j', (text) => {
    expect(read(text)).toEqual(q1);
  });
  it('NFD and NFC text give the same condition text', () => {
    expect(read('Sau khi hoàn thành'.normalize('NFD'))).toEqual(read('Sau khi hoàn thành'));
  });
});

describe('parseDueTime: what does not read is an issue, never a guess', () => {
  it.each([
    ['Quý V/2025', 'DUE_TIME_INVALID_DATE', '"Quý V/2025": there is no quarter V (quarters are I–IV)'],
    ['Quý 5/2025', 'DUE_TIME_INVALID_DATE', '"Quý 5/2025": there is no quarter 5 (quarters are I–IV)'],
    ['Tháng 13/2025', 'DUE_TIME_INVALID_DATE', '"Tháng 13/2025": there is no month 13 (months are 1–12)'],
    ['Tháng 0/2025', 'DUE_TIME_INVALID_DATE', '"Tháng 0/2025": there is no month 0 (months are 1–12)'],
    ['31/02/2025', 'DUE_TIME_INVALID_DATE', '"31/02/2025": 31/2/2025 is not a real calendar date'],
    ['Trước 29/02/2025', 'DUE_TIME_INVALID_DATE', '"Trước 29/02/2025": 29/2/2025 is not a real calendar date'],
    ['Tháng 12/2025 - Tháng 02/2025', 'DUE_TIME_INVALID_DATE', '"Tháng 12/2025 - Tháng 02/2025": the range starts (2025-12-01) after it ends (2025-02-28)'],
    ['Quý I', 'DUE_TIME_NO_YEAR', '"Quý I" names no year; write it (e.g. "Quý I/2025") or pass { year }'],
    ['sắp tới', 'DUE_TIME_UNREADABLE', '"sắp tới" is not a due time parindex can read; write e.g. "Quý I/2025", "Tháng 01/2025", "Trước 15/01/2025", "Trong năm 2025", "Hàng quý" or "Thường xuyên"'],
    ['', 'DUE_TIME_UNREADABLE', 'the due time is empty; write e.g. "Quý I/2025", "Tháng 01/2025", "Trước 15/01/2025", "Trong năm 2025", "Hàng quý" or "Thường xuyên"'],
    ['   ', 'DUE_TIME_UNREADABLE', 'the due time is empty; write e.g. "Quý I/2025", "Tháng 01/2025", "Trước 15/01/2025", "Trong năm 2025", "Hàng quý" or "Thường xuyên"'],
  ])('%j → %s', (text, code, message) => {
    expect(parseDueTime(text)).toEqual({ ok: false, issues: [{ code, severity: 'error', path: 'due', message }] });
  });

  it.each(['Quý I/2025 sắp tới', 'Hàng tuần', 'năm', '2025', 'Quý I/2025 hoặc sắp tới'])('%j is unreadable', (text) => {
    expect(parseDueTime(text, { year: 2025 }).issues.map((i) => i.code)).toEqual(['DUE_TIME_UNREADABLE']);
  });

  it('misuse throws, naming the function', () => {
    expect(() => parseDueTime(undefined as unknown as string)).toThrow('parseDueTime: text must be a string, got undefined');
    expect(() => parseDueTime('Quý I', { year: 2025.5 })).toThrow('parseDueTime: options.year must be a whole number, got 2025.5');
  });
});
