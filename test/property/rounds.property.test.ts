/**
 * Properties of the rounds over random valid sets and assessments: each leaf's final
 * value comes from the last round that lists it (else its rule), parents are exact sums
 * in every round, and rounds that only repeat the rules' values change nothing.
 * The seed comes from test/setup.ts and is printed; replay with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { compilePlan, scoreAssessment, scoreRounds, type Assessment, type RoundName } from '../../src/index.js';
import { scenario } from '../support/arbitraries.js';
import { exactSum, load } from '../support/results.js';

const ROUNDS: readonly RoundName[] = ['self', 'appraisal1', 'appraisal2'];

/** Random rounds over the set's self-scored leaves: values in [0, max] on a 0.25 grid (the set has no step). */
function withRounds(a: Assessment, leaves: readonly { code: string; max: string }[], picks: readonly (readonly [number, number, number])[]): Assessment {
  const rounds: Record<string, { points: Record<string, string> }> = {};
  for (const [round, leaf, quarter] of picks) {
    const l = leaves[leaf % leaves.length]!;
    const max = new Decimal(l.max);
    const v = Decimal.min(max, new Decimal(quarter).div(4));
    // A maximum off the 0.25 grid (0.1) is entered as itself.
    const value = v.mod('0.25').isZero() ? v : max;
    ((rounds[ROUNDS[round]!] ??= { points: {} }).points)[l.code] = value.toString();
  }
  return { ...a, rounds: Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, k === 'self' ? { ...v, notes: {} } : { ...v, comments: {}, explanationRequired: [] }])) };
}

const picks = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.integer({ min: 0, max: 40 })), { maxLength: 12 });

describe('rounds properties', () => {
  it('a. a leaf’s final value is the last round listing it, else the rules’; parents are exact sums in every round', () => {
    fc.assert(
      fc.property(scenario, picks, (s, p) => {
        const { set, assessment } = load(s);
        const plan = compilePlan(set);
        const leaves = [...plan.rows.values()].filter((n) => n.children.length === 0 && n.scoredBy === 'self').map((n) => ({ code: n.code, max: n.maxText }));
        fc.pre(leaves.length > 0);
        const a = withRounds(assessment, leaves, p);
        const r = scoreRounds(set, a);
        for (const row of r.rows) {
          if (!row.leaf || row.status === 'not-applicable' || row.scoredBy === 'survey') continue;
          const listed = ROUNDS.filter((k) => Object.hasOwn(a.rounds?.[k]?.points ?? {}, row.code));
          const last = listed.at(-1);
          if (last === undefined) expect(row.final, row.code).toBe(row.rules);
          else expect(row.final === null || new Decimal(row.final).eq(a.rounds![last]!.points[row.code]!), row.code).toBe(true);
        }
        for (const col of ['rules', 'self', 'appraisal1', 'appraisal2', 'final'] as const) {
          for (const row of r.rows.filter((x) => !x.leaf && x[col] !== null)) {
            const children = plan.nodes[plan.byCode.get(row.code)!]!.children.map((i) => r.rows[i]!);
            // A child without a value in this column does not apply in it (a rule may say so, and an entered value override it in a round).
            const values = children.map((c) => c[col]).filter((v): v is string => v !== null);
            expect(exactSum(values).eq(row[col]!), `${col} ${row.code}`).toBe(true);
          }
        }
        // score and rank read the final round.
        expect(scoreAssessment(set, a).index).toBe(r.final.index);
      }),
    );
  });

  it('b. rounds that repeat the rules’ own values change no total', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { set, assessment } = load(s);
        const base = scoreRounds(set, assessment);
        const points = Object.fromEntries(base.rows.filter((x) => x.leaf && x.scoredBy === 'self' && x.rules !== null && x.status !== 'not-applicable').map((x) => [x.code, x.rules!]));
        const r = scoreRounds(set, { ...assessment, rounds: { self: { points, notes: {} }, appraisal1: { points, comments: {}, explanationRequired: [] } } });
        expect(r.final.points).toBe(base.final.points);
        expect(r.final.index).toBe(base.final.index);
        expect(r.overScored).toEqual([]);
      }),
    );
  });
});
