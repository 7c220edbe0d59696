/** deduction: maximum − count × each ("trừ 0,25 điểm mỗi tồn tại chưa khắc phục"), never below the floor. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { leafInput, leafScorer, leafSet } from '../../support/build.js';

const N = { n: { unit: 'count' as const } };
const at = leafScorer(leafSet({ kind: 'deduction', metric: 'n', each: '0.25' }, N, '1'));

describe('deduction', () => {
  it('deducts each occurrence exactly', () => {
    expect(at({ n: 0 }).points).toBe('1');
    expect(at({ n: 1 }).points).toBe('0.75');
    expect(at({ n: 3 }).points).toBe('0.25');
    expect(at({ n: 4 }).points).toBe('0');
  });

  it('stops at the floor (default 0)', () => {
    const n = at({ n: 5 });
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('1 − 5 × 0.25 = -0.25 → floor 0');
    expect(at({ n: 1000 }).points).toBe('0');
  });

  it('stops at a declared floor', () => {
    const f = leafScorer(leafSet({ kind: 'deduction', metric: 'n', each: '0.3', floor: '0.5' }, N, '1.5'));
    expect(f({ n: 3 }).points).toBe('0.6');
    expect(f({ n: 4 }).points).toBe('0.5');
    expect(f({ n: 4 }).trace.branch).toBe('1.5 − 4 × 0.3 = 0.3 → floor 0.5');
  });

  it('traces the count', () => {
    expect(at({ n: 1 }).trace).toEqual({ rule: 'deduction', inputs: { n: 1 }, branch: '1 − 1 × 0.25 = 0.75', points: '0.75' });
  });

  it('rejects a count that is not a whole number, or negative', () => {
    expect(at({ n: '1.5' }).trace.notes).toEqual(['n: "1.5" is not a whole number']);
    expect(at({ n: -1 }).trace.notes).toEqual(['n: -1 is outside [0, ∞]']);
    expect(at({ n: '1,0' }).status).toBe('invalid-input');
  });

  it('reports a missing count', () => {
    expect(at({}).status).toBe('missing-input');
  });

  it('rejects a floor above the maximum and a metric that is not a count', () => {
    expect(checkCriteriaSet(leafInput({ kind: 'deduction', metric: 'n', each: '0.25', floor: '2' }, N)).issues.map((i) => [i.code, i.path])).toEqual([
      ['RULE_PARAM_INVALID', 'nodes[0].rule.floor'],
    ]);
    expect(checkCriteriaSet(leafInput({ kind: 'deduction', metric: 'n', each: '0.25' }, { n: { unit: 'percent' } })).issues.map((i) => [i.code, i.path])).toEqual([
      ['METRIC_UNIT_MISMATCH', 'nodes[0].rule.metric'],
    ]);
  });
});
