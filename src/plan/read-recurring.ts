/** Recurring obligations: "hàng quý", "hàng tháng", "6 tháng", "định kỳ hàng quý và năm 2025" (normalised text). */
import type { DueRecurring, Frequency } from '../schema/plan.js';

const WORDS: ReadonlyArray<[RegExp, Frequency]> = [
  [/^(?:hàng |mỗi )?(?:6|sáu) tháng(?: một lần)?$/, 'half-year'],
  [/^(?:hàng |mỗi )?tháng$/, 'month'],
  [/^(?:hàng |mỗi )?quý$/, 'quarter'],
  [/^(?:hàng |mỗi )?năm(?: (\d{4}))?$/, 'year'],
];

/**
 * Reads a recurring obligation, or undefined. "hàng" or "định kỳ" must be there,
 * so that "năm 2025" stays a date; a bare "định kỳ" recurs at a frequency set elsewhere.
 * @example readRecurring('định kỳ hàng quý và năm 2025') // { kind: 'recurring', every: ['quarter', 'year'], year: 2025 }
 */
export function readRecurring(text: string): DueRecurring | undefined {
  const periodic = text.startsWith('định kỳ');
  const body = text.replace(/^định kỳ\s*/, '');
  if (body === '') return periodic ? { kind: 'recurring', every: [] } : undefined;
  if (!periodic && !/^(hàng|mỗi|6 tháng|sáu tháng)/.test(body)) return undefined;
  const every: Frequency[] = [];
  let year: number | undefined;
  for (const part of body.split(/\s*(?:,|\svà\s|\s?\+\s?)\s*/)) {
    const hit = WORDS.find(([re]) => re.test(part));
    if (!hit) return undefined;
    const written = hit[0].exec(part)?.[1];
    if (written !== undefined) year = Number(written);
    if (!every.includes(hit[1])) every.push(hit[1]);
  }
  return { kind: 'recurring', every, ...(year !== undefined && { year }) };
}
