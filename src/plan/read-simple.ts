/** One due time without conjunctions: open, recurring, a range, or a dated period. */
import type { DueSimple } from '../schema/plan.js';
import { readOpen } from './read-open.js';
import { readPeriod, type PeriodRead } from './read-period.js';
import { readRecurring } from './read-recurring.js';

export type SimpleRead = { ok: true; value: DueSimple } | Extract<PeriodRead, { ok: false }>;

const RANGE = /^(?:từ\s+)?(.+?)\s*(?:-|\sđến)\s*((?:tháng|quý|năm)\s.*|(?:tháng|quý)\d.*)$/;

/**
 * Reads `lower` (normalised) whose original, same-length text is `clean`.
 * @example readSimple('hàng quý', 'Hàng quý', undefined) // { ok: true, value: { kind: 'recurring', every: ['quarter'] } }
 */
export function readSimple(lower: string, clean: string, year: number | undefined): SimpleRead {
  const open = readOpen(lower, clean);
  if (open) return { ok: true, value: open };
  const recurring = readRecurring(lower);
  if (recurring) return { ok: true, value: recurring };
  const range = RANGE.exec(lower);
  if (range) return readRange(range[1]!, range[2]!, year);
  return readPeriod(lower, year);
}

/** "tháng 02/2025 - tháng 12/2025": from the start of the first period to the end of the last; the first may borrow the last's year. */
function readRange(from: string, to: string, year: number | undefined): SimpleRead {
  const end = readPeriod(to, year);
  if (!end.ok) return end;
  const endYear = Number(end.value.due.slice(0, 4));
  const start = readPeriod(from, endYear);
  if (!start.ok) return start;
  const first = start.value.start ?? start.value.due;
  if (first > end.value.due) return { ok: false, problem: 'invalid', detail: `the range starts (${first}) after it ends (${end.value.due})` };
  return { ok: true, value: { kind: 'range', start: first, due: end.value.due } };
}
