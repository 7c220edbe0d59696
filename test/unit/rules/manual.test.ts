/** manual: points entered by the appraisal council, within [0, maximum], on the step (e.g. 0.25). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, ParIndexError, scoreAssessment, type Assessment } from '../../../src/index.js';
import { codes, leafInput, leafSet, score, SET_ID } from '../../support/build.js';

const set = leafSet({ kind: 'manual', step: '0.25' }, {}, '1');
const entered = (points: string) => score(set, {}, {}, { points: { '1': points } });

describe('manual', () => {
  it('accepts points on the step, including 0 and the maximum', () => {
    expect(entered('0.75').nodes[0]!.points).toBe('0.75');
    expect(entered('0').nodes[0]!.points).toBe('0');
    expect(entered('1').nodes[0]!.points).toBe('1');
    expect(entered('0.50').nodes[0]!.points).toBe('0.5');
  });

  it('traces the points as entered', () => {
    expect(entered('0.75').nodes[0]!.trace).toEqual({ rule: 'manual', inputs: { points: '0.75' }, branch: 'entered by assessor: 0.75', points: '0.75' });
  });

  it('rejects points off the step', () => {
    const r = entered('0.3');
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.issues).toEqual([{ nodeCode: '1', code: 'MANUAL_OFF_STEP', severity: 'error', path: 'points["1"]', message: 'row 1: 0.3 is not a multiple of 0.25' }]);
    expect(codes(entered('0.2500001'))).toEqual(['MANUAL_OFF_STEP']);
  });

  it('rejects points above the maximum or below 0', () => {
    expect(codes(entered('1.25'))).toEqual(['MANUAL_OUT_OF_RANGE']);
    expect(entered('1.25').issues[0]!.message).toBe('row 1: 1.25 is outside [0, 1]');
    expect(codes(entered('-0.25'))).toEqual(['MANUAL_OUT_OF_RANGE']);
  });

  it('reports points not entered as missing input at points[code]', () => {
    const r = score(set, {});
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(r.nodes[0]!.trace.branch).toBe('missing input: points.1');
    expect(r.issues).toEqual([{ nodeCode: '1', code: 'INPUT_MISSING', severity: 'error', path: 'points["1"]', message: 'row 1 needs points entered by an assessor' }]);
  });

  it('accepts any point within range without a step', () => {
    const free = leafSet({ kind: 'manual' }, {}, '2');
    expect(score(free, {}, {}, { points: { '1': '1.3333' } }).nodes[0]!.points).toBe('1.3333');
  });

  it('rejects a comma decimal in the assessment itself', () => {
    const bad = { criteriaSet: { id: SET_ID }, unit: { id: 'u', name: 'U', level: 'province' }, year: 2025, points: { '1': '0,75' } };
    expect(() => scoreAssessment(set, bad as unknown as Assessment)).toThrow(ParIndexError);
  });

  it('checks the step', () => {
    const issues = (step: string, max: string) => checkCriteriaSet(leafInput({ kind: 'manual', step }, {}, max)).issues.map((i) => [i.code, i.path, i.severity]);
    expect(issues('0', '1')).toEqual([['RULE_PARAM_INVALID', 'nodes[0].rule.step', 'error']]);
    expect(issues('0.3', '1')).toEqual([['RULE_PARAM_INVALID', 'nodes[0].rule.step', 'warning']]);
    expect(issues('0.25', '1.5')).toEqual([]);
  });
});
