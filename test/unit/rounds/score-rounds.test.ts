/** Rounds: final = the last round that lists a row; differences, pending explanations, evidence, late inputs, invalid entries. */
import { describe, expect, it } from 'vitest';
import { CriteriaSet, scoreAssessment, scoreRounds, type AssessmentInput, type RoundsReport } from '../../../src/index.js';
import { assessment, codes, setInput } from '../../support/build.js';

/** Two areas; area 1 has a manual row (step 0.5) and a pass-fail row, area 2 a tiers row; a bonus and a penalty item. */
const SET = CriteriaSet.parse(
  setInput(
    [
      {
        code: '1', name: 'Area 1', maxPoints: '3', children: [
          { code: '1.1', name: 'manual', maxPoints: '2', rule: { kind: 'manual', step: '0.5' } },
          { code: '1.2', name: 'pass-fail', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'done' } },
        ],
      },
      {
        code: '2', name: 'Area 2', maxPoints: '2', children: [
          { code: '2.1', name: 'rate', maxPoints: '2', rule: { kind: 'tiers', metric: 'rate', tiers: [{ min: '90', points: '2' }, { min: '50', max: '90', points: '1' }, { max: '50', points: '0' }] } },
        ],
      },
    ],
    {
      metrics: { done: { unit: 'boolean' }, rate: { unit: 'percent' }, extra: { unit: 'count' }, fined: { unit: 'boolean' } },
      pointStep: '0.25',
      adjustments: {
        bonus: { cap: '1', items: [{ code: 'B1', name: 'bonus', maxPoints: '1', rule: { kind: 'per-occurrence', metric: 'extra', each: '0.5' } }] },
        penalty: { cap: '1', items: [{ code: 'P1', name: 'penalty', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'fined' } }] },
      },
      workflow: { self: { due: { month: 12, day: 31 } }, appraisal1: { due: { month: 1, day: 31, yearOffset: 1 } }, explanation: { withinDays: 5 }, appraisal2: { withinDays: 10 } },
    },
  ),
);

const METRICS = { done: true, rate: '95', extra: 1, fined: false };

function unit(extra: Partial<AssessmentInput>): ReturnType<typeof assessment> {
  return assessment(METRICS, { points: { '1.1': '1.5' }, ...extra });
}

const row = (r: RoundsReport, code: string) => r.rows.find((x) => x.code === code)!;
const pick = (r: RoundsReport, code: string) => {
  const x = row(r, code);
  return [x.rules, x.self, x.appraisal1, x.appraisal2, x.final, x.finalFrom, x.difference, x.status];
};

describe('scoreRounds: which value is final', () => {
  it('without rounds, final is what the rules give, and equals scoreAssessment', () => {
    const a = unit({});
    const r = scoreRounds(SET, a);
    expect(r.stage).toBe('rules');
    expect(pick(r, '1.2')).toEqual(['1', null, null, null, '1', 'rules', '0', 'agreed']);
    expect(r.totals.map((t) => [t.round, t.points, t.index])).toEqual([
      ['rules', '5', '100'],
      ['final', '5', '100'],
    ]);
    expect(r.final).toEqual(scoreAssessment(SET, a));
  });

  it('takes each row from the last round that lists it; rows no round lists keep the rules’ value', () => {
    const r = scoreRounds(SET, unit({
      rounds: {
        self: { points: { '1.1': '2', '1.2': '1', '2.1': '2' } },
        appraisal1: { points: { '1.1': '1', '2.1': '1' }, explanationRequired: ['2.1'] },
        explanation: { rows: { '2.1': { text: 'see the report' } } },
        appraisal2: { points: { '2.1': '1.5' } },
      },
    }));
    expect(r.stage).toBe('appraisal2');
    expect(pick(r, '1.1')).toEqual(['1.5', '2', '1', '1', '1', 'appraisal1', '-1', 'over-scored']);
    expect(pick(r, '1.2')).toEqual(['1', '1', '1', '1', '1', 'self', '0', 'agreed']);
    expect(pick(r, '2.1')).toEqual(['2', '2', '1', '1.5', '1.5', 'appraisal2', '-0.5', 'over-scored']);
    // Area sums per round, and the area difference.
    expect(pick(r, '1').slice(0, 5)).toEqual(['2.5', '3', '2', '2', '2']);
    expect(row(r, '1').difference).toBe('-1');
    expect(r.totals.map((t) => [t.round, t.points])).toEqual([
      ['rules', '5'], ['self', '5.5'], ['appraisal1', '3.5'], ['appraisal2', '4'], ['final', '4'],
    ]);
    // Bonus 0.5 is in every round: tree points plus bonus.
    expect(r.final.points).toBe('4');
    expect(r.final.index).toBe('80');
    expect(r.overScored).toEqual([
      { code: '1.1', name: 'manual', self: '2', final: '1', by: '1' },
      { code: '2.1', name: 'rate', self: '2', final: '1.5', by: '0.5' },
    ]);
    expect(r.waitingForExplanation).toEqual([]);
    expect(r.waitingForReappraisal).toEqual([]);
  });

  it('the final trace says which round decided and what the rule gives', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { '2.1': '1' } }, appraisal1: { points: { '2.1': '0.5' } } } }));
    const t = r.final.nodes[1]!.children[0]!.trace;
    expect(t.branch).toMatch(/^appraisal 1: 0\.5 \(the rule gives 2: /);
    expect(t.inputs).toMatchObject({ rate: '95', appraisal1: '0.5' });
  });

  it('a missing round is carried: appraisal 2 without appraisal 1 still scores, with a warning', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { '1.2': '0' } }, appraisal2: { points: { '1.2': '1' } } } }));
    expect(r.stage).toBe('appraisal2');
    expect(pick(r, '1.2')).toEqual(['1', '0', null, '1', '1', 'appraisal2', '1', 'under-scored']);
    expect(codes(r)).toContain('ROUND_ORDER');
  });

  it('a penalty the unit did not declare counts as over-scoring', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { P1: '0' } }, appraisal1: { points: { P1: '1' } } } }));
    expect(pick(r, 'P1')).toEqual(['0', '0', '1', null, '1', 'appraisal1', '1', 'over-scored']);
    // Tree 4.5 + bonus 0.5 − penalty 1.
    expect(r.final.points).toBe('4');
  });
});

describe('scoreRounds: errors in entered points', () => {
  it('above maximum, off step, negative and not a number are errors of the round that has them', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { '1.1': '2.5', '1.2': '0.3', '2.1': '-1', B1: '1.5' } } } }));
    const mine = r.issues.filter((i) => i.path?.startsWith('rounds')).map((i) => [i.code, i.path, i.message]);
    expect(mine).toEqual([
      ['POINTS_ABOVE_MAX', 'rounds.self.points["1.1"]', 'row 1.1: self-assessment: 2.5 is above the maximum 2'],
      ['POINTS_OFF_STEP', 'rounds.self.points["1.2"]', 'row 1.2: self-assessment: 0.3 is not a multiple of the step 0.25'],
      ['POINTS_NEGATIVE', 'rounds.self.points["2.1"]', 'row 2.1: self-assessment: -1 is below 0'],
      ['POINTS_ABOVE_MAX', 'rounds.self.points.B1', 'row B1: self-assessment: 1.5 is above the maximum 1'],
    ]);
    expect(r.final.complete).toBe(false);
    expect(r.final.index).toBeNull();
  });

  it('the manual rule’s own step wins over the set’s pointStep', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { '1.1': '1.25' } } } }));
    expect(codes(r).filter((c) => c !== 'EVIDENCE_MISSING')).toEqual(['POINTS_OFF_STEP']);
    expect(r.issues[0]!.message).toBe('row 1.1: self-assessment: 1.25 is not a multiple of the step 0.5');
  });

  it('a later round that fixes the value makes the final complete; the earlier error is still listed', () => {
    const r = scoreRounds(SET, unit({ rounds: { self: { points: { '1.1': '3' } }, appraisal1: { points: { '1.1': '2' } } } }));
    expect(r.final.complete).toBe(true);
    expect(r.totals.find((t) => t.round === 'self')!.complete).toBe(false);
    expect(codes(r).filter((c) => c !== 'EVIDENCE_MISSING')).toEqual(['POINTS_ABOVE_MAX']);
  });

  it('points on a parent, a survey row or an unknown code are errors; on a row that does not apply, a warning', () => {
    const set = CriteriaSet.parse(setInput(
      [
        { code: '1', name: 'a', maxPoints: '2', children: [
          { code: '1.1', name: 'x', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'done' } },
          { code: '1.2', name: 'y', maxPoints: '1', appliesTo: { levels: ['commune'] }, rule: { kind: 'pass-fail', metric: 'done' } },
        ] },
        { code: '2', name: 's', maxPoints: '1', scoredBy: 'survey', rule: { kind: 'survey', metric: 'sat' } },
      ],
      { metrics: { done: { unit: 'boolean' }, sat: { unit: 'percent' } } },
    ));
    const r = scoreRounds(set, assessment({ done: true, sat: '50' }, { rounds: { self: { points: { '1': '2', '2': '1', '9.9': '1', '1.2': '1' } } } }));
    expect(r.issues.filter((i) => i.code !== 'EVIDENCE_MISSING').map((i) => [i.code, i.severity, i.path])).toEqual([
      ['POINTS_ON_PARENT', 'error', 'rounds.self.points["1"]'],
      ['POINTS_ON_SURVEY_ROW', 'error', 'rounds.self.points["2"]'],
      ['UNKNOWN_CODE', 'error', 'rounds.self.points["9.9"]'],
      ['POINTS_NOT_APPLICABLE', 'warning', 'rounds.self.points["1.2"]'],
    ]);
  });
});

describe('scoreRounds: the workflow lists', () => {
  it('rows waiting for an explanation and rows explained but not yet re-appraised', () => {
    const r = scoreRounds(SET, unit({
      rounds: {
        self: { points: {} },
        appraisal1: { points: { '1.2': '0' }, explanationRequired: ['1.2', '2.1'] },
        explanation: { rows: { '1.2': { text: 'done in March', evidence: [{ number: '3/BC' }] } } },
      },
    }));
    expect(r.waitingForExplanation).toEqual(['2.1']);
    expect(r.waitingForReappraisal).toEqual(['1.2']);
    expect(row(r, '1.2')).toMatchObject({ explanationRequired: true, explanation: 'done in March', evidence: [{ number: '3/BC' }] });
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['EXPLANATION_PENDING', 'warning', 'rounds.appraisal1.explanationRequired[1]'],
      ['REAPPRAISAL_PENDING', 'info', 'rounds.explanation.rows["1.2"]'],
      ['EVIDENCE_MISSING', 'warning', 'evidence["1.1"]'],
      ['EVIDENCE_MISSING', 'warning', 'evidence["2.1"]'],
      ['EVIDENCE_MISSING', 'warning', 'evidence.B1'],
    ]);
  });

  it('rows claiming points without evidence: a note explains, zero claims nothing, penalties are not claims', () => {
    const r = scoreRounds(SET, unit({
      evidence: { '1.1': [{ summary: 'minutes' }] },
      rounds: { self: { points: { '1.2': '0' }, notes: { '2.1': 'data from the national portal' } } },
    }));
    expect(r.withoutEvidence).toEqual([
      { code: '2.1', name: 'rate', claimed: '2', explained: true },
      { code: 'B1', name: 'bonus', claimed: '0.5', explained: false },
    ]);
    expect(codes(r)).toEqual(['EVIDENCE_MISSING']);
  });

  it('inputs dated after their phase closed, with days late', () => {
    const r = scoreRounds(SET, unit({
      evidence: { '1.1': [{ number: '1', date: '2026-01-03' }], '1.2': [{ number: '2', date: '2025-06-01' }], '2.1': [{ number: '3' }], B1: [{ number: '4' }] },
      rounds: {
        self: { date: '2026-01-02', points: {} },
        appraisal1: { date: '2026-01-31', points: {}, explanationRequired: ['1.2'] },
        explanation: { date: '2026-02-06', rows: { '1.2': { text: 't', evidence: [{ number: '5', date: '2026-02-07' }] } } },
        appraisal2: { date: '2026-02-16', points: {} },
      },
    }));
    expect(r.late).toEqual([
      { phase: 'self', code: null, date: '2026-01-02', due: '2025-12-31', daysLate: 2 },
      { phase: 'evidence', code: '1.1', date: '2026-01-03', due: '2025-12-31', daysLate: 3 },
      { phase: 'explanation', code: null, date: '2026-02-06', due: '2026-02-05', daysLate: 1 },
      { phase: 'evidence', code: '1.2', date: '2026-02-07', due: '2026-02-05', daysLate: 2 },
    ]);
    expect(r.issues.filter((i) => i.code === 'INPUT_LATE').map((i) => i.message)).toEqual([
      'self-assessment is dated 2026-01-02, 2 day(s) after its phase closed (2025-12-31)',
      'evidence for row 1.1 is dated 2026-01-03, 3 day(s) after its phase closed (2025-12-31)',
      'the explanation is dated 2026-02-06, 1 day(s) after its phase closed (2026-02-05)',
      'evidence for row 1.2 is dated 2026-02-07, 2 day(s) after its phase closed (2026-02-05)',
    ]);
  });

  it('scoreAssessment scores the final round by default; option round picks another', () => {
    const a = unit({ rounds: { self: { points: { '1.2': '1' } }, appraisal1: { points: { '1.2': '0' } } } });
    expect(scoreAssessment(SET, a).points).toBe('4');
    expect(scoreAssessment(SET, a, { round: 'self' }).points).toBe('5');
    expect(scoreAssessment(SET, a, { round: 'rules' }).points).toBe('5');
    expect(() => scoreAssessment(SET, a, { round: 'second' as never })).toThrow(/round must be one of final, rules, self, appraisal1, appraisal2, got "second"/);
  });
});

describe('scoreRounds: row codes that are Object.prototype names (found by the rounds property)', () => {
  it('"constructor" and "toString" rows read only their own entries', () => {
    const set = CriteriaSet.parse(setInput(
      [
        { code: 'constructor', name: 'a', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'done' } },
        { code: 'toString', name: 'b', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'done' } },
      ],
      { metrics: { done: { unit: 'boolean' } } },
    ));
    const r = scoreRounds(set, assessment({ done: true }, { rounds: { self: { points: { toString: '0' } } } }));
    expect(pick(r, 'constructor')).toEqual(['1', '1', null, null, '1', 'rules', '0', 'agreed']);
    expect(pick(r, 'toString')).toEqual(['1', '0', null, null, '0', 'self', '0', 'agreed']);
    expect(row(r, 'constructor')).toMatchObject({ note: null, comment1: null, explanation: null, evidence: [] });
  });
});

describe('scoreRounds: a row its rule finds not applicable (found by the rounds property)', () => {
  it('an entered value scores it in that round; the rules column stays empty and parents sum what they have', () => {
    const set = CriteriaSet.parse(setInput(
      [{ code: '1', name: 'a', maxPoints: '2', children: [
        { code: '1.1', name: 'x', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'done' } },
        { code: '1.2', name: 'y', maxPoints: '1', rule: { kind: 'level-target', mode: 'unit-level', metric: 'rate', targets: [{ level: 'district', min: '50' }] } },
      ] }],
      { metrics: { done: { unit: 'boolean' }, rate: { unit: 'percent' } } },
    ));
    const r = scoreRounds(set, assessment({ done: true, rate: '60' }, { rounds: { self: { points: { '1.2': '0.5' } } } }));
    expect(pick(r, '1.2')).toEqual([null, '0.5', null, null, '0.5', 'self', '0', 'agreed']);
    expect(pick(r, '1').slice(0, 5)).toEqual(['1', '1.5', null, null, '1.5']);
    expect(r.final.nodes[0]!.children[1]!.trace.branch).toMatch(/^self-assessment: 0\.5 \(the rule gives not applicable: /);
  });
});
