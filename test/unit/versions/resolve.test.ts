/** resolveEdition: each op, problems with paths into the edition, the base untouched. */
import { describe, expect, it } from 'vitest';
import { resolveEdition, ParIndexError } from '../../../src/index.js';
import { edition, fixtureEdition, fixtureSet, RULE } from './helpers.js';

const base = fixtureSet('base-2025.yaml');
const codesOf = (nodes: readonly { code: string; children?: unknown }[]): unknown[] =>
  nodes.map((n) => (Array.isArray(n.children) ? [n.code, codesOf(n.children as typeof nodes)] : n.code));
const summary = (r: ReturnType<typeof resolveEdition>) => r.issues.map((i) => [i.code, i.path, i.file]);

describe('resolveEdition', () => {
  it('applies every op of the fixture edition; identity fields and bands come from the edition', () => {
    const r = resolveEdition(fixtureEdition('edition-2026.yaml'), base, { file: 'e.yaml' });
    expect(r.issues).toEqual([]);
    if (!r.ok) throw new Error('should resolve');
    expect([r.value.id, r.value.version, r.value.title, r.value.validFrom, r.value.validTo]).toEqual(['base-2026', '1', 'Bộ tiêu chí thử nghiệm 2026', '2026-01-01', '2026-12-31']);
    expect(r.value.unitLevels).toEqual(['province']);
    expect(codesOf(r.value.nodes)).toEqual([['1', [['1.1', ['1.1.1', '1.1.2']], '1.3']], ['2', ['2.1']]]);
    expect(r.value.nodes[0]!.children![0]!.name).toBe('Kế hoạch cải cách hành chính');
    expect(r.value.nodes[1]!.children![0]!.maxPoints).toBe('2.5');
    expect(Object.keys(r.value.metrics).sort()).toEqual(['initiativeRecognised', 'onlineRate', 'planIssued', 'reportsSent']);
    expect(r.value.bands[0]).toEqual({ label: 'Tốt', min: '85', minInclusive: true, maxInclusive: false });
  });

  it('does not change the base or the edition', () => {
    const before = structuredClone(base);
    const e = fixtureEdition('edition-2026.yaml');
    const copy = structuredClone(e);
    resolveEdition(e, base);
    expect(base).toEqual(before);
    expect(e).toEqual(copy);
  });

  it('set replaces fields of a row and keeps the others', () => {
    const r = resolveEdition(edition([{ op: 'set', code: '1.1.1', note: 'mới', status: 'adapted' }]), base);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.nodes[0]!.children![0]!.children![0]).toEqual({ code: '1.1.1', name: 'Ban hành kế hoạch', maxPoints: '1', rule: RULE.planIssued, note: 'mới', status: 'adapted' });
  });

  it('add at the top level (no parent), at the end or after a row', () => {
    const node = { code: '3', name: 'Mới', maxPoints: '1', rule: RULE.planIssued };
    const end = resolveEdition(edition([{ op: 'add', node }]), base);
    const first = resolveEdition(edition([{ op: 'add', after: '1', node }]), base);
    expect(end.ok && end.value.nodes.map((n) => n.code)).toEqual(['1', '2', '3']);
    expect(first.ok && first.value.nodes.map((n) => n.code)).toEqual(['1', '3', '2']);
  });

  it('remove drops the subtree; rename changes only the name', () => {
    const r = resolveEdition(edition([{ op: 'remove', code: '1.1' }, { op: 'set', code: '1', maxPoints: '1' }, { op: 'rename', code: '2', name: 'DVC' }]), base);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(codesOf(r.value.nodes)).toEqual([['1', ['1.2']], ['2', ['2.1']]]);
    expect(r.value.nodes[1]!.name).toBe('DVC');
  });

  it('an unknown code, parent or after row: UNKNOWN_CODE at the change', () => {
    const r = resolveEdition(
      edition([
        { op: 'rename', code: '1.1', name: 'ok' },
        { op: 'set', code: '7', maxPoints: '1' },
        { op: 'remove', code: '9.9' },
        { op: 'add', parent: '8', node: { code: 'x', name: 'x', maxPoints: '1', rule: RULE.planIssued } },
        { op: 'add', parent: '1', after: '2.1', node: { code: 'y', name: 'y', maxPoints: '1', rule: RULE.planIssued } },
      ]),
      base,
      { file: 'e.yaml' },
    );
    expect(r.ok).toBe(false);
    expect(summary(r)).toEqual([
      ['UNKNOWN_CODE', 'changes[1].code', 'e.yaml'],
      ['UNKNOWN_CODE', 'changes[2].code', 'e.yaml'],
      ['UNKNOWN_CODE', 'changes[3].parent', 'e.yaml'],
      ['UNKNOWN_CODE', 'changes[4].after', 'e.yaml'],
    ]);
    expect(r.issues[1]!.message).toBe('no row "9.9" in base base-2025');
    expect(r.issues[3]!.message).toBe('no row "2.1" under 1 in base base-2025');
  });

  it('add under a leaf: ADD_UNDER_LEAF', () => {
    const r = resolveEdition(edition([{ op: 'add', parent: '1.2', node: { code: '1.2.1', name: 'x', maxPoints: '1', rule: RULE.planIssued } }]), base);
    expect(summary(r)).toEqual([['ADD_UNDER_LEAF', 'changes[0].parent', undefined]]);
    expect(r.issues[0]!.message).toMatch(/^row 1\.2 is a leaf/);
  });

  it('a duplicate code after add: DUPLICATE_CODE at the new row (also inside a subtree)', () => {
    const leaf = { code: '1.1.2', name: 'x', maxPoints: '1', rule: RULE.planIssued };
    const r = resolveEdition(edition([{ op: 'add', parent: '2', node: leaf }, { op: 'add', node: { code: '3', name: 't', maxPoints: '1', children: [leaf] } }]), base);
    expect(summary(r)).toEqual([['DUPLICATE_CODE', 'changes[0].node.code', undefined], ['DUPLICATE_CODE', 'changes[1].node', undefined]]);
  });

  it('a change that breaks a parent sum: MAX_SUM_MISMATCH placed at the change', () => {
    const r = resolveEdition(fixtureEdition('sum-broken-edition.yaml'), base, { file: 's.yaml' });
    expect(r.ok).toBe(false);
    expect(summary(r)).toEqual([['MAX_SUM_MISMATCH', 'changes[0]', 's.yaml']]);
    expect(r.issues[0]!.message).toBe('row 1.1 has maxPoints 2 but its children add up to 2.5 (this change is to a child of 1.1; nodes[0].children[0].maxPoints in the resolved set)');
  });

  it('a problem inside a changed or added row points into the change', () => {
    const gap = { kind: 'tiers', metric: 'onlineRate', tiers: [{ max: '50', points: '0' }, { min: '60', points: '2' }] };
    const set = resolveEdition(edition([{ op: 'set', code: '2.1', rule: gap }]), base);
    expect(summary(set)).toEqual([['TIER_GAP', 'changes[0].rule.tiers[1]', undefined]]);
    const add = resolveEdition(edition([{ op: 'add', node: { code: '3', name: 'x', maxPoints: '0', children: [{ code: '3.1', name: 'y', maxPoints: '2', rule: gap }] } }]), base);
    expect(summary(add).map((s) => s.slice(0, 2))).toEqual([['MAX_SUM_MISMATCH', 'changes[0].node.maxPoints'], ['TIER_GAP', 'changes[0].node.children[0].rule.tiers[1]']]);
  });

  it('removing every child leaves a leaf without a rule (at the last change to that row); a metric left unread is a warning from the base', () => {
    const r = resolveEdition(edition([{ op: 'remove', code: '1.1.1' }, { op: 'remove', code: '1.1.2' }, { op: 'set', code: '1.1', maxPoints: '2' }]), base);
    expect(summary(r).map((s) => s.slice(0, 2))).toEqual([['LEAF_WITHOUT_RULE', 'changes[2]'], ['UNUSED_METRIC', 'metrics.planIssued'], ['UNUSED_METRIC', 'metrics.reportsSent']]);
    expect(r.issues[1]!.message).toBe('metric "planIssued" is declared but no rule reads it (inherited from base base-2025)');
  });

  it('misuse throws a usage error naming the function', () => {
    expect(() => resolveEdition(edition([]), base, 'x' as never)).toThrow(ParIndexError);
    expect(() => resolveEdition(edition([]), base, 'x' as never)).toThrow(/^resolveEdition: /);
    expect(() => resolveEdition(edition([]), null as never)).toThrow(/^resolveEdition: pass a parsed edition/);
  });
});
