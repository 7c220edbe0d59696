import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/decimal.js';
import { entries, epsilon, inside, nearest } from '../../../src/scenarios/left-values.js';

describe('threshold values', () => {
  it('epsilon: 1 for counts, 0.01 for most, finer when the threshold or a typed value is finer', () => {
    expect([epsilon('count', '3', '30'), epsilon('percent', '55.18', '90'), epsilon('percent', '55.185', '90'), epsilon('percent', '90', '89.999'), epsilon('percent', '83.333333333333333333', '90')].map(String)).toEqual(['1', '0.01', '0.001', '0.001', '0.01']);
  });

  it('entries: "trên 90%" starts just above 90, "từ 70% - 90%" at 70 and ends at 90, "dưới 70%" ends just below 70', () => {
    const eps = new Decimal('0.01');
    expect(entries({ min: '90', minInclusive: false, maxInclusive: false }, eps)).toEqual(['90.01']);
    expect(entries({ min: '70', minInclusive: true, max: '90', maxInclusive: true }, eps)).toEqual(['70', '90']);
    expect(entries({ max: '70', minInclusive: true, maxInclusive: false }, eps)).toEqual(['69.99']);
  });

  it('inside and nearest', () => {
    expect(inside({ min: '90', minInclusive: false, maxInclusive: false }, new Decimal('90'))).toBe(false);
    expect(inside({ min: '70', minInclusive: true, max: '90', maxInclusive: true }, new Decimal('90'))).toBe(true);
    expect(nearest(['70', '90.01', '69.99', '70.0'], '80')).toEqual(['70', '90.01', '69.99']);
    expect(nearest(['30', '70'], undefined)).toEqual(['30', '70']);
    expect(nearest(['55.18', '70'], '55.18')).toEqual(['70']);
  });
});
