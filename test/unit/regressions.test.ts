/** Counterexamples found by the property tests (test/property), kept as plain unit tests. */
import { describe, expect, it } from 'vitest';
import { checkAssessment, checkCriteriaSet, compareScenarios, diffSets, parseDueTime, rankUnits, reportingPeriods, compilePlan, deriveInputs, evaluate, formatIssues, ParIndexError, planCompletion, pointsLeft, scoreAssessment, seekTarget, setInForce, simulate } from '../../src/index.js';
import type { AssessmentInput } from '../../src/schema/assessment.js';
import type { CriteriaSet, CriteriaSetInput } from '../../src/schema/criteria-set.js';
import type { ScoreResult } from '../../src/schema/result.js';

function oneRow(metrics: CriteriaSetInput['metrics'], maxPoints: string, rule: Record<string, unknown>): CriteriaSet {
  const checked = checkCriteriaSet({ id: 'reg', version: '1', title: 'regression', status: 'example', unitLevels: ['province'], metrics, nodes: [{ code: '1', name: 'row', maxPoints, rule }] });
  if (!checked.ok) throw new Error(formatIssues(checked.issues));
  return checked.value;
}

function score(set: CriteriaSet, metrics: AssessmentInput['metrics'], options: Parameters<typeof scoreAssessment>[2] = {}): ScoreResult {
  const a = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, metrics });
  if (!a.ok) throw new Error(formatIssues(a.issues));
  return scoreAssessment(set, a.value, options);
}

describe('regressions found by property tests', () => {
  it('ratio: negative numerator and denominator are rejected, not scored above the maximum (was 4.0008 of 4)', () => {
    const set = oneRow({ num: { unit: 'number', min: '-50', max: '10' }, den: { unit: 'number', min: '-50', max: '10' } }, '4', { kind: 'ratio', numerator: 'num', denominator: 'den', zeroDenominator: 'full' });
    const r = score(set, { num: '-50', den: '-49.98' });
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(r.nodes[0]!.points).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain('INPUT_OUT_OF_RANGE');
  });

  it('ratio: a negative numerator over a positive denominator is rejected, not scored below 0', () => {
    const set = oneRow({ num: { unit: 'number', min: '-50', max: '10' }, den: { unit: 'number', min: '-50', max: '10' } }, '4', { kind: 'ratio', numerator: 'num', denominator: 'den', zeroDenominator: 'zero' });
    expect(score(set, { num: '-1', den: '2' }).nodes[0]!.status).toBe('invalid-input');
  });

  it('ratio: "-0" is zero, not negative', () => {
    const set = oneRow({ num: { unit: 'number', min: '-50', max: '10' }, den: { unit: 'number', min: '-50', max: '10' } }, '4', { kind: 'ratio', numerator: 'num', denominator: 'den', zeroDenominator: 'full' });
    expect(score(set, { num: '-0', den: '2' }).nodes[0]!.points).toBe('0');
  });

  it('proportional: a negative value of a metric that allows one scores 0, not negative points (was -100 of 2)', () => {
    const set = oneRow({ change: { unit: 'number', min: '-50', max: '50', better: 'higher' } }, '2', { kind: 'proportional', metric: 'change', full: '1' });
    const r = score(set, { change: '-50' });
    expect(r.nodes[0]!.points).toBe('0');
    expect(r.index).toBe('0');
  });

  it('proportional: rising from below a negative floor to a negative value never lowers the row', () => {
    const set = oneRow({ change: { unit: 'number', min: '-50', max: '50', better: 'higher' } }, '2', { kind: 'proportional', metric: 'change', full: '10', floor: { value: '-20' } });
    expect(score(set, { change: '-30' }).nodes[0]!.points).toBe('0');
    expect(score(set, { change: '-16.9785' }).nodes[0]!.points).toBe('0');
  });

  it('a raw criteria set (no rounding, calendar or bands written) scores; the plan keeps the checked set with its defaults', () => {
    const raw = { id: 'reg', version: '1', title: 'regression', status: 'example', unitLevels: ['province'], metrics: { ok: { unit: 'boolean' } }, nodes: [{ code: '1', name: 'row', maxPoints: '2', rule: { kind: 'pass-fail', metric: 'ok' } }] } as const;
    const a = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, metrics: { ok: true } });
    if (!a.ok) throw new Error(formatIssues(a.issues));
    const r = scoreAssessment(raw as unknown as CriteriaSet, a.value);
    expect(r.display).toEqual({ points: '2.00', index: '100.00' });
  });

  it('metrics and rows named like Object.prototype members ("constructor", "toString") read only what the assessment gives', () => {
    const checked = checkCriteriaSet({
      id: 'reg', version: '1', title: 'regression', status: 'example', unitLevels: ['province'],
      metrics: { constructor: { unit: 'percent' } },
      nodes: [
        { code: 'constructor', name: 'row', maxPoints: '1', allowNotApplicable: true, children: [{ code: 'c1', name: 'leaf', maxPoints: '1', rule: { kind: 'proportional', metric: 'constructor' } }] },
        { code: 'toString', name: 'manual', maxPoints: '1', rule: { kind: 'manual' } },
      ],
    });
    if (!checked.ok) throw new Error(formatIssues(checked.issues));
    const r = score(checked.value, {});
    expect(r.nodes.map((n) => [n.code, n.status])).toEqual([['constructor', 'missing-input'], ['toString', 'missing-input']]);
  });

  it('misuse of compilePlan, evaluate and scoreAssessment is a usage error, not a TypeError', () => {
    const set = oneRow({ ok: { unit: 'boolean' } }, '1', { kind: 'pass-fail', metric: 'ok' });
    const usage = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(ParIndexError);
        expect((e as ParIndexError).kind).toBe('usage');
        return;
      }
      expect.fail('did not throw');
    };
    const plan = compilePlan(set);
    const a = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, metrics: { ok: true } });
    if (!a.ok) throw new Error('bad assessment');
    usage(() => compilePlan(set, {} as never));
    usage(() => evaluate({ ...plan }, a.value));
    usage(() => evaluate(plan, { ...a.value, unit: null } as never));
    usage(() => evaluate(plan, { ...a.value, metrics: null } as never));
    expect(evaluate(plan, { ...a.value, metrics: { ok: [true] } } as never).status[0]).toBe(3); // invalid input, not a TypeError
    const manual = oneRow({}, '1', { kind: 'manual', step: '0.25' });
    usage(() => evaluate(compilePlan(manual), { ...a.value, metrics: {}, points: { '1': ['0.5'] } } as never));
    usage(() => evaluate(compilePlan(manual), { ...a.value, metrics: {}, notApplicable: { '1': 1 } } as never));
    usage(() => evaluate(plan, a.value, null as never));
    usage(() => evaluate(plan, a.value, { asOf: 20251231 } as never));
    usage(() => scoreAssessment(set, a.value, null as never));
    usage(() => scoreAssessment(set, a.value, { asOf: '2025-02-30' }));
    usage(() => scoreAssessment(set, a.value, { file: {} } as never));
  });

  it('an invalid set whose id is not a string is reported as invalid data, not a TypeError', () => {
    expect(() => compilePlan({ id: [Object.create(null)] } as never)).toThrow(ParIndexError);
  });

  it('a bigint inside a value that must be one of a list is quoted in the message, not a TypeError from JSON (CI run 2026-11-22)', () => {
    const set = oneRow(undefined, '1', { kind: 'manual' });
    const broken = { ...set, status: [1n, 'x'] };
    const checked = checkCriteriaSet(broken);
    expect(checked.ok).toBe(false);
    const status = checked.ok ? undefined : checked.issues.find((i) => i.path === 'status');
    expect(status?.message).toMatch(/^\["1n","x"\] is not one of: /);
    expect(() => scoreAssessment(broken as never, {} as never)).toThrow(ParIndexError);
    expect(() => compilePlan({ ...set, unitLevels: [{ a: 2n }] } as never)).toThrow(ParIndexError);
  });

  it('simulate and compareScenarios refuse misshapen arguments with a usage error (found by the robustness property, 2026-11-22)', () => {
    const set = oneRow({ x: { unit: 'percent' } }, '1', { kind: 'proportional', metric: 'x' });
    const a = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, metrics: { x: '50' } });
    if (!a.ok) throw new Error(formatIssues(a.issues));
    const u = { metrics: { x: { uniform: { min: '40', max: '60' } } } };
    // A value without a prototype cannot be turned into text by String().
    expect(() => simulate(set, [a.value], u, { draws: Object.create(null) as never })).toThrow('simulate: draws must be a whole number ≥ 1, got {}');
    expect(() => simulate(set, [a.value], u, { draws: 3, rankInterval: Object.create(null) as never })).toThrow('simulate: rankInterval must be between 0 and 1, got {}');
    // A hole in a sparse array is not an assessment.
    expect(() => simulate(set, [a.value, , a.value] as never, u, { draws: 3 })).toThrow(/^simulate \(assessments\[1\]\): /);
    expect(() => simulate(set, [a.value], u, null as never)).toThrow('simulate: options must be an object, got null');
    expect(() => simulate(set, [a.value], u, { draws: 3, top: [Object.create(null)] as never })).toThrow('simulate: top must be an array of whole numbers, got [{}]');
    expect(() => compareScenarios(set, [a.value], [], null as never)).toThrow('compareScenarios: options must be an object, got null');
    expect(() => seekTarget(set, a.value, { index: '' } as never)).toThrow('seekTarget: index must be a decimal number as text, e.g. "90", got ""');
    expect(() => seekTarget(set, a.value, { rank: 1, among: 'all' } as never)).toThrow('seekTarget: a rank target needs among: the units to rank against, got "all"');
    // Entry points that read values directly check them all (pointsLeft printed the junk with String()).
    const junkMetric = { ...a.value, metrics: { x: Object.create(null) } };
    expect(() => pointsLeft(set, junkMetric as never)).toThrow(/^pointsLeft: metrics\.x: .*: not as in a checked assessment; pass it through checkAssessment/);
    expect(() => seekTarget(set, junkMetric as never, { index: '90' })).toThrow(/^seekTarget: metrics\.x: /);
  });

  it('reportingPeriods, diffSets and rankUnits refuse what is not theirs with a usage error (robustness property, 2026-11-22)', () => {
    const set = oneRow({ x: { unit: 'percent' } }, '1', { kind: 'proportional', metric: 'x' });
    expect(() => reportingPeriods(null as never, 2025)).toThrow(/^reportingPeriods: calendar is not a criteria set's calendar/);
    expect(() => reportingPeriods(set.calendar, 25.5)).toThrow('reportingPeriods: year must be a four-digit whole number, got 25.5');
    // A set written without bands is diffed with its defaults, not read as undefined.
    const { bands: _, ...bare } = set;
    expect(diffSets(set, bare as never).same).toBe(true);
    expect(() => diffSets(set, { nodes: [] } as never)).toThrow(/^diffSets: a and b must be criteria sets/);
    expect(() => rankUnits([], null as never)).toThrow('rankUnits: options must be an object, got null');
    expect(() => parseDueTime('Quý I/2025', null as never)).toThrow('parseDueTime: options must be an object, got null');
    expect(() => rankUnits([{ evaluation: { plan: {} } }] as never)).toThrow('rankUnits: each entry needs an evaluation from evaluate()');
  });

  it('usage errors quote a bigint or a cyclic value instead of failing to', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const set = oneRow({ x: { unit: 'percent' } }, '1', { kind: 'manual' });
    const a = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025 });
    if (!a.ok) throw new Error(formatIssues(a.issues));
    const withSurvey = checkAssessment({ criteriaSet: { id: 'reg' }, unit: { id: 'u', name: 'u', level: 'province' }, year: 2025, survey: { results: { x: '50' } } });
    if (!withSurvey.ok) throw new Error(formatIssues(withSurvey.issues));
    expect(() => deriveInputs(set, withSurvey.value, 5n as never)).toThrow(/got 5n$/);
    expect(() => planCompletion({ year: 2025, tasks: [] }, { asOf: cyclic, done: {} } as never)).toThrow(/got a mapping$/);
    expect(() => planCompletion({ year: 2025, tasks: [] }, { asOf: '2025-12-31', done: { t: [2n] } } as never)).toThrow(/got \["2n"\]$/);
    expect(() => setInForce([set], { id: 'reg', unitLevel: 'province', date: 7n } as never)).toThrow(/got 7n$/);
  });
});
