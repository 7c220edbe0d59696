/** Totals: weighted index parts (an optional survey dropped and rescaled), bonus and penalty with caps. */
import { describe, expect, it } from 'vitest';
import { CriteriaSet, type CriteriaSetInput } from '../../../src/index.js';
import { codes, score, setInput } from '../../support/build.js';

const BOOL = { unit: 'boolean' as const };
const parse = (input: CriteriaSetInput) => CriteriaSet.parse(input);

describe('index parts: an optional survey', () => {
  const partsSet = (optional: boolean) =>
    parse(
      setInput(
        [
          { code: '1', name: 'self', maxPoints: '10', children: [{ code: '1.1', name: 'manual', maxPoints: '10', rule: { kind: 'manual' } }] },
          {
            code: '2',
            name: 'survey',
            maxPoints: '10',
            scoredBy: 'survey',
            children: [
              { code: '2.1', name: 'satisfaction', maxPoints: '6', rule: { kind: 'survey', metric: 'sat' } },
              { code: '2.2', name: 'leaders', maxPoints: '4', rule: { kind: 'survey', metric: 'lead', scale: '10' } },
            ],
          },
        ],
        {
          metrics: { sat: { unit: 'percent' }, lead: { unit: 'number', min: '0', max: '10' } },
          index: {
            parts: [
              { id: 'self', select: { scoredBy: 'self' }, weight: '70' },
              { id: 'survey', select: { scoredBy: 'survey' }, weight: '30', optional },
            ],
          },
        },
      ),
    );
  const points = { points: { '1.1': '8' } };

  it('weights each part by its share of its own maximum', () => {
    const r = score(partsSet(true), { sat: '50', lead: '5' }, {}, points);
    expect(r.treePoints).toBe('13');
    // (70 × 8/10 + 30 × 5/10) / 100 × 100
    expect(r.index).toBe('71');
    expect(r.parts).toMatchObject([
      { id: 'self', weight: '70', present: true, applicableMaxPoints: '10', points: '8', ratio: '80' },
      { id: 'survey', weight: '30', present: true, applicableMaxPoints: '10', points: '5', ratio: '50' },
    ]);
  });

  it('drops an optional part with no input at all, and rescales the others', () => {
    const r = score(partsSet(true), {}, {}, points);
    expect(r.complete).toBe(true);
    expect(r.index).toBe('80');
    expect(r.applicableMaxPoints).toBe('10');
    expect(r.issues).toEqual([{ code: 'PART_OMITTED', severity: 'info', path: 'metrics', message: 'part "survey" has no input for any of its 2 rows: left out, the other parts rescaled' }]);
    expect(r.parts![1]).toMatchObject({ id: 'survey', weight: '30', present: false, applicableMaxPoints: '0', points: '0', ratio: null });
    expect(r.nodes[1]!.status).toBe('not-applicable');
    expect(r.nodes[1]!.children[0]!.trace.branch).toBe('part "survey" omitted: no input for any of its rows; other parts rescaled');
  });

  it('keeps an optional part with some input: its missing rows are missing', () => {
    const r = score(partsSet(true), { sat: '50' }, {}, points);
    expect(r.index).toBeNull();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['INPUT_MISSING', 'metrics.lead']]);
  });

  it('never drops a part that is not optional', () => {
    const r = score(partsSet(false), {}, {}, points);
    expect(r.index).toBeNull();
    expect(codes(r)).toEqual(['INPUT_MISSING', 'INPUT_MISSING']);
  });
});

describe('bonus and penalty', () => {
  const set = parse(
    setInput([{ code: '1', name: 'tree', maxPoints: '10', rule: { kind: 'manual' } }], {
      metrics: { initiatives: { unit: 'count' }, award: BOOL, disciplined: BOOL, lateReports: { unit: 'count' } },
      adjustments: {
        bonus: {
          cap: '1',
          items: [
            { code: 'T1', name: 'initiatives', maxPoints: '1', rule: { kind: 'per-occurrence', metric: 'initiatives', each: '0.5' } },
            { code: 'T2', name: 'award', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'award' } },
          ],
        },
        penalty: {
          cap: '2',
          items: [
            { code: 'P1', name: 'discipline', maxPoints: '1.5', rule: { kind: 'pass-fail', metric: 'disciplined' } },
            { code: 'P2', name: 'late reports', maxPoints: '2', rule: { kind: 'per-occurrence', metric: 'lateReports', each: '0.5' } },
          ],
        },
      },
    }),
  );
  const at = (metrics: Record<string, number | boolean>, entered = '8') => score(set, metrics, {}, { points: { '1': entered } });

  it('caps each group, then adds the bonus and subtracts the penalty', () => {
    const r = at({ initiatives: 3, award: true, disciplined: true, lateReports: 2 });
    expect(r.bonus).toMatchObject({ cap: '1', uncapped: '2', points: '1' });
    expect(r.bonus!.items[0]!.trace.branch).toBe('3 × 0.5 = 1.5 → capped at 1');
    expect(r.penalty).toMatchObject({ cap: '2', uncapped: '2.5', points: '2' });
    expect(r.treePoints).toBe('8');
    expect(r.points).toBe('7');
    expect(r.index).toBe('70');
  });

  it('applies adjustments below their caps as they are', () => {
    const r = at({ initiatives: 1, award: false, disciplined: false, lateReports: 1 });
    expect(r.bonus!.points).toBe('0.5');
    expect(r.penalty!.points).toBe('0.5');
    expect(r.points).toBe('8');
  });

  it('lets a bonus take the index above 100', () => {
    expect(at({ initiatives: 2, award: false, disciplined: false, lateReports: 0 }, '10').index).toBe('110');
  });

  it('leaves the index null when an adjustment input is missing', () => {
    const r = at({ initiatives: 1, award: false, disciplined: false });
    expect(r.complete).toBe(false);
    expect(r.index).toBeNull();
    expect(r.issues.map((i) => [i.code, i.nodeCode])).toEqual([['INPUT_MISSING', 'P2']]);
  });
});
