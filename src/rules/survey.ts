/** Survey (điều tra xã hội học): points = maximum × result / scale (a share in percent, or a score out of `scale`). */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { DecimalString, Identifier } from '../schema/common.js';
import { compare, threshold } from './interval.js';
import { isNeg, literal, mulDiv } from './units.js';
import { defineRule } from './types.js';

export const survey = defineRule({
  kind: 'survey',
  summary: 'maximum × survey result / scale (scale defaults to 100 for a percent share)',
  schema: z.object({ kind: z.literal('survey'), metric: Identifier, scale: DecimalString.optional() }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['percent', 'number'], path: ['metric'] }],
  check(p, ctx) {
    const unit = ctx.metrics[p.metric]?.unit;
    if (p.scale === undefined && unit === 'number') ctx.report(['scale'], 'RULE_PARAM_REQUIRED', `scale is required when ${p.metric} is a number (the best possible score)`);
    if (p.scale !== undefined && !new Decimal(p.scale).gt(0)) ctx.report(['scale'], 'RULE_PARAM_INVALID', 'scale must be greater than 0');
  },
  compile(p, ctx) {
    const scale = new Decimal(p.scale ?? '100');
    const top = threshold(scale.toString());
    const scaleL = literal(scale.toString());
    const maxText = ctx.maxPoints.dec.toString();
    const metric = ctx.metric(p.metric);
    return (env) => {
      const v = env.number(metric);
      if (v === undefined) return env.blocked()!;
      if (compare(v, top) > 0 || isNeg(v)) return env.invalid('INPUT_OUT_OF_RANGE', `${p.metric} = ${v.text} is outside [0, ${scale}]`, p.metric);
      return env.scored(mulDiv(ctx.maxPoints, v, scaleL), env.tracing && `${maxText} × ${v.text} / ${scaleL.text}`);
    };
  },
});
