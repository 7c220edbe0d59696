/** A condition on one metric: a boolean that must equal `equals`, or a number inside an interval. */
import { z } from 'zod';
import { Identifier } from '../schema/common.js';
import { compileInterval, contains, describeInterval, IntervalFields } from './interval.js';
import type { CompileContext, MetricUse, RuleEnv } from './types.js';

export const Condition = z
  .object({ metric: Identifier, equals: z.boolean().optional(), ...IntervalFields, label: z.string().optional() })
  .strict();
export type Condition = z.infer<typeof Condition>;

const isNumeric = (c: Condition) => c.min !== undefined || c.max !== undefined;

export function conditionUse(c: Condition, path: (string | number)[]): MetricUse {
  return isNumeric(c)
    ? { metric: c.metric, units: ['percent', 'count', 'number'], path: [...path, 'metric'] }
    : { metric: c.metric, units: ['boolean'], path: [...path, 'metric'] };
}

export function describeCondition(c: Condition): string {
  if (c.label) return c.label;
  return isNumeric(c) ? `${c.metric} ${describeInterval(c)}` : `${c.metric} = ${c.equals ?? true}`;
}

/** Compiles a condition; the evaluator returns undefined when its input is missing or invalid. */
export function compileCondition(c: Condition, ctx: CompileContext): (env: RuleEnv) => boolean | undefined {
  const metric = ctx.metric(c.metric);
  if (isNumeric(c)) {
    const interval = compileInterval(c);
    return (env) => {
      const v = env.number(metric);
      return v === undefined ? undefined : contains(interval, v);
    };
  }
  const want = c.equals ?? true;
  return (env) => {
    const v = env.boolean(metric);
    return v === undefined ? undefined : v === want;
  };
}
