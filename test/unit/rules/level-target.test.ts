/** level-target: work records online ≥ 90% province, ≥ 80% district, ≥ 60% commune (seed 000). */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet } from '../../../src/index.js';
import { codes, leafInput, leafScorer, leafSet, score } from '../../support/build.js';

const RATE = { rate: { unit: 'percent' as const } };
const unit = (level: string) => ({ unit: { id: 'u1', name: 'Unit', level } });

const unitLevel = leafSet(
  {
    kind: 'level-target',
    mode: 'unit-level',
    metric: 'rate',
    targets: [
      { level: 'province', min: '90' },
      { level: 'commune', min: '60' },
    ],
  },
  RATE,
  '1.5',
);
const at = leafScorer(unitLevel);

describe('level-target: unit-level', () => {
  it('scores a province against ≥ 90, inclusive at exactly 90', () => {
    expect(at({ rate: '92.38' }, unit('province')).points).toBe('1.5');
    expect(at({ rate: '90' }, unit('province')).points).toBe('1.5');
    expect(at({ rate: '89.99' }, unit('province')).points).toBe('0');
    expect(at({ rate: '89.9999999999999999' }, unit('province')).points).toBe('0');
  });

  it('scores a commune against its own target, 60', () => {
    expect(at({ rate: '60' }, unit('commune')).points).toBe('1.5');
    expect(at({ rate: '59.99' }, unit('commune')).points).toBe('0');
  });

  it('traces the target used', () => {
    expect(at({ rate: '92.38' }, unit('province')).trace).toEqual({
      rule: 'level-target',
      inputs: { rate: '92.38' },
      branch: 'target met: province ≥ 90',
      points: '1.5',
    });
    expect(at({ rate: '59.99' }, unit('commune')).trace.branch).toBe('target not met: commune ≥ 60');
  });

  it('makes the row not applicable to a level without a target', () => {
    const n = at({ rate: '99' }, unit('district'));
    expect(n.status).toBe('not-applicable');
    expect(n.points).toBeNull();
    expect(n.trace.branch).toBe('no target for level "district"');
  });

  it('reads "trên 90%" (exclusive) exactly', () => {
    const set = leafSet({ kind: 'level-target', mode: 'unit-level', metric: 'rate', targets: [{ level: 'province', min: '90', minInclusive: false }] }, RATE);
    const f = leafScorer(set);
    expect(f({ rate: '90' }).points).toBe('0');
    expect(f({ rate: '90.0000000000000001' }).points).toBe('1');
    expect(f({ rate: '90' }).trace.branch).toBe('target not met: province > 90');
  });

  it('reports missing and invalid input', () => {
    expect(at({}, unit('province')).status).toBe('missing-input');
    expect(at({ rate: '101' }, unit('province')).status).toBe('invalid-input');
  });
});

describe('level-target: parts', () => {
  const parts = leafSet(
    {
      kind: 'level-target',
      mode: 'parts',
      metric: 'rate',
      targets: [
        { level: 'province', min: '90', points: '0.5' },
        { level: 'district', min: '80', points: '0.5' },
        { level: 'commune', min: '60', points: '0.5' },
      ],
    },
    RATE,
    '1.5',
  );
  const partsAt = leafScorer(parts);

  it('adds the points of every part met, whatever the unit level', () => {
    expect(partsAt({ rate: '95' }).points).toBe('1.5');
    expect(partsAt({ rate: '90' }).points).toBe('1.5');
    expect(partsAt({ rate: '85' }).points).toBe('1');
    expect(partsAt({ rate: '80' }).points).toBe('1');
    expect(partsAt({ rate: '79.99' }).points).toBe('0.5');
    expect(partsAt({ rate: '59.99' }).points).toBe('0');
  });

  it('traces the parts met', () => {
    expect(partsAt({ rate: '85' }).trace.branch).toBe('parts met: district ≥ 80; commune ≥ 60');
    expect(partsAt({ rate: '10' }).trace.branch).toBe('no part met');
  });

  it('reads a metric per target', () => {
    const set = leafSet(
      {
        kind: 'level-target',
        mode: 'parts',
        targets: [
          { level: 'province', metric: 'p', min: '90', points: '0.75' },
          { level: 'commune', metric: 'c', min: '60', points: '0.25' },
        ],
      },
      { p: { unit: 'percent' }, c: { unit: 'percent' } },
    );
    const f = leafScorer(set);
    expect(f({ p: '91', c: '59' }).points).toBe('0.75');
    expect(f({ p: '89', c: '61' }).points).toBe('0.25');
    expect(f({ p: '91', c: '61' }).trace.inputs).toEqual({ p: '91', c: '61' });
  });

  it('reports a metric read by several targets once when missing or invalid', () => {
    const missing = score(parts, {});
    expect(missing.nodes[0]!.trace.branch).toBe('missing input: rate');
    expect(codes(missing)).toEqual(['INPUT_MISSING']);
    const invalid = score(parts, { rate: '85,5' });
    expect(codes(invalid)).toEqual(['INPUT_INVALID']);
    expect(invalid.nodes[0]!.trace.notes).toHaveLength(1);
  });
});

describe('level-target: checks', () => {
  const issues = (rule: Parameters<typeof leafInput>[0], max = '1.5') => checkCriteriaSet(leafInput(rule, RATE, max)).issues.map((i) => [i.code, i.path, i.severity]);

  it('reports parts that do not add up to the maximum', () => {
    expect(issues({ kind: 'level-target', mode: 'parts', metric: 'rate', targets: [{ level: 'province', min: '90', points: '0.5' }, { level: 'commune', min: '60', points: '0.5' }] })).toEqual([
      ['PARTS_SUM_MISMATCH', 'nodes[0].rule.targets', 'error'],
    ]);
  });

  it('requires points on every part, and a metric somewhere', () => {
    expect(issues({ kind: 'level-target', mode: 'parts', targets: [{ level: 'province', min: '90' }] }, '0')).toEqual([
      ['RULE_PARAM_REQUIRED', 'nodes[0].rule.targets[0].metric', 'error'],
      ['RULE_PARAM_REQUIRED', 'nodes[0].rule.targets[0].points', 'error'],
      ['UNUSED_METRIC', 'metrics.rate', 'warning'],
    ]);
  });

  it('warns of an unknown level and rejects a level given twice in unit-level mode', () => {
    expect(issues({ kind: 'level-target', mode: 'unit-level', metric: 'rate', targets: [{ level: 'province', min: '90' }, { level: 'huyen', min: '80' }, { level: 'province', min: '85' }] })).toEqual([
      ['UNKNOWN_LEVEL', 'nodes[0].rule.targets[1].level', 'warning'],
      ['DUPLICATE_LEVEL', 'nodes[0].rule.targets[2].level', 'error'],
    ]);
  });
});
