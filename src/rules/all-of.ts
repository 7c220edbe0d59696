/** All-of: the maximum when every condition holds ("xác định đầy đủ nhiệm vụ và có bố trí kinh phí"), else `otherwisePoints`. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exactOf } from '../exact.js';
import { NonNegativeDecimal } from '../schema/common.js';
import { compileCondition, Condition, conditionUse, describeCondition } from './condition.js';
import { defineRule } from './types.js';

export const allOf = defineRule({
  kind: 'all-of',
  summary: 'every condition must hold for the maximum; otherwisePoints otherwise',
  schema: z
    .object({ kind: z.literal('all-of'), conditions: z.array(Condition).min(1), otherwisePoints: NonNegativeDecimal.default('0') })
    .strict(),
  reads: (p) => p.conditions.map((c, i) => conditionUse(c, ['conditions', i])),
  check(p, ctx) {
    if (new Decimal(p.otherwisePoints).gt(ctx.maxPoints)) ctx.report(['otherwisePoints'], 'POINTS_EXCEED_MAX', `otherwisePoints ${p.otherwisePoints} exceed the row maximum ${ctx.maxPoints}`);
  },
  compile(p, ctx) {
    const conditions = p.conditions.map((c) => ({ test: compileCondition(c, ctx), text: describeCondition(c) }));
    const otherwise = exactOf(p.otherwisePoints);
    const all = `all ${conditions.length} conditions hold`;
    return (env) => {
      let failed: string[] | undefined;
      for (const c of conditions) if (c.test(env) === false) (failed ??= []).push(c.text);
      const blocked = env.blocked();
      if (blocked !== undefined) return blocked;
      return failed === undefined ? env.scored(ctx.maxPoints, all) : env.scored(otherwise, env.tracing && `not met: ${failed.join('; ')}`);
    };
  },
});
