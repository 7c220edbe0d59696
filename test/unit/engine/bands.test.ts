/** Bands (xếp loại): the band holding the unrounded index, each bound inclusive or not. */
import { describe, expect, it } from 'vitest';
import { leafSet, score } from '../../support/build.js';

describe('bands', () => {
  const bands = [
    { label: 'Xuất sắc', min: '90' },
    { label: 'Tốt', min: '80', max: '90' },
    { label: 'Khá', min: '70', max: '80' },
    { label: 'Trung bình', min: '50', max: '70' },
    { label: 'Yếu', max: '50' },
  ];
  const set = leafSet({ kind: 'manual' }, {}, '100', { bands });
  const at = (points: string) => score(set, {}, {}, { points: { '1': points } });

  it('puts each exact lower bound in the band it opens', () => {
    expect(at('90').band).toBe('Xuất sắc');
    expect(at('80').band).toBe('Tốt');
    expect(at('70').band).toBe('Khá');
    expect(at('50').band).toBe('Trung bình');
    expect(at('49.99').band).toBe('Yếu');
    expect(at('0').band).toBe('Yếu');
    expect(at('100').band).toBe('Xuất sắc');
  });

  it('bands the unrounded index: 89.9999999999999999 shows as 90.00 yet is Tốt', () => {
    const r = at('89.9999999999999999');
    expect(r.index).toBe('89.9999999999999999');
    expect(r.display.index).toBe('90.00');
    expect(r.band).toBe('Tốt');
    expect(at('89.995').display.index).toBe('90.00');
  });

  it('honours an exclusive lower bound ("trên 90%")', () => {
    const strict = leafSet({ kind: 'manual' }, {}, '100', {
      bands: [
        { label: 'A', min: '90', minInclusive: false },
        { label: 'B', min: '80', max: '90', maxInclusive: true },
      ],
    });
    const s = (points: string) => score(strict, {}, {}, { points: { '1': points } }).band;
    expect(s('90')).toBe('B');
    expect(s('90.0000000000000001')).toBe('A');
    expect(s('80')).toBe('B');
  });

  it('gives no band below the lowest one', () => {
    const top = leafSet({ kind: 'manual' }, {}, '100', { bands: [{ label: 'A', min: '90' }] });
    expect(score(top, {}, {}, { points: { '1': '89' } }).band).toBeNull();
  });
});
