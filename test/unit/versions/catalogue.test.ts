/** resolveWithCatalogue, parseEdition and parseCriteriaFile: finding the base, chains, cycles, bad files. */
import { describe, expect, it } from 'vitest';
import { Edition, parseCriteriaFile, parseEdition, resolveWithCatalogue, ParIndexError } from '../../../src/index.js';
import { edition, fixtureEdition, fixtureSet } from './helpers.js';

const base = fixtureSet('base-2025.yaml');
const e2026 = fixtureEdition('edition-2026.yaml');
const e2027 = fixtureEdition('edition-2027.yaml');
const codes = (r: { issues: { code: string; path: string }[] }) => r.issues.map((i) => [i.code, i.path]);

describe('resolveWithCatalogue', () => {
  it('finds the base by id and version, ignoring the edition itself in the catalogue', () => {
    const r = resolveWithCatalogue(e2026, [e2026, base]);
    expect(r.ok && r.value.id).toBe('base-2026');
  });

  it('follows a chain: 2027 → 2026 → 2025', () => {
    const r = resolveWithCatalogue(e2027, [base, e2026, e2027], { file: '2027.yaml' });
    expect(r.issues).toEqual([]);
    if (!r.ok) throw new Error('chain should resolve');
    expect(r.value.id).toBe('base-2027');
    expect(r.value.nodes[0]!.children!.map((n) => [n.code, n.name])).toEqual([['1.1', 'Kế hoạch cải cách hành chính'], ['1.3', 'Sáng kiến, giải pháp CCHC']]);
  });

  it('UNKNOWN_BASE lists what is available', () => {
    const r = resolveWithCatalogue(edition([], { extends: { id: 'base-2025', version: '9' } }), [base, e2026], { file: 'x.yaml' });
    expect(r.issues).toEqual([{ code: 'UNKNOWN_BASE', severity: 'error', path: 'extends', file: 'x.yaml', message: 'no set "base-2025" version "9" to extend; available: base-2025@1, base-2026@1' }]);
    expect(resolveWithCatalogue(edition([]), []).issues[0]!.message).toBe('no set "base-2025" version "1" to extend; no other set was given');
  });

  it('AMBIGUOUS_BASE when no version is given and several match', () => {
    const r = resolveWithCatalogue(edition([], { extends: { id: 'base-2025' } }), [base, { ...base, version: '2' }]);
    expect(codes(r)).toEqual([['AMBIGUOUS_BASE', 'extends']]);
    expect(r.issues[0]!.message).toBe('"base-2025" has versions 1, 2; say which one with extends.version');
  });

  it('a cycle is reported, also a self-reference', () => {
    const a = Edition.parse({ id: 'a', version: '1', extends: { id: 'b' } });
    const b = Edition.parse({ id: 'b', version: '1', extends: { id: 'a' } });
    const r = resolveWithCatalogue(a, [a, b]);
    expect(codes(r)).toEqual([['EXTENDS_CYCLE', 'extends']]);
    expect(r.issues[0]!.message).toBe('editions extend each other in a cycle: a@1 → b@1 → a@1');
    const self = Edition.parse({ id: 'a', version: '2', extends: { id: 'a', version: '2' } });
    expect(codes(resolveWithCatalogue(self, [self, { ...self }]))).toEqual([['EXTENDS_CYCLE', 'extends']]);
  });

  it('a base edition that does not resolve: BASE_INVALID naming its first problem', () => {
    const broken = fixtureEdition('broken-edition.yaml');
    const child = Edition.parse({ id: 'child', version: '1', extends: { id: 'broken-2026' } });
    const r = resolveWithCatalogue(child, [base, broken]);
    expect(codes(r)).toEqual([['BASE_INVALID', 'extends']]);
    expect(r.issues[0]!.message).toBe('base broken-2026@1 cannot be resolved: changes[1].code: no row "9.9" in base base-2025 [UNKNOWN_CODE]');
  });

  it('misuse throws', () => {
    expect(() => resolveWithCatalogue(e2026, 'x' as never)).toThrow(ParIndexError);
  });
});

describe('parseEdition and parseCriteriaFile', () => {
  it('schema problems with lines: an unknown op, a missing code', () => {
    const text = 'id: e\nversion: "1"\nextends: { id: b }\nchanges:\n  - { op: move, code: "1" }\n  - { op: set }\n';
    const r = parseEdition(text, { file: 'e.yaml' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.line])).toEqual([['INVALID_VALUE', 'changes[0].op', 5], ['REQUIRED', 'changes[1].code', 6]]);
    expect(r.issues[0]!.message).toBe('"move" is not one of: set, add, remove, rename');
  });

  it('tells an edition (with extends) from a set', () => {
    expect(parseCriteriaFile('id: e\nversion: "1"\nextends: { id: b }\n').kind).toBe('edition');
    expect(parseCriteriaFile('id: s\n').kind).toBe('set');
    expect(parseCriteriaFile('[').kind).toBe('set');
  });
});
