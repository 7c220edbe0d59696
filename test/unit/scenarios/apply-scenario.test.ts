import { describe, expect, it } from 'vitest';
import { applyScenario, scoreAssessment, type Applied } from '../../../src/index.js';
import { deepFreeze, loadSet, loadUnit, ROUNDS_FILE, scenario } from './support.js';

const set = deepFreeze(loadSet());
const unit = deepFreeze(loadUnit());
const appraised = deepFreeze(loadUnit(ROUNDS_FILE));
const baseSet = structuredClone(set);
const baseUnit = structuredClone(unit);

function applied(r: Applied) {
  if (!r.ok) expect.fail(JSON.stringify(r.issues, null, 1));
  return r;
}
const errors = (r: Applied) => r.issues.map((i) => [i.code, i.path, i.message]);

describe('applyScenario: metrics', () => {
  it('set, add and subtract, exactly; numbers stay numbers', () => {
    const r = applied(applyScenario(set, unit, scenario({ id: 's', metrics: { onlinePaymentRate: { add: '0.1' }, workRecordsOnlineRate: { subtract: '2.38' }, subUnitsInspected: { add: 1 }, reportsComplete: { set: false } } })));
    expect(r.assessment.metrics['onlinePaymentRate']).toBe('55.28');
    expect(r.assessment.metrics['workRecordsOnlineRate']).toBe('90');
    expect(r.assessment.metrics['subUnitsInspected']).toBe(4);
    expect(r.assessment.metrics['reportsComplete']).toBe(false);
    expect(r.chain).toEqual(['s']);
  });

  it('keeps note and source of a { value } entry', () => {
    const r = applied(applyScenario(set, unit, scenario({ id: 's', metrics: { dossiersOnTime: { add: '3' } } })));
    expect(r.assessment.metrics['dossiersOnTime']).toEqual({ value: 2850, source: 'Hệ thống thông tin giải quyết TTHC tỉnh' });
  });

  it('never changes the baseline (deep-frozen) and returns the same set object when the criteria do not change', () => {
    const r = applied(applyScenario(set, unit, scenario({ id: 's', metrics: { onlinePaymentRate: { set: '70' } }, points: { rows: { '2.4': '1' } }, notApplicable: { '2.1': 'không phát sinh' } })));
    expect(r.set).toBe(set);
    expect(set).toEqual(baseSet);
    expect(unit).toEqual(baseUnit);
    expect(r.assessment.points['2.4']).toBe('1');
    expect(r.assessment.notApplicable).toEqual({ '2.1': 'không phát sinh' });
  });

  it('the examples: online payment 70 gives 17.920793901156677181913774973712 points', () => {
    const r = applied(applyScenario(set, unit, scenario({ id: 'pay70', metrics: { onlinePaymentRate: { set: '70' } } })));
    const s = scoreAssessment(r.set, r.assessment, { asOf: '2025-12-31' });
    expect([s.points, s.display.index, s.band]).toEqual(['17.920793901156677181913774973712', '89.60', 'Tốt']);
  });

  it('unknown metrics, add on a date or on nothing: errors at the scenario path, in its file', () => {
    const bad = scenario({ id: 'bad', metrics: { onlinepaymentrate: { set: '1' }, planIssuedOn: { add: '1' }, satisfactionRate: { add: '1' } } });
    const r = applyScenario(set, { ...unit, metrics: { ...unit.metrics, satisfactionRate: null } }, bad, [], { files: { bad: 'bad.yaml' } });
    expect(r.ok).toBe(false);
    expect(errors(r)).toEqual([
      ['UNKNOWN_METRIC', 'metrics.onlinepaymentrate', 'metric "onlinepaymentrate" is not declared by criteria set example-department-2025; did you mean "onlinePaymentRate"?'],
      ['METRIC_NOT_NUMERIC', 'metrics.planIssuedOn.add', 'planIssuedOn is a date metric: add needs a number (percent, count or number); use set'],
      ['METRIC_NO_VALUE', 'metrics.satisfactionRate.add', 'satisfactionRate has no value to add to; use set'],
    ]);
    expect(r.issues.every((i) => i.file === 'bad.yaml' && i.severity === 'error')).toBe(true);
  });

  it('a metric read from a report changes the report; one computed from the plan must change through tasksDone', () => {
    const r = applied(applyScenario(set, appraised, scenario({ id: 'q3', metrics: { reportQ3: { set: '2025-09-18' } } })));
    expect(r.assessment.reports['q3']?.submitted).toBe('2025-09-18');
    expect(r.assessment.reports['q3']?.document?.number).toBe('160/BC-STP');
    expect(errors(applyScenario(set, appraised, scenario({ id: 'p', metrics: { planCompletionRate: { set: '100' }, reportQ1: { set: '17/03/2025' } } })))).toEqual([
      ['METRIC_FROM_PLAN', 'metrics.planCompletionRate', "planCompletionRate is computed from the plan's tasks; change them with tasksDone instead"],
      ['METRIC_INVALID_VALUE', 'metrics.reportQ1.set', 'reportQ1 is the day report q1 was sent: give a date YYYY-MM-DD or null (not sent), not "17/03/2025"'],
    ]);
  });

  it('survey results change where they are given', () => {
    const r = applied(applyScenario(set, appraised, scenario({ id: 'sv', metrics: { satisfactionRate: { add: '5' } } })));
    expect(r.assessment.survey?.results).toMatchObject({ satisfactionRate: expect.anything() as unknown });
    expect(r.assessment.survey?.results['satisfactionRate']).not.toEqual(appraised.survey?.results['satisfactionRate']);
  });
});

describe('applyScenario: plan tasks, points, not applicable', () => {
  it('tasksDone marks a task done; the plan share follows', () => {
    const r = applied(applyScenario(set, appraised, scenario({ id: 't', tasksDone: { '3': '2025-06-30' } })));
    expect(r.assessment.plan?.tasks.find((t) => t.id === '3')?.done).toBe('2025-06-30');
    const before = scoreAssessment(set, appraised, { asOf: '2025-12-31', round: 'rules' });
    const after = scoreAssessment(r.set, r.assessment, { asOf: '2025-12-31', round: 'rules' });
    expect(before.nodes[0]?.children[0]?.children[3]?.trace.inputs['planCompletionRate']).not.toEqual(after.nodes[0]?.children[0]?.children[3]?.trace.inputs['planCompletionRate']);
  });

  it('unknown tasks and a unit without a plan are errors', () => {
    expect(errors(applyScenario(set, appraised, scenario({ id: 't', tasksDone: { '99': null } })))).toEqual([['UNKNOWN_TASK', 'tasksDone["99"]', 'the plan has no task "99" (tasks: 1, 2, 3, 4, 5, 6, 7)']]);
    expect(errors(applyScenario(set, unit, scenario({ id: 't', tasksDone: { '1': null } })))).toEqual([['NO_PLAN', 'tasksDone', 'unit stp has no plan in its assessment, so no task can be marked done']]);
  });

  it('points go to the last round present by default, or to the round named', () => {
    const last = applied(applyScenario(set, appraised, scenario({ id: 'p', points: { rows: { '1.1.4': '2' } } })));
    expect(last.assessment.rounds?.appraisal2?.points['1.1.4']).toBe('2');
    const self = applied(applyScenario(set, appraised, scenario({ id: 'p', points: { round: 'self', rows: { '1.1.4': '2' } } })));
    expect(self.assessment.rounds?.self?.points['1.1.4']).toBe('2');
    expect(self.assessment.rounds?.appraisal2).toBe(appraised.rounds?.appraisal2);
  });

  it('without rounds only manual rows take points; unknown, parent and survey rows are errors', () => {
    expect(errors(applyScenario(set, unit, scenario({ id: 'p', points: { rows: { '1.1.4': '2', '9.9': '1', '1.1': '1', '3.1': '1' } } })))).toEqual([
      ['POINTS_NOT_MANUAL', 'points.rows["1.1.4"]', 'row 1.1.4 is scored by its rule (tiers); without rounds only manual rows take entered points: change the metrics it reads, or name a round'],
      ['UNKNOWN_CODE', 'points.rows["9.9"]', 'no row has code "9.9"'],
      ['POINTS_ON_PARENT', 'points.rows["1.1"]', 'row 1.1 is the sum of its children; enter points for its leaves'],
      ['POINTS_SURVEY_ROW', 'points.rows["3.1"]', 'row 3.1 is scored by the survey; change the survey result it reads'],
    ]);
  });

  it('notApplicable: only rows the set allows; null withdraws a declaration', () => {
    expect(errors(applyScenario(set, unit, scenario({ id: 'n', notApplicable: { '1.1.1': 'x', '7': 'y' } })))).toEqual([
      // Integer-like keys come first in a JS object, whatever the file's order.
      ['UNKNOWN_CODE', 'notApplicable["7"]', 'no row has code "7"'],
      ['NOT_APPLICABLE_NOT_ALLOWED', 'notApplicable["1.1.1"]', 'row 1.1.1 may not be declared not applicable (the set does not allow it)'],
    ]);
    const declared = { ...unit, notApplicable: { '2.1': 'không phát sinh' } };
    expect(applied(applyScenario(set, declared, scenario({ id: 'n', notApplicable: { '2.1': null } }))).assessment.notApplicable).toEqual({});
  });

  it('a scenario for another unit is an error', () => {
    expect(errors(applyScenario(set, unit, scenario({ id: 'u', unit: 'snv' })))).toEqual([['UNKNOWN_UNIT', 'unit', 'scenario "u" is for unit "snv"; this assessment is unit "stp"']]);
  });
});

describe('applyScenario: criteria changes', () => {
  it('a leaf maximum moves its parents by the same amount; the set is validated again', () => {
    const r = applied(applyScenario(set, unit, scenario({ id: 'c', criteria: { rows: { '2.2': { maxPoints: '2' } } } })));
    expect(r.set).not.toBe(set);
    expect(r.set.nodes[1]?.maxPoints).toBe('6.5');
    expect(r.set.nodes[1]?.children?.[1]?.maxPoints).toBe('2');
    expect(set).toEqual(baseSet);
    expect(scoreAssessment(r.set, r.assessment).nodes[1]?.children[1]?.points).toBe('1.576571428571428571428571428571');
  });

  it('rule parameters replace the rule’s own key by key; bands are replaced', () => {
    const tiers = [{ min: '80', points: '2' }, { min: '70', max: '80', points: '1' }, { max: '70', points: '0' }];
    const r = applied(applyScenario(set, unit, scenario({ id: 'c', criteria: { rows: { '1.1.4': { rule: { tiers } } }, bands: [{ label: 'Đạt', min: '50' }, { label: 'Không đạt', max: '50' }] } })));
    const s = scoreAssessment(r.set, r.assessment, { asOf: '2025-12-31' });
    expect(s.nodes[0]?.children[0]?.children[3]?.points).toBe('2');
    expect(s.band).toBe('Đạt');
  });

  it('problems of the changed set are reported at the scenario row that caused them', () => {
    const r = applyScenario(set, unit, scenario({ id: 'c', criteria: { rows: { '1.1.4': { rule: { tiers: [{ min: '90', points: '2' }] } }, '1.1': { maxPoints: '1' }, X9: { maxPoints: '1' } } } }));
    expect(errors(r)).toEqual([
      ['PATCH_ON_PARENT', 'criteria.rows["1.1"]', 'row 1.1 has children: its maximum is their sum and it has no rule; change its leaves'],
      ['UNKNOWN_CODE', 'criteria.rows.X9', 'criteria set example-department-2025 has no row "X9"'],
    ]);
    const gap = applyScenario(set, unit, scenario({ id: 'c', criteria: { rows: { '1.1.4': { rule: { tiers: [{ min: '90', points: '2' }] } } } } }));
    expect(errors(gap)).toEqual([['TIER_GAP', 'criteria.rows["1.1.4"]', 'the changed criteria set is invalid at nodes[0].children[0].children[3].rule.tiers[0]: values in [0, 90) fall in no interval']]);
  });
});

describe('applyScenario: chains', () => {
  const pay = scenario({ id: 'pay', metrics: { onlinePaymentRate: { add: '10' } } });
  it('basedOn applies the base first', () => {
    const more = scenario({ id: 'more', basedOn: 'pay', metrics: { onlinePaymentRate: { add: '0.82' } } });
    const r = applied(applyScenario(set, unit, more, [pay, more]));
    expect(r.chain).toEqual(['pay', 'more']);
    expect(r.assessment.metrics['onlinePaymentRate']).toBe('66');
  });

  it('an unknown base, a cycle and a duplicate id are errors', () => {
    expect(errors(applyScenario(set, unit, scenario({ id: 'x', basedOn: 'nope' }), [pay]))).toEqual([['UNKNOWN_SCENARIO', 'basedOn', 'scenario "x" is based on "nope", which was not given (given: pay)']]);
    const a = scenario({ id: 'a', basedOn: 'b' });
    const b = scenario({ id: 'b', basedOn: 'a' });
    expect(errors(applyScenario(set, unit, a, [a, b]))).toEqual([['SCENARIO_CYCLE', 'basedOn', 'scenarios based on each other in a cycle: a → b → a']]);
    expect(errors(applyScenario(set, unit, pay, [pay, scenario({ id: 'pay' })]))[0]?.[0]).toBe('DUPLICATE_SCENARIO');
  });

  it('misuse throws, naming the function', () => {
    expect(() => applyScenario(set, unit, null as never)).toThrow('applyScenario: scenario is not a scenario (value: Invalid input: expected object, received null); load files with parseScenario or checkScenario');
    // Built in code with a wrong shape: refused before anything is read, not a TypeError or a Decimal error.
    expect(() => applyScenario(set, unit, { id: 's', metrics: { onlinePaymentRate: { add: new Set() } } } as never)).toThrow(/^applyScenario: scenario is not a scenario \(metrics\.onlinePaymentRate\.add: /);
    expect(() => applyScenario(set, unit, pay, [pay, 5 as never])).toThrow(/^applyScenario: scenarios\[1\] is not a scenario/);
    expect(() => applyScenario(set, null as never, pay)).toThrow(/^applyScenario: .* checked assessment/);
    expect(() => applyScenario(set, unit, pay, [], null as never)).toThrow('applyScenario: options must be an object, got null');
  });
});
