/** ratio: numerator / denominator as a percent, proportional or tiered, with a zero-denominator policy. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score } from '../../support/build.js';

const COUNTS = { done: { unit: 'count' as const }, total: { unit: 'count' as const } };
type Policy = 'full' | 'not-applicable' | 'zero';

const proportional = (zeroDenominator: Policy) =>
  leafSet({ kind: 'ratio', numerator: 'done', denominator: 'total', zeroDenominator }, COUNTS, '2');

/** Example row 1.3.1: at least 30% of sub-units inspected. */
const inspected = leafSet(
  {
    kind: 'ratio',
    numerator: 'done',
    denominator: 'total',
    zeroDenominator: 'not-applicable',
    tiers: [
      { label: 'từ 30% trở lên', min: '30', points: '1' },
      { label: 'dưới 30%', max: '30', points: '0' },
    ],
  },
  COUNTS,
);

describe('ratio: proportional', () => {
  const at = leafScorer(proportional('full'));

  it('scores maximum × numerator / denominator exactly', () => {
    expect(at({ done: 3, total: 4 }).points).toBe('1.5');
    expect(at({ done: 4, total: 4 }).points).toBe('2');
    expect(at({ done: 0, total: 4 }).points).toBe('0');
    // 2 × 2847 / 2853 = 1.995793901156677181913774973711|88… does not terminate: 30 decimals, half-up.
    expect(at({ done: 2847, total: 2853 }).points).toBe('1.995793901156677181913774973712');
  });

  it('traces the inputs and the rate', () => {
    expect(at({ done: 2847, total: 2853 }).trace).toEqual({
      rule: 'ratio',
      inputs: { done: 2847, total: 2853 },
      branch: '2847 / 2853 = 99.78969506% → 2 × 2847 / 2853',
      points: '1.995793901156677181913774973712',
    });
  });

  it('rejects a numerator above the denominator', () => {
    const r = score(proportional('full'), { done: 5, total: 4 });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.issues).toMatchObject([{ code: 'INPUT_INVALID', path: 'metrics.done', message: 'row 1: done (5) exceeds total (4)' }]);
  });

  it('applies a floor to the rate', () => {
    const set = leafSet({ kind: 'ratio', numerator: 'done', denominator: 'total', zeroDenominator: 'zero', floor: { value: '50' } }, COUNTS, '1');
    const f = leafScorer(set);
    expect(f({ done: 1, total: 3 }).points).toBe('0');
    expect(f({ done: 1, total: 2 }).points).toBe('0.5');
    expect(f({ done: 2, total: 3 }).points).toBe('0.666666666666666666666666666667');
  });
});

describe('ratio: zero denominator ("không phát sinh")', () => {
  it('full: the maximum', () => {
    const n = leafScorer(proportional('full'))({ done: 0, total: 0 });
    expect(n.status).toBe('scored');
    expect(n.points).toBe('2');
    expect(n.trace.branch).toBe('denominator is 0 (không phát sinh) → maximum');
  });

  it('not-applicable: the row leaves the applicable maximum', () => {
    const r = score(proportional('not-applicable'), { done: 0, total: 0 });
    expect(r.nodes[0]!.status).toBe('not-applicable');
    expect(r.nodes[0]!.points).toBeNull();
    expect(r.nodes[0]!.applicableMaxPoints).toBe('0');
    expect(r.applicableMaxPoints).toBe('0');
    expect(r.index).toBeNull();
    expect(codes(r)).toEqual(['NOTHING_APPLICABLE']);
  });

  it('zero: 0 points', () => {
    const n = leafScorer(proportional('zero'))({ done: 0, total: 0 });
    expect(n.status).toBe('scored');
    expect(n.points).toBe('0');
    expect(n.trace.branch).toBe('denominator is 0 → 0');
  });

  it('rejects a numerator above a zero denominator under every policy', () => {
    // "3 of 0 dossiers on time" is a typing error, not "không phát sinh".
    for (const policy of ['full', 'not-applicable', 'zero'] as const) {
      const r = score(proportional(policy), { done: 3, total: 0 });
      expect(r.nodes[0]!.status).toBe('invalid-input');
      expect(codes(r)).toEqual(['INPUT_INVALID']);
    }
  });
});

describe('ratio: tiers', () => {
  const at = leafScorer(inspected);

  it('puts exactly 30% in the inclusive tier', () => {
    expect(at({ done: 3, total: 10 }).points).toBe('1');
    expect(at({ done: 3, total: 10 }).trace.branch).toBe('3 / 10 = 30% → tier 1: từ 30% trở lên ≥ 30 → 1');
    expect(at({ done: 2, total: 7 }).points).toBe('0');
    expect(at({ done: 3, total: 8 }).points).toBe('1');
  });

  it('compares a non-terminating rate exactly with a long threshold', () => {
    // 1/3 = 33.333…% (40 digits) is above 33.3333333333333333 although both are 33.333333333333336 as doubles.
    const set = leafSet(
      {
        kind: 'ratio',
        numerator: 'done',
        denominator: 'total',
        zeroDenominator: 'zero',
        tiers: [
          { min: '33.3333333333333334', points: '1' },
          { max: '33.3333333333333334', points: '0' },
        ],
      },
      COUNTS,
    );
    expect(leafScorer(set)({ done: 1, total: 3 }).points).toBe('0');
    const lower = leafSet(
      {
        kind: 'ratio',
        numerator: 'done',
        denominator: 'total',
        zeroDenominator: 'zero',
        tiers: [
          { min: '33.3333333333333333', points: '1' },
          { max: '33.3333333333333333', points: '0' },
        ],
      },
      COUNTS,
    );
    expect(leafScorer(lower)({ done: 1, total: 3 }).points).toBe('1');
  });

  it('applies the zero-denominator policy before the tiers', () => {
    expect(at({ done: 0, total: 0 }).status).toBe('not-applicable');
  });
});

describe('ratio: inputs and checks', () => {
  const at = leafScorer(proportional('full'));

  it('reports every missing input', () => {
    const r = score(proportional('full'), {});
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(r.issues.map((i) => i.path)).toEqual(['metrics.done', 'metrics.total']);
    expect(at({ done: 1 }).trace.branch).toBe('missing input: total');
  });

  it('rejects a negative number, which could otherwise score above the maximum', () => {
    // -5 / -4 would be 125%: 2.5 points on a 2-point row.
    const set = leafSet({ kind: 'ratio', numerator: 'a', denominator: 'b', zeroDenominator: 'zero' }, { a: { unit: 'number' }, b: { unit: 'number' } }, '2');
    const f = leafScorer(set);
    expect(f({ a: '3', b: '4' }).points).toBe('1.5');
    for (const metrics of [{ a: '-5', b: '-4' }, { a: '-1', b: '4' }, { a: '0', b: '-4' }]) {
      const n = f(metrics);
      expect(n.status).toBe('invalid-input');
      expect(n.points).toBeNull();
    }
    expect(score(set, { a: '-1', b: '4' }).issues).toMatchObject([{ code: 'INPUT_OUT_OF_RANGE', path: 'metrics.a', message: 'row 1: a = -1 is negative; a ratio needs values ≥ 0' }]);
  });

  it('rejects a count that is not a whole number', () => {
    const n = at({ done: '2.5', total: 4 });
    expect(n.status).toBe('invalid-input');
    expect(n.trace.notes).toEqual(['done: "2.5" is not a whole number']);
  });

  it('rejects a floor together with tiers, and checks tiers over [0, 100]', () => {
    const r = checkCriteriaSet(
      leafInput(
        { kind: 'ratio', numerator: 'done', denominator: 'total', zeroDenominator: 'full', floor: { value: '10' }, tiers: [{ min: '50', points: '1' }] },
        COUNTS,
      ),
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['TIER_GAP', 'nodes[0].rule.tiers[0]'],
      ['RULE_PARAM_INVALID', 'nodes[0].rule.floor'],
    ]);
  });
});
