/**
 * Timely count: N required items (quarterly, half-year, Q3, annual reports),
 * each a date metric due by a calendar rule; all-or-nothing or per item.
 */
import { z } from 'zod';
import { Decimal } from '../decimal.js';
import { exactOf } from '../exact.js';
import { Identifier, NonNegativeDecimal } from '../schema/common.js';
import { NOT_YET_DUE } from './deadline.js';
import { checkDue, dueResolver, DueSpec } from './due.js';
import { defineRule } from './types.js';
import { literal, mulDiv } from './units.js';

const Item = z
  .object({ metric: Identifier.describe('Date submitted, null when not submitted'), due: DueSpec, label: z.string().optional() })
  .strict();

export const timelyCount = defineRule({
  kind: 'timely-count',
  summary: 'N dated items each due by a calendar rule; all-or-nothing (maximum or otherwisePoints) or per item (maximum × on time / N)',
  schema: z
    .object({
      kind: z.literal('timely-count'),
      items: z.array(Item).min(1),
      mode: z.enum(['all-or-nothing', 'per-item']),
      otherwisePoints: NonNegativeDecimal.default('0'),
    })
    .strict(),
  reads: (p) => p.items.map((it, i) => ({ metric: it.metric, units: ['date'] as const, path: ['items', i, 'metric'] })),
  check(p, ctx) {
    p.items.forEach((it, i) => {
      const bad = checkDue(it.due, ctx.calendar);
      if (bad) ctx.report(['items', i, 'due'], 'UNKNOWN_CALENDAR_REF', bad);
    });
    if (new Decimal(p.otherwisePoints).gt(ctx.maxPoints)) ctx.report(['otherwisePoints'], 'POINTS_EXCEED_MAX', `otherwisePoints ${p.otherwisePoints} exceed the row maximum ${ctx.maxPoints}`);
    if (p.mode === 'per-item' && p.otherwisePoints !== '0') ctx.report(['otherwisePoints'], 'RULE_PARAM_INVALID', 'otherwisePoints applies to all-or-nothing mode only', 'warning');
  },
  compile(p, ctx) {
    const items = p.items.map((it) => ({ metric: ctx.metric(it.metric), dueOf: dueResolver(it.due, ctx.calendar), label: it.label ?? it.metric }));
    const otherwise = exactOf(p.otherwisePoints);
    const n = literal(String(items.length));
    const counts = [...items, undefined].map((_, k) => literal(String(k)));
    const maxText = ctx.maxPoints.dec.toString();
    return (env) => {
      let late: string[] | undefined;
      let pending = false;
      let onTime = 0;
      for (const it of items) {
        const d = env.date(it.metric);
        if (d === undefined) continue;
        const due = it.dueOf(env.year);
        const happened = d !== null && (env.asOf === undefined || d <= env.asOf);
        if (happened && d <= due) onTime++;
        else {
          if (env.asOf !== undefined && env.asOf <= due) pending = true;
          if (env.tracing) (late ??= []).push(`${it.label} ${!happened ? `not submitted${env.asOf !== undefined && env.asOf <= due ? ` (due ${due})` : ''}` : `${d} > ${due}`}`);
        }
      }
      const blocked = env.blocked();
      if (blocked !== undefined) return blocked;
      const notes = pending ? [NOT_YET_DUE] : undefined;
      const head = () => `${onTime}/${items.length} on time${late ? ` (${late.join('; ')})` : ''}`;
      if (p.mode === 'per-item') return env.scored(mulDiv(ctx.maxPoints, counts[onTime]!, n), env.tracing && `${head()} → ${maxText} × ${onTime}/${items.length}`, notes);
      return onTime === items.length ? env.scored(ctx.maxPoints, env.tracing && `${head()} → maximum`) : env.scored(otherwise, env.tracing && `${head()} → ${p.otherwisePoints}`, notes);
    };
  },
});
