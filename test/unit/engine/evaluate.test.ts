/** The engine: applicability by level and unit type, not applicable rows, missing input and its policy. */
import { describe, expect, it } from 'vitest';
import { CriteriaSet, type CriteriaSetInput } from '../../../src/index.js';
import { ZERO_POLICY_NOTE } from '../../../src/engine/leaf-issues.js';
import { codes, score, setInput } from '../../support/build.js';

const BOOL = { unit: 'boolean' as const };
const parse = (input: CriteriaSetInput) => CriteriaSet.parse(input);
const province = { unit: { id: 'u1', name: 'Sở A', type: 'so', level: 'province' } };
const commune = { unit: { id: 'u2', name: 'Xã B', type: 'xa', level: 'commune' } };

/** Area 1 (two rows, one for communes only, one that may be declared N/A); area 2 for communes only. */
const tree = parse(
  setInput(
    [
      {
        code: '1',
        name: 'area 1',
        maxPoints: '3',
        children: [
          { code: '1.1', name: 'all', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'a' } },
          { code: '1.2', name: 'communes', maxPoints: '1', appliesTo: { levels: ['commune'] }, rule: { kind: 'pass-fail', metric: 'b' } },
          { code: '1.3', name: 'may be N/A', maxPoints: '1', allowNotApplicable: true, rule: { kind: 'pass-fail', metric: 'c' } },
        ],
      },
      {
        code: '2',
        name: 'area 2',
        maxPoints: '2',
        appliesTo: { levels: ['commune'] },
        allowNotApplicable: true,
        children: [
          { code: '2.1', name: 'x', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'd' } },
          { code: '2.2', name: 'y', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'e' } },
        ],
      },
    ],
    { unitTypes: ['so', 'xa'], metrics: { a: BOOL, b: BOOL, c: BOOL, d: BOOL, e: BOOL } },
  ),
);
const ALL_TRUE = { a: true, b: true, c: true, d: true, e: true };

describe('applicability', () => {
  it('scores every row for a commune', () => {
    const r = score(tree, ALL_TRUE, {}, commune);
    expect(r.applicableMaxPoints).toBe('5');
    expect(r.points).toBe('5');
    expect(r.index).toBe('100');
    expect(r.issues).toEqual([]);
  });

  it('removes rows for other levels from the maximum, not redistributing them', () => {
    const r = score(tree, { a: true, c: false }, {}, province);
    const area1 = r.nodes[0]!;
    expect(area1.children[1]!.status).toBe('not-applicable');
    expect(area1.children[1]!.points).toBeNull();
    expect(area1.children[1]!.trace.branch).toBe('does not apply to so / province');
    expect(area1.applicableMaxPoints).toBe('2');
    expect(area1.points).toBe('1');
    expect(area1.ratio).toBe('50');
    expect(area1.trace).toEqual({ rule: 'sum', inputs: {}, branch: 'sum of 2 applicable of 3 children', points: '1' });
    expect(r.maxPoints).toBe('5');
    expect(r.applicableMaxPoints).toBe('2');
    expect(r.index).toBe('50');
    // Rows that do not apply need no input.
    expect(r.issues).toEqual([]);
  });

  it('propagates a parent that does not apply to all its children', () => {
    const area2 = score(tree, { a: true, c: true }, {}, province).nodes[1]!;
    expect(area2.status).toBe('not-applicable');
    expect(area2.points).toBeNull();
    expect(area2.applicableMaxPoints).toBe('0');
    expect(area2.children.map((c) => [c.status, c.trace.branch])).toEqual([
      ['not-applicable', 'parent row not applicable'],
      ['not-applicable', 'parent row not applicable'],
    ]);
  });

  it('selects by unit type; a unit without a type matches no type list', () => {
    const set = parse(
      setInput(
        [
          { code: '1', name: 'all', maxPoints: '1', rule: { kind: 'pass-fail', metric: 'a' } },
          { code: '2', name: 'xã', maxPoints: '1', appliesTo: { unitTypes: ['xa'] }, rule: { kind: 'pass-fail', metric: 'b' } },
        ],
        { unitTypes: ['so', 'xa'], metrics: { a: BOOL, b: BOOL } },
      ),
    );
    expect(score(set, { a: true, b: true }, {}, commune).applicableMaxPoints).toBe('2');
    const so = score(set, { a: true }, {}, province);
    expect(so.nodes[1]!.trace.branch).toBe('does not apply to so / province');
    expect(so.applicableMaxPoints).toBe('1');
    const untyped = score(set, { a: true });
    expect(untyped.nodes[1]!.status).toBe('not-applicable');
    expect(untyped.nodes[1]!.trace.branch).toBe('does not apply to province');
  });
});

describe('declared not applicable (không phát sinh)', () => {
  it('is honoured when the row allows it, with the reason in the trace', () => {
    const r = score(tree, { a: true }, {}, { ...province, notApplicable: { '1.3': 'không phát sinh' } });
    const row = r.nodes[0]!.children[2]!;
    expect(row.status).toBe('not-applicable');
    expect(row.trace.branch).toBe('declared not applicable: không phát sinh');
    expect(r.applicableMaxPoints).toBe('1');
    expect(r.index).toBe('100');
    expect(r.issues).toEqual([]);
  });

  it('propagates from a declared parent to its children', () => {
    const r = score(tree, ALL_TRUE, {}, { ...commune, notApplicable: { '2': 'không phát sinh' } });
    expect(r.nodes[1]!.status).toBe('not-applicable');
    expect(r.nodes[1]!.children.map((c) => c.trace.branch)).toEqual(['parent row not applicable', 'parent row not applicable']);
    expect(r.applicableMaxPoints).toBe('3');
  });

  it('is rejected with an issue when the row does not allow it, and the row is scored', () => {
    const r = score(tree, { a: true, c: true }, {}, { ...province, notApplicable: { '1.1': 'không phát sinh' } });
    expect(r.nodes[0]!.children[0]!.status).toBe('scored');
    expect(r.nodes[0]!.children[0]!.points).toBe('1');
    expect(r.issues).toEqual([
      { code: 'NOT_APPLICABLE_NOT_ALLOWED', severity: 'error', path: 'notApplicable["1.1"]', nodeCode: '1.1', message: 'row 1.1 may not be declared not applicable (the set does not allow it)' },
    ]);
  });

  it('reports a code that names no row', () => {
    const r = score(tree, { a: true, c: true }, {}, { ...province, notApplicable: { '9.9': 'x' } });
    expect(codes(r)).toEqual(['UNKNOWN_CODE']);
  });
});

describe('missing input', () => {
  it('leaves the row and its ancestors unscored, and the index null', () => {
    const r = score(tree, { a: true }, {}, province);
    const row = r.nodes[0]!.children[2]!;
    expect(row.status).toBe('missing-input');
    expect(row.points).toBeNull();
    expect(row.ratio).toBeNull();
    expect(row.applicableMaxPoints).toBe('1');
    expect(r.nodes[0]!.status).toBe('missing-input');
    expect(r.nodes[0]!.points).toBeNull();
    expect(r.nodes[0]!.trace.branch).toBe('sum of 2 applicable of 3 children; 1 not scored');
    expect(r.complete).toBe(false);
    expect(r.treePoints).toBeNull();
    expect(r.points).toBeNull();
    expect(r.index).toBeNull();
    expect(r.band).toBeNull();
    expect(r.display).toEqual({ points: null, index: null });
    expect(r.issues).toEqual([{ nodeCode: '1.3', code: 'INPUT_MISSING', severity: 'error', path: 'metrics.c', message: 'row 1.3 needs metric "c"' }]);
  });

  it('shows the worse of missing and invalid on the parent', () => {
    const r = score(tree, { a: 'yes' }, {}, province);
    expect(r.nodes[0]!.status).toBe('invalid-input');
    expect(codes(r)).toEqual(['INPUT_INVALID', 'INPUT_MISSING']);
  });

  it('with missingInput: zero, scores the row 0 with a warning and a trace note', () => {
    const r = score(tree, { a: true }, { missingInput: 'zero' }, province);
    const row = r.nodes[0]!.children[2]!;
    expect(row.status).toBe('scored');
    expect(row.points).toBe('0');
    expect(row.trace).toEqual({ rule: 'pass-fail', inputs: { c: null }, branch: 'missing input: c → 0 (policy missingInput: zero)', points: '0', notes: [ZERO_POLICY_NOTE] });
    expect(ZERO_POLICY_NOTE).toBe('scored 0 because an input is missing (policy missingInput: zero)');
    expect(r.complete).toBe(true);
    expect(r.index).toBe('50');
    expect(r.issues).toEqual([{ nodeCode: '1.3', code: 'INPUT_MISSING_SCORED_ZERO', severity: 'warning', path: 'metrics.c', message: 'row 1.3 scored 0: no metric "c" (policy missingInput: zero)' }]);
  });

  it('with missingInput: zero, still rejects invalid input', () => {
    const r = score(tree, { a: true, c: 'có' }, { missingInput: 'zero' }, province);
    expect(r.nodes[0]!.children[2]!.status).toBe('invalid-input');
    expect(r.index).toBeNull();
  });

  it('rejects an unknown policy as misuse', () => {
    expect(() => score(tree, {}, { missingInput: 'skip' as 'zero' })).toThrow('scoreAssessment: missingInput must be "report" or "zero", got "skip"');
  });
});
