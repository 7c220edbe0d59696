import { describe, expect, it } from 'vitest';
import { PointsLeft, pointsLeft, type Assessment } from '../../../src/index.js';
import { deepFreeze, loadSet, loadUnit, ROUNDS_FILE } from './support.js';

const set = deepFreeze(loadSet());
const stp = deepFreeze(loadUnit());
const row = (l: PointsLeft, code: string) => l.rows.find((r) => r.code === code);

describe('pointsLeft: the example unit', () => {
  const l = PointsLeft.parse(pointsLeft(set, stp, { asOf: '2025-12-31' }));

  it('every row below its maximum, largest next gain first, rows without a threshold by their gap', () => {
    expect(l.rows.map((r) => [r.code, r.how, r.lost, r.next?.text ?? r.note])).toEqual([
      ['1.1.4', 'metric', '1', 'planCompletionRate 90 → 90.01: +1.00'],
      ['1.1.1', 'metric', '0.5', 'planIssuedOn 2025-01-06 → 2024-12-31: +0.50'],
      ['T1', 'metric', '0.5', 'initiatives 1 → 2: +0.50'],
      ['3.2', 'survey', '0.32', 'scored from the survey result, in proportion; no threshold: the gap is 0.32'],
      ['2.2', 'metric', '0.317571428571428571428571428571', 'onlinePaymentRate 55.18 → 70: +0.32'],
      ['3.1', 'survey', '0.255', 'scored from the survey result, in proportion; no threshold: the gap is 0.255'],
      ['1.3.2', 'metric', '0.25', 'findingsNotCorrected 1 → 0: +0.25'],
      ['2.4', 'entered', '0.25', 'entered points (manual row); no metric threshold: the gap is 0.25'],
      ['2.1', 'metric', '0.004206098843322818086225026288', 'dossiersOnTime 2847 → 2853: +0.0042'],
    ]);
    expect(l.lostTotal).toBe('3.396777527414751389514796454859');
  });

  it('a step is proven by scoring it: the row’s points after it, its gain, the gain on the total', () => {
    expect(row(l, '2.2')?.next).toEqual({
      moves: [{ metric: 'onlinePaymentRate', from: '55.18', to: '70', change: '+14.82' }],
      points: '1.5',
      gain: '0.317571428571428571428571428571',
      totalGain: '0.317571428571428571428571428571',
      text: 'onlinePaymentRate 55.18 → 70: +0.32',
    });
  });

  it('each higher band: the index gap and the points that close it', () => {
    expect(l.bands).toEqual([{ label: 'Xuất sắc', min: '90', minInclusive: true, indexGap: '1.983887637073756947573982274295', pointsNeeded: '0.396777527414751389514796454859', via: 'self' }]);
    expect([l.standing.index.display, l.applicableMaxPoints]).toEqual(['88.02', '20']);
  });
});

describe('pointsLeft: every metric-driven kind', () => {
  const metrics: Assessment['metrics'] = { ...stp.metrics, resultsClearlyDefined: false, budgetAllocated: false, workRecordsOnlineRate: '85', subUnitsInspected: 2, onlinePaymentRate: '20', planIssuedOn: null, disciplined: true, findingsNotCorrected: 3 };
  const l = pointsLeft(set, deepFreeze({ ...stp, metrics }), { asOf: '2025-12-31' });
  const texts = (code: string) => [row(l, code)?.next?.text ?? null, row(l, code)?.full?.text ?? null];

  it.each([
    ['2.3', 'workRecordsOnlineRate 85 → 90: +1.50', null],
    ['1.1.2', 'budgetAllocated false → true: +1.00', null],
    ['1.1.3', 'resultsClearlyDefined false → true: +1.00', null],
    ['1.3.1', 'subUnitsInspected 2 → 3: +1.00', null],
    ['P1', 'disciplined true → false: +1.00', null],
    ['2.2', 'onlinePaymentRate 20 → 30: +0.64', 'onlinePaymentRate 20 → 70: +1.50'],
    ['1.1.1', 'planIssuedOn none → 2025-01-01: +0.50', 'planIssuedOn none → 2024-12-31: +1.00'],
    ['1.3.2', 'findingsNotCorrected 3 → 2: +0.25', 'findingsNotCorrected 3 → 0: +0.75'],
  ])('%s: next %s, full %s', (code, next, full) => {
    expect(texts(code)).toEqual([next, full]);
  });

  it('a missing input is listed with its whole maximum lost; the unit has no index, so no band gap', () => {
    const missing = pointsLeft(set, { ...stp, metrics: { ...stp.metrics, satisfactionRate: null } }, { asOf: '2025-12-31' });
    expect(row(missing, '3.1')).toMatchObject({ status: 'missing-input', points: null, lost: '3', how: 'survey' });
    expect(missing.bands).toEqual([]);
  });
});

describe('pointsLeft: a unit through appraisal', () => {
  const l = pointsLeft(set, deepFreeze(loadUnit(ROUNDS_FILE)), { asOf: '2025-12-31' });

  it('rows with entered points say so; a report metric is moved through its report date', () => {
    expect(row(l, '1.2.1')?.next?.text).toBe('reportQ3 2025-09-19 → 2025-09-18: +1.00');
    expect(row(l, '1.1.4')).toMatchObject({ how: 'entered', next: null, note: 'points entered in appraisal 2 (1.5); no metric threshold: the gap is 0.5' });
  });

  it('a metric the plan computes: the threshold, and how to move it', () => {
    const a = loadUnit(ROUNDS_FILE);
    const rules = pointsLeft(set, { ...a, rounds: undefined } as Assessment, { asOf: '2025-12-31' });
    expect(row(rules, '1.1.4')?.note).toBe('planCompletionRate 83.333333333333333333333333333333 → 90.01: +1.00; planCompletionRate is computed from the plan: more tasks done on time (tasksDone in a scenario)');
  });

  it('misuse throws, naming the function', () => {
    expect(() => pointsLeft(set, null as never)).toThrow('pointsLeft: the assessment is not shaped as a checked assessment; pass it through checkAssessment (or parseAssessment) first');
    expect(() => pointsLeft(set, loadUnit(ROUNDS_FILE), null as never)).toThrow('pointsLeft: options must be an object, got null');
  });
});
