/** survey (điều tra xã hội học): maximum × result / scale; a percent share by default. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, CriteriaSet } from '../../../src/index.js';
import { leafScorer, setInput, type MetricsInput, type RuleInput } from '../../support/build.js';

/** A survey row must be scoredBy survey. */
const surveyInput = (rule: RuleInput, metrics: MetricsInput, maxPoints: string, scoredBy: 'self' | 'survey' = 'survey') =>
  setInput([{ code: '1', name: 'survey row', maxPoints, scoredBy, rule }], { metrics });
const surveySet = (rule: RuleInput, metrics: MetricsInput, maxPoints: string) => CriteriaSet.parse(surveyInput(rule, metrics, maxPoints));

describe('survey: a percent share', () => {
  const at = leafScorer(surveySet({ kind: 'survey', metric: 'sat' }, { sat: { unit: 'percent' } }, '3'));

  it('scores maximum × share / 100 exactly', () => {
    expect(at({ sat: '91.5' }).points).toBe('2.745');
    expect(at({ sat: '100' }).points).toBe('3');
    expect(at({ sat: '0' }).points).toBe('0');
    expect(at({ sat: '33.33' }).points).toBe('0.9999');
  });

  it('traces the share and the formula, and marks the row as survey', () => {
    const n = at({ sat: '91.5' });
    expect(n.scoredBy).toBe('survey');
    expect(n.trace).toEqual({ rule: 'survey', inputs: { sat: '91.5' }, branch: '3 × 91.5 / 100', points: '2.745' });
  });

  it('rejects a share above 100', () => {
    expect(at({ sat: '100.5' }).status).toBe('invalid-input');
    expect(at({ sat: '100.5' }).trace.notes).toEqual(['sat: 100.5 is outside [0, 100]']);
  });
});

describe('survey: a score out of a scale', () => {
  it('scores a score out of 10', () => {
    const at = leafScorer(surveySet({ kind: 'survey', metric: 'score', scale: '10' }, { score: { unit: 'number', min: '0', max: '10' } }, '2'));
    expect(at({ score: '8.4' }).points).toBe('1.68');
    expect(at({ score: '10' }).points).toBe('2');
    expect(at({ score: '10.01' }).status).toBe('invalid-input');
  });

  it('rejects a score outside [0, scale] when the metric declares no range', () => {
    const at = leafScorer(surveySet({ kind: 'survey', metric: 'score', scale: '10' }, { score: { unit: 'number' } }, '2'));
    const n = at({ score: '11' });
    expect(n.status).toBe('invalid-input');
    expect(n.trace.notes).toEqual(['score = 11 is outside [0, 10]']);
    expect(at({ score: '-1' }).status).toBe('invalid-input');
    expect(at({ score: '10.0000000000000001' }).status).toBe('invalid-input');
  });

  it('carries a non-terminating share to 30 decimals', () => {
    const at = leafScorer(surveySet({ kind: 'survey', metric: 'score', scale: '3' }, { score: { unit: 'number', min: '0', max: '3' } }, '1'));
    expect(at({ score: '1' }).points).toBe('0.333333333333333333333333333333');
  });

  it('reports a missing result', () => {
    const at = leafScorer(surveySet({ kind: 'survey', metric: 'sat' }, { sat: { unit: 'percent' } }, '3'));
    expect(at({}).status).toBe('missing-input');
  });
});

describe('survey: checks', () => {
  const issues = (input: unknown) => checkCriteriaSet(input).issues.map((i) => [i.code, i.path]);

  it('requires scoredBy survey', () => {
    expect(issues(surveyInput({ kind: 'survey', metric: 'sat' }, { sat: { unit: 'percent' } }, '3', 'self'))).toEqual([['SURVEY_RULE_ON_SELF_ROW', 'nodes[0].rule.kind']]);
  });

  it('requires a scale above 0 for a number', () => {
    expect(issues(surveyInput({ kind: 'survey', metric: 'score' }, { score: { unit: 'number' } }, '2'))).toEqual([['RULE_PARAM_REQUIRED', 'nodes[0].rule.scale']]);
    expect(issues(surveyInput({ kind: 'survey', metric: 'score', scale: '0' }, { score: { unit: 'number' } }, '2'))).toEqual([['RULE_PARAM_INVALID', 'nodes[0].rule.scale']]);
  });
});
