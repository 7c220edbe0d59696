/**
 * Level-dependent targets: one row whose target differs by administrative
 * level (≥ 90% province, ≥ 80% district, ≥ 60% commune). `unit-level` scores
 * the unit against its own level's target; `parts` scores every level's part.
 */
import { z } from 'zod';
import { ZERO } from '../decimal.js';
import { exact, exactOf, ExactSum } from '../exact.js';
import { DecimalString, Identifier, NonNegativeDecimal } from '../schema/common.js';
import { compare, threshold } from './interval.js';
import { defineRule, type RuleEnv } from './types.js';

const Target = z
  .object({
    level: z.string().min(1),
    metric: Identifier.optional().describe('Defaults to the rule’s metric'),
    min: DecimalString,
    minInclusive: z.boolean().default(true),
    points: NonNegativeDecimal.optional().describe('Points of this part (parts mode)'),
  })
  .strict();

export const levelTarget = defineRule({
  kind: 'level-target',
  summary: 'a target per administrative level; unit-level: the unit’s own target for the maximum; parts: each level’s part scored',
  schema: z
    .object({
      kind: z.literal('level-target'),
      mode: z.enum(['unit-level', 'parts']),
      metric: Identifier.optional(),
      targets: z.array(Target).min(1),
    })
    .strict(),
  reads: (p) =>
    p.targets.flatMap((t, i) => {
      const metric = t.metric ?? p.metric;
      return metric ? [{ metric, units: ['percent', 'count', 'number'] as const, path: t.metric ? ['targets', i, 'metric'] : ['metric'] }] : [];
    }),
  check(p, ctx) {
    p.targets.forEach((t, i) => {
      if (!t.metric && !p.metric) ctx.report(['targets', i, 'metric'], 'RULE_PARAM_REQUIRED', 'give the rule a metric, or each target its own');
      if (p.mode === 'unit-level' && !ctx.unitLevels.includes(t.level)) ctx.report(['targets', i, 'level'], 'UNKNOWN_LEVEL', `level "${t.level}" is not one of the set's unitLevels (${ctx.unitLevels.join(', ')})`, 'warning');
      if (p.mode === 'parts' && t.points === undefined) ctx.report(['targets', i, 'points'], 'RULE_PARAM_REQUIRED', 'each part needs its points in parts mode');
    });
    if (p.mode === 'parts') {
      const sum = p.targets.reduce((s, t) => s.plus(t.points ?? 0), ZERO);
      if (!sum.eq(ctx.maxPoints)) ctx.report(['targets'], 'PARTS_SUM_MISMATCH', `parts add up to ${sum}, the row maximum is ${ctx.maxPoints}`);
    }
    const seen = new Set<string>();
    p.targets.forEach((t, i) => {
      if (p.mode === 'unit-level' && seen.has(t.level)) ctx.report(['targets', i, 'level'], 'DUPLICATE_LEVEL', `level "${t.level}" has two targets`);
      seen.add(t.level);
    });
  },
  compile(p, ctx) {
    const targets = p.targets.map((t) => ({
      level: t.level,
      metric: ctx.metric((t.metric ?? p.metric)!),
      t: threshold(t.min),
      inclusive: t.minInclusive,
      points: exactOf(t.points ?? '0'),
      text: `${t.level} ${t.minInclusive ? '≥' : '>'} ${t.min}`,
    }));
    const zero = exact(ZERO);
    const meets = (env: RuleEnv, t: (typeof targets)[number]) => {
      const v = env.number(t.metric);
      if (v === undefined) return undefined;
      const c = compare(v, t.t);
      return c > 0 || (c === 0 && t.inclusive);
    };
    if (p.mode === 'unit-level') {
      return (env) => {
        const t = targets.find((x) => x.level === env.unit.level);
        if (!t) return env.notApplicable(env.tracing && `no target for level "${env.unit.level}"`);
        const ok = meets(env, t);
        if (ok === undefined) return env.blocked()!;
        return ok ? env.scored(ctx.maxPoints, env.tracing && `target met: ${t.text}`) : env.scored(zero, env.tracing && `target not met: ${t.text}`);
      };
    }
    return (env) => {
      const sum = new ExactSum();
      const met: string[] = [];
      for (const t of targets) {
        if (meets(env, t)) {
          sum.add(t.points);
          met.push(t.text);
        }
      }
      const blocked = env.blocked();
      if (blocked !== undefined) return blocked;
      return env.scored(sum.value(), env.tracing && (met.length ? `parts met: ${met.join('; ')}` : 'no part met'));
    };
  },
});

