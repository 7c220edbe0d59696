/** rankUnits: exact ranks on the unrounded index, ties, unranked units, areas, sets; and properties (seed from test/setup.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assessment, compilePlan, CriteriaSet, evaluate, meanOf, rankUnits, Ranking, ranksOf, toResult, type Evaluation, type RankEntry } from '../../../src/index.js';
import { setInput } from '../../support/build.js';

/** Two areas: 1 (71.5 points) always applies, 2 (28.5 points) may be declared not applicable. */
const set = (id = 'rank-set', bands = true) =>
  CriteriaSet.parse(
    setInput(
      [
        { code: '1', name: 'Lĩnh vực 1', maxPoints: '71.5', children: [{ code: '1.1', name: 'a', maxPoints: '71.5', rule: { kind: 'manual' } }] },
        { code: '2', name: 'Lĩnh vực 2', maxPoints: '28.5', children: [{ code: '2.1', name: 'b', maxPoints: '28.5', allowNotApplicable: true, rule: { kind: 'manual' } }] },
      ],
      { id, rounding: { points: 2, index: 2 }, ...(bands && { bands: [{ label: 'Tốt', min: '80' }, { label: 'Khá', max: '80' }] }) },
    ),
  );
const SET = set();

/** A unit: points of 1.1 and of 2.1 (null: 2.1 not applicable; undefined: 2.1 missing, so the unit has no index). */
function unit(id: string, p1: string, p2: string | null | undefined, s: CriteriaSet = SET): Evaluation {
  const a = Assessment.parse({
    criteriaSet: { id: s.id },
    unit: { id, name: `Đơn vị ${id}`, level: 'province' },
    year: 2025,
    points: { '1.1': p1, ...(typeof p2 === 'string' && { '2.1': p2 }) },
    notApplicable: p2 === null ? { '2.1': 'Không phát sinh' } : {},
  });
  return evaluate(compilePlan(s), a);
}
const entries = (...evals: Evaluation[]): RankEntry[] => evals.map((evaluation) => ({ evaluation }));
const ranks = (r: Ranking, g = 0) => r.groups[g]!.units.map((u) => [u.unit.id, u.rank]);

describe('rankUnits', () => {
  it('ties share a rank: competition 1, 2, 2, 4 by default; dense 1, 2, 2, 3', () => {
    const list = entries(unit('a', '71.5', '20'), unit('b', '60', '20'), unit('c', '70', '10'), unit('d', '50', '10'));
    expect(ranks(rankUnits(list))).toEqual([['a', 1], ['b', 2], ['c', 2], ['d', 4]]);
    expect(ranks(rankUnits(list, { ties: 'dense' }))).toEqual([['a', 1], ['b', 2], ['c', 2], ['d', 3]]);
  });

  it('ranks by the unrounded index: 90.014 and 90.013986… both show 90.01 and rank 1 and 2', () => {
    const r = rankUnits(entries(unit('c', '64.36', null), unit('d', '71.5', '18.514')));
    expect(ranks(r)).toEqual([['d', 1], ['c', 2]]);
    const [d, c] = r.groups[0]!.units;
    expect(d!.index).toEqual({ exact: '90.014', display: '90.01' });
    expect(c!.index).toEqual({ exact: '90.013986013986013986013986013986', display: '90.01' });
  });

  it('prints index and points as the score result does', () => {
    const e = unit('c', '64.36', null);
    const [u] = rankUnits(entries(e)).groups[0]!.units;
    const r = toResult(e);
    expect([u!.index.exact, u!.index.display, u!.points.exact, u!.points.display]).toEqual([r.index, r.display.index, r.points, r.display.points]);
  });

  it('a unit with applicable maximum 71.5 at 90% outranks one at 89 of 100', () => {
    const r = rankUnits(entries(unit('full', '71.5', '17.5'), unit('partial', '64.35', null)));
    expect(ranks(r)).toEqual([['partial', 1], ['full', 2]]);
    expect(r.groups[0]!.units.map((u) => u.applicableMaxPoints)).toEqual(['71.5', '100']);
    expect(r.groups[0]!.bands).toEqual([{ label: 'Tốt', count: 2 }, { label: 'Khá', count: 0 }]);
  });

  it('lists units without an index last and unranked, with their reason; the mean is over ranked units', () => {
    const r = rankUnits(entries(unit('x', '10', undefined), unit('a', '71.5', '28.5'), unit('b', '50', '0')));
    const g = r.groups[0]!;
    expect(ranks(r)).toEqual([['a', 1], ['b', 2], ['x', null]]);
    expect(g.units[2]!.reason).toMatch(/\[INPUT_MISSING\]$/);
    expect([g.ranked, g.unranked]).toEqual([2, 1]);
    expect(g.mean).toEqual({ exact: '75', display: '75.00' });
    expect(g.bands).toEqual([{ label: 'Tốt', count: 1 }, { label: 'Khá', count: 1 }]);
  });

  it('prints the mean to 30 decimals, half-up', () => {
    const g = rankUnits(entries(unit('a', '71.5', '28.5'), unit('b', '71.5', '28.5'), unit('c', '71.5', '28'))).groups[0]!;
    expect(g.mean).toEqual({ exact: '99.833333333333333333333333333333', display: '99.83' });
  });

  it('ranks each area on its own sub-index; an area that does not apply is unranked there', () => {
    const r = rankUnits(entries(unit('a', '35.75', '28.5'), unit('b', '71.5', '14.25'), unit('c', '71.5', null)));
    const area = (id: string) => r.groups[0]!.units.find((u) => u.unit.id === id)!.areas.map((x) => [x.code, x.ratio.exact, x.rank]);
    expect(area('a')).toEqual([['1', '50', 3], ['2', '100', 1]]);
    expect(area('b')).toEqual([['1', '100', 1], ['2', '50', 2]]);
    expect(area('c')).toEqual([['1', '100', 1], ['2', null, null]]);
  });

  it('ranks within each criteria set by default, or all together by index', () => {
    const other = set('other-set');
    const list = entries(unit('a', '50', '0'), unit('z', '71.5', '0', other), unit('b', '60', '0'));
    const r = rankUnits(list);
    expect(r.groups.map((g) => g.key)).toEqual(['rank-set', 'other-set']);
    expect(ranks(r, 0)).toEqual([['b', 1], ['a', 2]]);
    expect(ranks(r, 1)).toEqual([['z', 1]]);
    const all = rankUnits(list, { groupBy: 'none' });
    expect(all.groups.map((g) => g.key)).toEqual(['all']);
    expect(ranks(all)).toEqual([['z', 1], ['b', 2], ['a', 3]]);
  });

  it('returns JSON that the Ranking schema accepts and that survives a round trip', () => {
    const r = rankUnits(entries(unit('a', '50', null), unit('b', '1', undefined)));
    expect(Ranking.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('throws at once on misuse, naming the function', () => {
    expect(() => rankUnits('x' as unknown as RankEntry[])).toThrow(/rankUnits/);
    expect(() => rankUnits([], { ties: 'olympic' as 'dense' })).toThrow(/rankUnits: ties/);
    expect(() => rankUnits([{} as RankEntry])).toThrow(/rankUnits/);
  });

  it('does not mutate its input', () => {
    const list = entries(unit('b', '10', '1'), unit('a', '70', '1'));
    const before = list.map((e) => e.evaluation);
    rankUnits(list);
    expect(list.map((e) => e.evaluation)).toEqual(before);
    expect(list[0]!.evaluation.assessment.unit.id).toBe('b');
  });
});

describe('ranksOf and meanOf', () => {
  it('gives null values no rank', () => {
    expect(ranksOf([{ num: 1n, den: 2n }, null, { num: 2n, den: 4n }, { num: 1n, den: 1n }], 'competition')).toEqual([2, null, 2, 1]);
  });

  it('tells apart values equal to 30 decimals', () => {
    const third = { num: 1n, den: 3n };
    const above = { num: 10n ** 40n + 3n, den: 3n * 10n ** 40n }; // 1/3 + 10⁻⁴⁰
    expect(ranksOf([third, above, { num: 3n, den: 9n }], 'dense')).toEqual([2, 1, 2]);
  });

  it('averages fractions with different denominators exactly', () => {
    expect(meanOf([{ num: 1n, den: 3n }, { num: 1n, den: 6n }, { num: 2n, den: 3n }, { num: 5n, den: 6n }])).toEqual({ num: 1n, den: 2n });
    expect(meanOf([])).toBeNull();
  });
});

describe('ranking properties', () => {
  // Points in halves: 1.1 in [0, 71.5]; 2.1 in [0, 28.5], or not applicable.
  const arbUnit = fc.record({ p1: fc.integer({ min: 0, max: 143 }), p2: fc.option(fc.integer({ min: 0, max: 57 }), { nil: null }) });
  const build = (us: { p1: number; p2: number | null }[], from = 0) => us.map((u, k) => unit(`u${k + from}`, String(u.p1 / 2), u.p2 === null ? null : String(u.p2 / 2)));
  const rankById = (r: Ranking) => new Map(r.groups.flatMap((g) => g.units.map((u) => [u.unit.id, u.rank] as const)));
  const ties = fc.constantFrom('competition' as const, 'dense' as const);

  it('lists every unit once, ranks never decrease down the list, and a competition rank is 1 + the units strictly above', () => {
    fc.assert(
      fc.property(fc.array(arbUnit, { maxLength: 12 }), ties, (us, t) => {
        const evals = build(us);
        const units = rankUnits(entries(...evals), { ties: t }).groups.flatMap((g) => g.units);
        expect(units.map((u) => u.unit.id).sort()).toEqual(evals.map((e) => e.assessment.unit.id).sort());
        const rs = units.map((u) => u.rank!);
        for (let k = 1; k < rs.length; k++) expect(rs[k]!).toBeGreaterThanOrEqual(rs[k - 1]!);
        if (t === 'competition') for (const r of rs) expect(r).toBe(1 + rs.filter((x) => x < r).length);
      }),
    );
  });

  it('identical units share a rank, whatever the order of the input', () => {
    fc.assert(
      fc.property(fc.array(arbUnit, { minLength: 1, maxLength: 10 }), fc.nat(), ties, (us, pick, t) => {
        const twin = us[pick % us.length]!;
        const evals = build([...us, twin]);
        const byId = rankById(rankUnits(entries(...evals), { ties: t }));
        expect(byId.get(`u${us.length}`)).toBe(byId.get(`u${pick % us.length}`));
        const reversed = rankById(rankUnits(entries(...[...evals].reverse()), { ties: t }));
        expect(reversed).toEqual(byId);
      }),
    );
  });

  it('adding a unit never changes the relative order of the others', () => {
    fc.assert(
      fc.property(fc.array(arbUnit, { maxLength: 10 }), arbUnit, ties, (us, extra, t) => {
        const evals = build(us);
        const before = rankById(rankUnits(entries(...evals), { ties: t }));
        const after = rankById(rankUnits(entries(...evals, ...build([extra], us.length)), { ties: t }));
        for (const a of before.keys()) for (const b of before.keys()) expect(Math.sign(after.get(a)! - after.get(b)!)).toBe(Math.sign(before.get(a)! - before.get(b)!));
      }),
    );
  });
});
