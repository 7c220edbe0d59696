/** diffSets on two small sets: the exact JSON, every kind of change, and the schema. */
import { describe, expect, it } from 'vitest';
import { checkCriteriaSet, diffSets, SetDiff, type CriteriaSet, type CriteriaSetInput } from '../../../src/index.js';

const pass = (metric: string) => ({ kind: 'pass-fail', metric });
const load = (input: CriteriaSetInput): CriteriaSet => {
  const r = checkCriteriaSet(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const a = load({
  id: 'a', version: '1', title: 'A', status: 'example', unitLevels: ['province'],
  metrics: { x: { unit: 'boolean' }, y: { unit: 'boolean', name: 'Y' }, gone: { unit: 'boolean' } },
  nodes: [
    { code: '1', name: 'Một', maxPoints: '2', children: [
      { code: '1.1', name: 'Cũ', maxPoints: '1', rule: pass('x') },
      { code: '1.2', name: 'Bỏ đi', maxPoints: '1', rule: pass('gone') },
    ] },
    { code: '2', name: 'Hai', maxPoints: '1', children: [{ code: '2.1', name: 'Giữ', maxPoints: '1', rule: pass('y') }] },
  ],
  bands: [{ label: 'Tốt', min: '80' }, { label: 'Khá', max: '80' }],
});

const b = load({
  id: 'b', version: '2', title: 'B', status: 'example', unitLevels: ['province'],
  metrics: { x: { unit: 'boolean' }, y: { unit: 'boolean', name: 'Y mới' }, added: { unit: 'boolean' } },
  nodes: [
    { code: '1', name: 'Một', maxPoints: '1.5', children: [
      { code: '1.1', name: 'Mới', maxPoints: '1.5', rule: { metric: 'y', kind: 'pass-fail' } },
    ] },
    { code: '2', name: 'Hai', maxPoints: '2', children: [
      { code: '2.1', name: 'Giữ', maxPoints: '1', rule: pass('y') },
      { code: '1.3', name: 'Mới thêm', maxPoints: '1', rule: pass('added') },
    ] },
  ],
  bands: [{ label: 'Tốt', min: '85' }, { label: 'Khá', min: '50', max: '85' }, { label: 'Yếu', max: '50' }],
});

describe('diffSets', () => {
  it('lists every change with codes as the key (exact JSON)', () => {
    expect(diffSets(a, b)).toEqual({
      from: { id: 'a', version: '1', title: 'A' },
      to: { id: 'b', version: '2', title: 'B' },
      same: false,
      rows: {
        added: [{ code: '1.3', name: 'Mới thêm', maxPoints: '1', parent: '2' }],
        removed: [{ code: '1.2', name: 'Bỏ đi', maxPoints: '1', parent: '1' }],
        renamed: [{ code: '1.1', from: 'Cũ', to: 'Mới' }],
        repointed: [{ code: '1', from: '2', to: '1.5' }, { code: '1.1', from: '1', to: '1.5' }, { code: '2', from: '1', to: '2' }],
        rulesChanged: [{ code: '1.1', from: { kind: 'pass-fail', metric: 'x' }, to: { metric: 'y', kind: 'pass-fail' } }],
        moved: [],
      },
      bands: {
        added: [{ label: 'Yếu', max: '50', minInclusive: true, maxInclusive: false }],
        removed: [],
        changed: [
          { label: 'Tốt', from: { label: 'Tốt', min: '80', minInclusive: true, maxInclusive: false }, to: { label: 'Tốt', min: '85', minInclusive: true, maxInclusive: false } },
          { label: 'Khá', from: { label: 'Khá', max: '80', minInclusive: true, maxInclusive: false }, to: { label: 'Khá', min: '50', max: '85', minInclusive: true, maxInclusive: false } },
        ],
      },
      metrics: {
        added: [{ id: 'added', metric: { unit: 'boolean' } }],
        removed: [{ id: 'gone', metric: { unit: 'boolean' } }],
        changed: [{ id: 'y', from: { unit: 'boolean', name: 'Y' }, to: { unit: 'boolean', name: 'Y mới' } }],
      },
    });
  });

  it('a row under another parent is moved; a parent turned leaf has its rule changed from null', () => {
    const moved = load({ ...structuredClone(a), nodes: [
      { code: '1', name: 'Một', maxPoints: '1', children: [{ code: '1.1', name: 'Cũ', maxPoints: '1', rule: pass('x') }] },
      { code: '2', name: 'Hai', maxPoints: '2', rule: { kind: 'manual', step: '0.5' } },
      { code: '3', name: 'Ba', maxPoints: '2', children: [{ code: '2.1', name: 'Giữ', maxPoints: '1', rule: pass('y') }, { code: '1.2', name: 'Bỏ đi', maxPoints: '1', rule: pass('gone') }] },
    ] });
    const d = diffSets(a, moved);
    expect(d.rows.moved).toEqual([{ code: '2.1', from: '2', to: '3' }, { code: '1.2', from: '1', to: '3' }]);
    expect(d.rows.rulesChanged).toEqual([{ code: '2', from: null, to: { kind: 'manual', step: '0.5' } }]);
  });

  it('a set against itself: same, every list empty; rule key order and decimal form do not count', () => {
    const d = diffSets(a, structuredClone(a));
    expect(d.same).toBe(true);
    const reordered = load({ ...structuredClone(a), nodes: [{ ...structuredClone(a.nodes[0]!), maxPoints: '2.0' }, structuredClone(a.nodes[1]!)] });
    expect(diffSets(a, reordered).same).toBe(true);
  });

  it('is plain JSON that the SetDiff schema accepts, and changes neither set', () => {
    const before = structuredClone([a, b]);
    const d = diffSets(a, b);
    expect(SetDiff.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect([a, b]).toEqual(before);
  });

  it('misuse throws a usage error naming the function', () => {
    expect(() => diffSets(a, {} as never)).toThrow(/^diffSets: /);
  });
});

describe('diffSets: bonus and penalty items', () => {
  it('compares adjustment items as rows under bonus / penalty', () => {
    const base = {
      id: 'adj', version: '1', title: 't', status: 'example' as const, unitLevels: ['province'],
      metrics: { n: { unit: 'count' as const } },
      nodes: [{ code: '1', name: 'row', maxPoints: '1', rule: { kind: 'per-occurrence', metric: 'n', each: '0.5' } }],
      adjustments: { bonus: { cap: '1', items: [{ code: 'T1', name: 'sáng kiến', maxPoints: '1', rule: { kind: 'per-occurrence', metric: 'n', each: '0.5' } }] } },
    };
    const next = { ...base, version: '2', adjustments: { bonus: { cap: '1', items: [{ code: 'T1', name: 'sáng kiến', maxPoints: '0.5', rule: { kind: 'per-occurrence', metric: 'n', each: '0.25' } }, { code: 'T2', name: 'giải thưởng', maxPoints: '0.5', rule: { kind: 'per-occurrence', metric: 'n', each: '0.5' } }] } } };
    const a = checkCriteriaSet(base);
    const b = checkCriteriaSet(next);
    if (!a.ok || !b.ok) throw new Error('fixture sets must be valid');
    const d = diffSets(a.value, b.value);
    expect(d.rows.added).toEqual([{ code: 'T2', name: 'giải thưởng', maxPoints: '0.5', parent: 'bonus' }]);
    expect(d.rows.repointed).toEqual([{ code: 'T1', from: '1', to: '0.5' }]);
    expect(d.rows.rulesChanged.map((r) => r.code)).toEqual(['T1']);
    expect(d.same).toBe(false);
  });
});
