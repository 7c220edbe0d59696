/** A metric's source in one cell: `report:q1`, `plan:on-time-percent`, `plan:done-percent`. */
import type { MetricSource } from '../schema/criteria-set.js';

const PLAN_SHARES = ['on-time-percent', 'done-percent'] as const;

/**
 * The cell text for a metric source.
 * @example formatSource({ report: 'q1' }) // 'report:q1'
 */
export function formatSource(from: MetricSource): string {
  return 'report' in from ? `report:${from.report}` : `plan:${from.plan}`;
}

/**
 * Reads a source cell; anything else gives a message saying what to write.
 * @example parseSource('plan: done-percent') // { plan: 'done-percent' }
 */
export function parseSource(text: string): MetricSource | string {
  const m = /^\s*(report|plan)\s*:\s*(\S+)\s*$/.exec(text);
  const share = PLAN_SHARES.find((s) => s === m?.[2]);
  if (m?.[1] === 'report') return { report: m[2]! };
  if (m?.[1] === 'plan' && share) return { plan: share };
  return `"${text}" is not a metric source; write report:<period> (e.g. report:q1), plan:on-time-percent or plan:done-percent`;
}
