/** pass-fail: "Đạt yêu cầu: 1; Không đạt yêu cầu: 0" (Cà Mau 1880/2013, 1.1.3). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score } from '../../support/build.js';

const OK = { ok: { unit: 'boolean' as const } };
const set = leafSet({ kind: 'pass-fail', metric: 'ok' }, OK, '1');
const at = leafScorer(set);

describe('pass-fail', () => {
  it('gives the maximum for true and 0 for false', () => {
    expect(at({ ok: true }).points).toBe('1');
    expect(at({ ok: false }).points).toBe('0');
  });

  it('gives failPoints when not passed', () => {
    const f = leafScorer(leafSet({ kind: 'pass-fail', metric: 'ok', failPoints: '0.5' }, OK, '1.5'));
    expect(f({ ok: false }).points).toBe('0.5');
    expect(f({ ok: true }).points).toBe('1.5');
  });

  it('traces the value and the branch', () => {
    expect(at({ ok: true }).trace).toEqual({ rule: 'pass-fail', inputs: { ok: true }, branch: 'đạt (pass)', points: '1' });
    expect(at({ ok: false }).trace.branch).toBe('không đạt (fail)');
  });

  it('rejects text that looks like a boolean', () => {
    for (const ok of ['true', 'đạt', 1]) {
      const n = at({ ok });
      expect(n.status).toBe('invalid-input');
      expect(n.trace.notes).toEqual([`ok: expected true or false, got ${JSON.stringify(ok)}`]);
    }
  });

  it('reports a missing or null value as missing input', () => {
    for (const metrics of [{}, { ok: null }]) {
      const r = score(set, metrics);
      expect(r.nodes[0]!.status).toBe('missing-input');
      expect(codes(r)).toEqual(['INPUT_MISSING']);
    }
  });

  it('rejects failPoints above the maximum and a metric that is not a boolean', () => {
    expect(checkCriteriaSet(leafInput({ kind: 'pass-fail', metric: 'ok', failPoints: '2' }, OK)).issues.map((i) => [i.code, i.path])).toEqual([
      ['POINTS_EXCEED_MAX', 'nodes[0].rule.failPoints'],
    ]);
    expect(checkCriteriaSet(leafInput({ kind: 'pass-fail', metric: 'ok' }, { ok: { unit: 'percent' } })).issues.map((i) => [i.code, i.path])).toEqual([
      ['METRIC_UNIT_MISMATCH', 'nodes[0].rule.metric'],
    ]);
  });
});
