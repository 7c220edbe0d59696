/** tiers: "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0" (Cà Mau 1880/2013, 1.1.4), every bound explicit. */
import { describe, expect, it } from 'vitest';
import { codes, leafScorer, leafSet, score } from '../../support/build.js';

const RATE = { rate: { unit: 'percent' as const } };

/** Cà Mau 1.1.4 verbatim: "trên 90%" is exclusive, "từ 70% - 90%" includes both ends. */
const caMau = leafSet(
  {
    kind: 'tiers',
    metric: 'rate',
    tiers: [
      { label: 'trên 90%', min: '90', minInclusive: false, points: '2' },
      { label: 'từ 70% - 90%', min: '70', minInclusive: true, max: '90', maxInclusive: true, points: '1' },
      { label: 'dưới 70%', max: '70', maxInclusive: false, points: '0' },
    ],
  },
  RATE,
  '2',
);
const caMauAt = leafScorer(caMau);

/** The same row written "từ 90%" (inclusive) and "từ 70% đến dưới 90%". */
const fromNinety = leafSet(
  {
    kind: 'tiers',
    metric: 'rate',
    tiers: [
      { label: 'từ 90%', min: '90', points: '2' },
      { label: 'từ 70% đến dưới 90%', min: '70', max: '90', points: '1' },
      { label: 'dưới 70%', max: '70', points: '0' },
    ],
  },
  RATE,
  '2',
);
const fromNinetyAt = leafScorer(fromNinety);

describe('tiers: "trên 90%" (exclusive)', () => {
  it('gives exactly 90 the middle tier, because "trên" means strictly above', () => {
    expect(caMauAt({ rate: '90' }).points).toBe('1');
    expect(caMauAt({ rate: 90 }).points).toBe('1');
  });

  it('gives 90.0000000000000001 (beyond a double) the top tier', () => {
    // As a double this is 90; compared exactly it is above 90.
    expect(caMauAt({ rate: '90.0000000000000001' }).points).toBe('2');
  });

  it('scores values just below, inside and at the ends of each tier', () => {
    expect(caMauAt({ rate: '89.99' }).points).toBe('1');
    expect(caMauAt({ rate: '90.01' }).points).toBe('2');
    expect(caMauAt({ rate: '100' }).points).toBe('2');
    expect(caMauAt({ rate: '70' }).points).toBe('1');
    expect(caMauAt({ rate: '69.99' }).points).toBe('0');
    expect(caMauAt({ rate: '69.9999999999999999' }).points).toBe('0');
    expect(caMauAt({ rate: '0' }).points).toBe('0');
  });
});

describe('tiers: "từ 90%" (inclusive)', () => {
  it('gives exactly 90 the top tier', () => {
    expect(fromNinetyAt({ rate: '90' }).points).toBe('2');
  });

  it('keeps 89.9999999999999999 (beyond a double) in the lower tier', () => {
    // As a double this rounds to 90 and would wrongly reach the top tier.
    expect(fromNinetyAt({ rate: '89.9999999999999999' }).points).toBe('1');
    expect(fromNinetyAt({ rate: '90.0000000000000001' }).points).toBe('2');
    expect(fromNinetyAt({ rate: '89.99' }).points).toBe('1');
  });
});

describe('tiers: decimal points and other units', () => {
  it('gives decimal tier points exactly', () => {
    const set = leafSet(
      { kind: 'tiers', metric: 'rate', tiers: [{ min: '50', points: '0.25' }, { max: '50', points: '0' }] },
      RATE,
      '0.25',
    );
    expect(leafScorer(set)({ rate: '50' }).points).toBe('0.25');
    expect(leafScorer(set)({ rate: '49.5' }).points).toBe('0');
  });

  it('reads a count against tiers covering [0, ∞)', () => {
    const set = leafSet(
      {
        kind: 'tiers',
        metric: 'n',
        tiers: [
          { max: '1', points: '0' },
          { min: '1', max: '3', points: '0.5' },
          { min: '3', points: '1' },
        ],
      },
      { n: { unit: 'count' } },
    );
    const at = leafScorer(set);
    expect(at({ n: 0 }).points).toBe('0');
    expect(at({ n: 1 }).points).toBe('0.5');
    expect(at({ n: 2 }).points).toBe('0.5');
    expect(at({ n: 3 }).points).toBe('1');
    expect(at({ n: '1000000' }).points).toBe('1');
  });
});

describe('tiers: invalid and missing input', () => {
  it('rejects a comma decimal with a hint to write a point', () => {
    const r = score(caMau, { rate: '92,38' });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.nodes[0]!.points).toBeNull();
    expect(r.index).toBeNull();
    expect(r.issues).toEqual([
      {
        nodeCode: '1',
        code: 'INPUT_INVALID',
        severity: 'error',
        path: 'metrics.rate',
        message: 'row 1: rate: "92,38" is not a decimal number (write the decimal point as ".", e.g. 92.38)',
      },
    ]);
  });

  it('rejects a "%" suffix with a hint', () => {
    const r = score(caMau, { rate: '92.38%' });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.issues[0]!.message).toBe('row 1: rate: "92.38%" is not a decimal number (write the number without "%")');
  });

  it('rejects a percent above 100 and below 0', () => {
    const r = score(caMau, { rate: '101' });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.issues[0]!.message).toBe('row 1: rate: 101 is outside [0, 100]');
    expect(score(caMau, { rate: '100.0000000000000001' }).nodes[0]!.status).toBe('invalid-input');
    expect(score(caMau, { rate: '-0.01' }).nodes[0]!.status).toBe('invalid-input');
  });

  it('rejects a boolean where a number is expected', () => {
    const r = score(caMau, { rate: true });
    expect(r.issues[0]!.message).toBe('row 1: rate: expected a number, got true');
  });

  it('reports a missing or null metric as missing input', () => {
    for (const metrics of [{}, { rate: null }]) {
      const r = score(caMau, metrics);
      expect(r.nodes[0]!.status).toBe('missing-input');
      expect(r.nodes[0]!.points).toBeNull();
      expect(codes(r)).toEqual(['INPUT_MISSING']);
      expect(r.issues[0]!.path).toBe('metrics.rate');
    }
  });

  it('accepts a value given with a note and source', () => {
    expect(caMauAt({ rate: { value: '92.38', source: 'báo cáo', note: 'ước tính' } }).points).toBe('2');
  });
});

describe('tiers: trace', () => {
  it('records the rule, the input as given, and the tier taken in words', () => {
    expect(caMauAt({ rate: '90' }).trace).toEqual({
      rule: 'tiers',
      inputs: { rate: '90' },
      branch: 'rate = 90 → tier 2: từ 70% - 90% [70, 90] → 1',
      points: '1',
    });
    expect(caMauAt({ rate: 95.5 }).trace.inputs).toEqual({ rate: 95.5 });
    expect(caMauAt({ rate: '95.5' }).trace.branch).toBe('rate = 95.5 → tier 1: trên 90% > 90 → 2');
    expect(caMauAt({ rate: '12' }).trace.branch).toBe('rate = 12 → tier 3: dưới 70% < 70 → 0');
  });
});
