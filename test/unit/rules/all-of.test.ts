/** all-of: "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1; otherwise 0" (Cà Mau 1880/2013, 1.1.2). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score } from '../../support/build.js';

const METRICS = {
  tasks: { unit: 'boolean' as const },
  budget: { unit: 'boolean' as const },
  disciplined: { unit: 'boolean' as const },
  rate: { unit: 'percent' as const },
  late: { unit: 'count' as const },
};
const set = leafSet(
  {
    kind: 'all-of',
    otherwisePoints: '0.25',
    conditions: [
      { metric: 'tasks', label: 'xác định đầy đủ nhiệm vụ' },
      { metric: 'budget', label: 'có bố trí kinh phí' },
      { metric: 'disciplined', equals: false },
      { metric: 'rate', min: '90', minInclusive: false },
      { metric: 'late', max: '2', maxInclusive: true },
    ],
  },
  METRICS,
);
const at = leafScorer(set);
const ALL = { tasks: true, budget: true, disciplined: false, rate: '95', late: 2 };

describe('all-of', () => {
  it('gives the maximum when every boolean and numeric condition holds', () => {
    const n = at(ALL);
    expect(n.points).toBe('1');
    expect(n.trace).toEqual({ rule: 'all-of', inputs: { tasks: true, budget: true, disciplined: false, rate: '95', late: 2 }, branch: 'all 5 conditions hold', points: '1' });
  });

  it('gives otherwisePoints and names every failed condition', () => {
    const n = at({ ...ALL, budget: false, disciplined: true });
    expect(n.points).toBe('0.25');
    expect(n.trace.branch).toBe('not met: có bố trí kinh phí; disciplined = false');
  });

  it('reads "trên 90%" exactly: 90 fails, 90.0000000000000001 holds', () => {
    expect(at({ ...ALL, rate: '90' }).points).toBe('0.25');
    expect(at({ ...ALL, rate: '90' }).trace.branch).toBe('not met: rate > 90');
    expect(at({ ...ALL, rate: '90.0000000000000001' }).points).toBe('1');
  });

  it('includes an inclusive upper bound', () => {
    expect(at({ ...ALL, late: 3 }).trace.branch).toBe('not met: late ≤ 2');
  });

  it('defaults otherwisePoints to 0 and equals to true', () => {
    const f = leafScorer(leafSet({ kind: 'all-of', conditions: [{ metric: 'tasks' }, { metric: 'budget' }] }, { tasks: METRICS.tasks, budget: METRICS.budget }));
    expect(f({ tasks: true, budget: true }).points).toBe('1');
    expect(f({ tasks: true, budget: false }).points).toBe('0');
    expect(f({ tasks: true, budget: false }).trace.branch).toBe('not met: budget = true');
  });

  it('reports a missing input even when another condition already fails', () => {
    const { budget: _, ...noBudget } = ALL;
    const r = score(set, { ...noBudget, tasks: false });
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(codes(r)).toEqual(['INPUT_MISSING']);
    expect(r.issues[0]!.path).toBe('metrics.budget');
  });

  it('rejects invalid inputs', () => {
    const n = at({ ...ALL, rate: '95%', tasks: 'có' });
    expect(n.status).toBe('invalid-input');
    expect(n.trace.notes).toEqual(['tasks: expected true or false, got "có"', 'rate: "95%" is not a decimal number (write the number without "%")']);
  });

  it('checks units per condition kind and otherwisePoints against the maximum', () => {
    const r = checkCriteriaSet(
      leafInput({ kind: 'all-of', otherwisePoints: '2', conditions: [{ metric: 'tasks', min: '1' }, { metric: 'rate' }, { metric: 'nope' }] }, { tasks: METRICS.tasks, rate: METRICS.rate }),
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['METRIC_UNIT_MISMATCH', 'nodes[0].rule.conditions[0].metric'],
      ['METRIC_UNIT_MISMATCH', 'nodes[0].rule.conditions[1].metric'],
      ['UNDECLARED_METRIC', 'nodes[0].rule.conditions[2].metric'],
      ['POINTS_EXCEED_MAX', 'nodes[0].rule.otherwisePoints'],
    ]);
  });
});
