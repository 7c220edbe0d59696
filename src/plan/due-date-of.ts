/** The one date a due time must be met by, when it has one. */
import type { DueTime } from '../schema/plan.js';

/**
 * The due date of a dated due time or range; for "Quý I/2024 Định kỳ" or "Năm 2025 hoặc theo yêu cầu…"
 * the latest date among its dated parts. Recurring and open due times have none.
 * @example dueDateOf({ kind: 'range', start: '2025-02-01', due: '2025-12-31' }) // '2025-12-31'
 */
export function dueDateOf(due: DueTime): string | undefined {
  if (due.kind === 'date' || due.kind === 'range') return due.due;
  if (due.kind !== 'multiple') return undefined;
  const dates = due.parts.map(dueDateOf).filter((d): d is string => d !== undefined);
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a));
}
