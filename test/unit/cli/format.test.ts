import { describe, expect, it } from 'vitest';
import { maxText, plural, rounded, vnDate, wrap } from '../../../src/cli/format.js';
import { reportWidth } from '../../../src/cli/report.js';

describe('CLI formatting', () => {
  it('rounds half-up on the exact decimal, never through a float', () => {
    expect(rounded('2.745', 2)).toBe('2.75');
    expect(rounded('1.005', 2)).toBe('1.01');
    expect(rounded('88.016112362926243052426017725702268289', 2)).toBe('88.02');
    expect(rounded('0', 2)).toBe('0.00');
  });

  it('prints maxima with the set decimals but never drops a digit', () => {
    expect(maxText('1.5', 2)).toBe('1.50');
    expect(maxText('0.25', 1)).toBe('0.25');
    expect(maxText('20', 0)).toBe('20');
  });

  it('writes dates the Vietnamese way', () => {
    expect(vnDate('2025-12-31')).toBe('31/12/2025');
  });

  it('wraps names with a hanging indent and no line over the width', () => {
    expect(wrap('Kế hoạch CCHC năm', 10, 2)).toEqual(['  Kế hoạch', '    CCHC', '    năm']);
    expect(wrap('Báo cáo', 40, 0)).toEqual(['Báo cáo']);
    const long = wrap(`Tỷ lệ ${'x'.repeat(50)} hồ sơ`, 20, 4);
    expect(long.every((l) => l.length <= 20)).toBe(true);
    expect(long.join('').replace(/\s/g, '')).toBe(`Tỷlệ${'x'.repeat(50)}hồsơ`);
  });

  it('composes Vietnamese text written with combining marks before measuring it', () => {
    expect(wrap('Tie\u0302\u0301u chi\u0301', 40, 0)).toEqual(['Tiếu chí']);
  });

  it('keeps the report width readable', () => {
    expect(reportWidth(undefined)).toBe(100);
    expect(reportWidth(40)).toBe(60);
    expect(reportWidth(250)).toBe(140);
  });

  it('counts in English next to English messages', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(3, 'warning')).toBe('3 warnings');
  });
});
