/** per-occurrence: count × each (e.g. +0.5 per recognised initiative), capped at the row maximum. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { leafInput, leafScorer, leafSet } from '../../support/build.js';

const N = { n: { unit: 'count' as const } };
const at = leafScorer(leafSet({ kind: 'per-occurrence', metric: 'n', each: '0.5' }, N, '1'));

describe('per-occurrence', () => {
  it('adds each occurrence exactly', () => {
    expect(at({ n: 0 }).points).toBe('0');
    expect(at({ n: 1 }).points).toBe('0.5');
    expect(at({ n: 2 }).points).toBe('1');
  });

  it('caps at the row maximum', () => {
    const n = at({ n: 3 });
    expect(n.points).toBe('1');
    expect(n.trace).toEqual({ rule: 'per-occurrence', inputs: { n: 3 }, branch: '3 × 0.5 = 1.5 → capped at 1', points: '1' });
  });

  it('keeps fine steps exact', () => {
    const f = leafScorer(leafSet({ kind: 'per-occurrence', metric: 'n', each: '0.1' }, N, '1'));
    expect(f({ n: 3 }).points).toBe('0.3');
    expect(f({ n: 7 }).points).toBe('0.7');
  });

  it('rejects a count that is not a whole number and reports a missing one', () => {
    expect(at({ n: '0.5' }).status).toBe('invalid-input');
    expect(at({}).status).toBe('missing-input');
  });

  it('rejects a negative each', () => {
    const r = checkCriteriaSet(leafInput({ kind: 'per-occurrence', metric: 'n', each: '-0.5' }, N));
    expect(r.issues.map((i) => i.path)).toEqual(['nodes[0].rule.each']);
    // The code is the schema's, prefixed as a rule parameter problem.
    expect(r.issues[0]!.code).toMatch(/^RULE_/);
  });
});
