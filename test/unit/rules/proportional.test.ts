/** proportional: maximum × value / full, capped at the maximum, 0 below an optional floor. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { leafInput, leafScorer, leafSet } from '../../support/build.js';

const PAY = { pay: { unit: 'percent' as const } };

/** Example row 2.2: full points at 70%, nothing below 30% ("dưới 30% không có điểm"). */
const payAt = leafScorer(
  leafSet({ kind: 'proportional', metric: 'pay', full: '70', floor: { value: '30', inclusive: true } }, PAY, '1.5'),
);

describe('proportional', () => {
  it('scores 55.18% of a 70% target on 1.5 points, carried to 30 decimals', () => {
    // 1.5 × 55.18 / 70 = 82.77 / 70 = 1.182428571428571428571428571428|571… does not terminate: 30 decimals, half-up.
    expect(payAt({ pay: '55.18' }).points).toBe('1.182428571428571428571428571429');
  });

  it('gives the maximum at and above full, without exceeding it', () => {
    expect(payAt({ pay: '70' }).points).toBe('1.5');
    expect(payAt({ pay: '85' }).points).toBe('1.5');
    expect(payAt({ pay: '100' }).points).toBe('1.5');
    expect(payAt({ pay: '70' }).trace.branch).toBe('pay = 70 ≥ 70 → maximum');
  });

  it('scores exactly at an inclusive floor, and 0 just below it', () => {
    expect(payAt({ pay: '30' }).points).toBe('0.642857142857142857142857142857');
    expect(payAt({ pay: '29.99' }).points).toBe('0');
    expect(payAt({ pay: '29.9999999999999999' }).points).toBe('0');
    expect(payAt({ pay: '29.99' }).trace.branch).toBe('pay = 29.99 below floor 30 → 0');
  });

  it('gives 0 at an exclusive floor ("trên 30%") and points just above it', () => {
    const at = leafScorer(leafSet({ kind: 'proportional', metric: 'pay', floor: { value: '30', inclusive: false } }, PAY, '1'));
    expect(at({ pay: '30' }).points).toBe('0');
    expect(at({ pay: '30' }).trace.branch).toBe('pay = 30 below floor (exclusive) 30 → 0');
    expect(at({ pay: '30.0000000000000001' }).points).toBe('0.300000000000000001');
  });

  it('defaults full to 100 for a percent', () => {
    const at = leafScorer(leafSet({ kind: 'proportional', metric: 'pay' }, PAY, '2'));
    expect(at({ pay: '92.38' }).points).toBe('1.8476');
    expect(at({ pay: '0.92' }).points).toBe('0.0184');
    expect(at({ pay: '0' }).points).toBe('0');
    expect(at({ pay: '92.38' }).trace).toEqual({ rule: 'proportional', inputs: { pay: '92.38' }, branch: '2 × 92.38 / 100', points: '1.8476' });
  });

  it('scores a count against its full value', () => {
    const at = leafScorer(leafSet({ kind: 'proportional', metric: 'n', full: '4' }, { n: { unit: 'count' } }, '1'));
    expect(at({ n: 3 }).points).toBe('0.75');
    expect(at({ n: 5 }).points).toBe('1');
    expect(at({ n: '2.5' }).status).toBe('invalid-input');
  });

  it('gives 0, never negative points, for a negative number', () => {
    // "giảm 15% đầu mối": a unit that grew instead has a negative reduction.
    const at = leafScorer(leafSet({ kind: 'proportional', metric: 'cut', full: '15' }, { cut: { unit: 'number' } }, '1'));
    expect(at({ cut: '7.5' }).points).toBe('0.5');
    const n = at({ cut: '-3' });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('cut = -3 below 0 → 0');
  });

  it('reports missing and invalid input', () => {
    expect(payAt({}).status).toBe('missing-input');
    expect(payAt({ pay: '101' }).status).toBe('invalid-input');
    expect(payAt({ pay: '55,18' }).trace.notes).toEqual(['pay: "55,18" is not a decimal number (write the decimal point as ".", e.g. 92.38)']);
  });

  it('requires full for a metric that is not a percent, and full above 0', () => {
    const noFull = checkCriteriaSet(leafInput({ kind: 'proportional', metric: 'n' }, { n: { unit: 'count' } }));
    expect(noFull.issues.map((i) => [i.code, i.path])).toEqual([['RULE_PARAM_REQUIRED', 'nodes[0].rule.full']]);
    const zeroFull = checkCriteriaSet(leafInput({ kind: 'proportional', metric: 'pay', full: '0' }, PAY));
    expect(zeroFull.issues.map((i) => [i.code, i.path])).toEqual([['RULE_PARAM_INVALID', 'nodes[0].rule.full']]);
  });
});
