/** setInForce: validity boundaries, unit level and type, the tie rule. */
import { describe, expect, it } from 'vitest';
import { setInForce, ParIndexError, type CriteriaSet } from '../../../src/index.js';
import { fixtureSet } from './helpers.js';

const base = fixtureSet('base-2025.yaml');
const make = (id: string, extra: Partial<CriteriaSet>): CriteriaSet => ({ ...base, id, ...extra });
const y2025 = make('y2025', { validFrom: '2025-01-01', validTo: '2025-12-31' });
const y2026 = make('y2026', { validFrom: '2026-01-01', validTo: '2026-12-31' });
const communes = make('communes', { validFrom: '2025-07-01', validTo: '2026-06-30', unitLevels: ['commune'] });
const sets = [y2025, y2026, communes];
const at = (date: string, unitLevel = 'province', unitType?: string) => setInForce(sets, { unitLevel, date, ...(unitType !== undefined && { unitType }) })?.id;

describe('setInForce', () => {
  it('includes validFrom and validTo exactly', () => {
    expect(at('2025-01-01')).toBe('y2025');
    expect(at('2025-12-31')).toBe('y2025');
    expect(at('2026-01-01')).toBe('y2026');
    expect(at('2026-12-31')).toBe('y2026');
    expect(at('2024-12-31')).toBeUndefined();
    expect(at('2027-01-01')).toBeUndefined();
  });

  it('matches the unit level', () => {
    expect(at('2025-06-30', 'commune')).toBeUndefined();
    expect(at('2025-07-01', 'commune')).toBe('communes');
    expect(at('2026-06-30', 'commune')).toBe('communes');
    expect(at('2026-07-01', 'commune')).toBeUndefined();
  });

  it('matches the unit type when both the query and the set name types', () => {
    const typed = [make('so', { unitTypes: ['so'] })];
    expect(setInForce(typed, { unitLevel: 'province', unitType: 'so', date: '2025-05-01' })?.id).toBe('so');
    expect(setInForce(typed, { unitLevel: 'province', unitType: 'xa', date: '2025-05-01' })).toBeUndefined();
    expect(setInForce(typed, { unitLevel: 'province', date: '2025-05-01' })?.id).toBe('so');
    expect(setInForce([make('any', {})], { unitLevel: 'province', unitType: 'xa', date: '2025-05-01' })?.id).toBe('any');
  });

  it('tie: the latest validFrom wins, then the later in the list; an open start counts as earliest', () => {
    const { validFrom: _from, validTo: _to, ...undated } = base;
    const open: CriteriaSet = { ...undated, id: 'open' };
    const mid = make('mid', { validFrom: '2025-06-01', validTo: '2025-12-31' });
    const twin = make('twin', { validFrom: '2025-06-01', validTo: '2025-09-30' });
    expect(setInForce([mid, y2025, open], { unitLevel: 'province', date: '2025-07-01' })?.id).toBe('mid');
    expect(setInForce([mid, twin], { unitLevel: 'province', date: '2025-07-01' })?.id).toBe('twin');
    expect(setInForce([twin, mid], { unitLevel: 'province', date: '2025-07-01' })?.id).toBe('mid');
    expect(setInForce([open], { unitLevel: 'province', date: '1999-01-01' })?.id).toBe('open');
  });

  it('does not change the list; misuse throws naming the function', () => {
    const copy = [...sets];
    setInForce(sets, { unitLevel: 'province', date: '2025-05-05' });
    expect(sets).toEqual(copy);
    expect(() => setInForce(sets, { unitLevel: 'province', date: '31/12/2025' })).toThrow(ParIndexError);
    expect(() => setInForce(sets, { unitLevel: 'province', date: '2025-02-30' })).toThrow(/^setInForce: query\.date/);
    expect(() => setInForce('x' as never, { unitLevel: 'province', date: '2025-01-01' })).toThrow(/^setInForce: /);
  });
});
