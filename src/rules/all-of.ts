/** All-of: the maximum when every condition holds ("xác định đầy đủ nhiệm vụ và có bố trí kinh phí"), else `otherwisePoints`. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exactOf } from '../exact.js';
import { DecimalString } from '../schema/common.js';
import { compileCondition, Condition, conditionUse, describeCondition } from './condition.js';
import { Reader } from './read.js';
import { defineRule } from './types.js';

export const allOf = defineRule({
  kind: 'all-of',
  summary: 'every condition must hold for the maximum; otherwisePoints otherwise',
  schema: z
    .object({ kind: z.literal('all-of'), conditions: z.array(Condition).min(1), otherwisePoints: DecimalString.default('0') })
    .strict(),
  reads: (p) => p.conditions.map((c, i) => conditionUse(c, ['conditions', i])),
  check(p, ctx) {
    if (new Decimal(p.otherwisePoints).gt(ctx.maxPoints)) ctx.report(['otherwisePoints'], 'POINTS_EXCEED_MAX', `otherwisePoints ${p.otherwisePoints} exceed the row maximum ${ctx.maxPoints}`);
  },
  compile(p, ctx) {
    const conditions = p.conditions.map((c) => ({ test: compileCondition(c), text: describeCondition(c) }));
    const otherwise = exactOf(p.otherwisePoints);
    return (env) => {
      const r = new Reader(env);
      const failed: string[] = [];
      for (const c of conditions) if (c.test(r) === false) failed.push(c.text);
      const blocked = r.blocked();
      if (blocked) return blocked;
      return failed.length === 0
        ? r.scored(ctx.maxPoints, `all ${conditions.length} conditions hold`)
        : r.scored(otherwise, `not met: ${failed.join('; ')}`);
    };
  },
});
