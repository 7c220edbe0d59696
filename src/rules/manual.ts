/** Manual: points entered by an assessor within [0, maximum] on an allowed step (e.g. 0.25); anything else is rejected. */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exact } from '../exact.js';
import { DECIMAL_PATTERN } from '../decimal.js';
import { NonNegativeDecimal } from '../schema/common.js';
import { defineRule } from './types.js';
import { fromUnits, unitsOf } from './units.js';

export const manual = defineRule({
  kind: 'manual',
  summary: 'points entered by an assessor (assessment.points[code]) within [0, maximum], on the step',
  schema: z.object({ kind: z.literal('manual'), step: NonNegativeDecimal.optional() }).strict(),
  reads: () => [],
  check(p, ctx) {
    if (p.step !== undefined) {
      const step = new Decimal(p.step);
      if (step.isZero()) ctx.report(['step'], 'RULE_PARAM_INVALID', 'step must be greater than 0');
      else if (!ctx.maxPoints.mod(step).isZero()) ctx.report(['step'], 'RULE_PARAM_INVALID', `the maximum ${ctx.maxPoints} is not a multiple of step ${p.step}`, 'warning');
    }
  },
  compile(p, ctx) {
    const step = p.step === undefined ? undefined : new Decimal(p.step);
    const max = ctx.maxPoints.dec;
    const maxText = max.toString();
    // Whole micro-points, when maximum and step have them: the common case needs no Decimal.
    const maxUnits = ctx.maxPoints.units;
    const stepUnits = p.step === undefined ? 0 : (unitsOf(p.step) ?? -1);
    const where = `points.${ctx.code}`;
    return (env) => {
      const raw = env.manualPoints();
      if (raw === undefined) return env.missing(where);
      if (typeof raw !== 'string' || !DECIMAL_PATTERN.test(raw)) return env.invalid('MANUAL_INVALID', `"${String(raw)}" is not a decimal number`, where);
      const u = raw.startsWith('-') || maxUnits === undefined || stepUnits < 0 ? undefined : unitsOf(raw);
      if (u !== undefined) {
        if (u > maxUnits!) return env.invalid('MANUAL_OUT_OF_RANGE', `${raw} is outside [0, ${maxText}]`, where);
        if (stepUnits > 0 && u % stepUnits !== 0) return env.invalid('MANUAL_OFF_STEP', `${raw} is not a multiple of ${p.step}`, where);
        return env.scored(fromUnits(u), env.tracing && `entered by assessor: ${raw}`);
      }
      const v = new Decimal(raw);
      if (v.isNeg() || v.gt(max)) return env.invalid('MANUAL_OUT_OF_RANGE', `${raw} is outside [0, ${maxText}]`, where);
      if (step && !v.mod(step).isZero()) return env.invalid('MANUAL_OFF_STEP', `${raw} is not a multiple of ${p.step}`, where);
      return env.scored(exact(v), env.tracing && `entered by assessor: ${raw}`);
    };
  },
});
