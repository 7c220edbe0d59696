/** scoreAssessment options: asOf (events after it have not happened) and its validation. */
import { describe, expect, it } from 'vitest';
import { CriteriaSet, ParIndexError, type CriteriaSetInput } from '../../../src/index.js';
import { score, setInput } from '../../support/build.js';

const parse = (input: CriteriaSetInput) => CriteriaSet.parse(input);

describe('asOf', () => {
  const calendarSet = parse(
    setInput(
      [
        { code: '1', name: 'plan', maxPoints: '1', rule: { kind: 'deadline', metric: 'plan', due: { month: 3, day: 31 }, latePoints: '0.5' } },
        {
          code: '2',
          name: 'reports',
          maxPoints: '1',
          rule: {
            kind: 'timely-count',
            mode: 'per-item',
            items: [
              { metric: 'r1', due: { month: 6, day: 18 } },
              { metric: 'r2', due: { month: 12, day: 18 } },
            ],
          },
        },
      ],
      { metrics: { plan: { unit: 'date' }, r1: { unit: 'date' }, r2: { unit: 'date' } } },
    ),
  );
  const metrics = { plan: '2025-04-02', r1: '2025-06-10', r2: '2025-12-01' };

  it('is echoed in the result, null when not given', () => {
    expect(score(calendarSet, metrics, { asOf: '2025-12-31' }).asOf).toBe('2025-12-31');
    expect(score(calendarSet, metrics).asOf).toBeNull();
  });

  it('counts every event on or before asOf', () => {
    const r = score(calendarSet, metrics, { asOf: '2025-12-31' });
    expect(r.nodes.map((n) => n.points)).toEqual(['0.5', '1']);
  });

  it('treats events after asOf as not happened, for both deadline and timely-count', () => {
    const r = score(calendarSet, metrics, { asOf: '2025-04-01' });
    expect(r.nodes[0]!.points).toBe('0');
    expect(r.nodes[0]!.trace.branch).toBe('done 2025-04-02, after as-of 2025-04-01 → 0');
    expect(r.nodes[1]!.points).toBe('0');
    expect(r.nodes[1]!.trace.branch).toBe('0/2 on time (r1 not submitted (due 2025-06-18); r2 not submitted (due 2025-12-18)) → 1 × 0/2');
  });

  it('rejects a malformed or impossible date as misuse', () => {
    for (const asOf of ['31/12/2025', '2025-13-01', '2025-02-30', '2025-12-31T00:00:00Z']) {
      expect(() => score(calendarSet, metrics, { asOf })).toThrow(ParIndexError);
      expect(() => score(calendarSet, metrics, { asOf })).toThrow(`scoreAssessment: asOf must be a date YYYY-MM-DD, got "${asOf}"`);
    }
    expect(score(calendarSet, metrics, { asOf: '2024-02-29' }).asOf).toBe('2024-02-29');
  });
});
