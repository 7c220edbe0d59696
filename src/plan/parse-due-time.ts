/** Vietnamese due-time expressions from plan tables ("Quý I/2025", "Hàng quý", "Thường xuyên") → a typed due time. */
import { showValue, usageError, type Issue } from '../errors.js';
import { checkOptionsObject } from '../engine/guards.js';
import type { DueSimple, DueTime } from '../schema/plan.js';
import { normaliseDueText } from './normalise-due-text.js';
import { readSimple, type SimpleRead } from './read-simple.js';

export interface DueTimeOptions {
  /** Year for expressions that omit it ("Quý I", "Tháng 6"), usually the plan's year. */
  year?: number;
}

/** The due time read, or the issues saying why not (never a guess). */
export type DueTimeRead = { ok: true; value: DueTime; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Where a cell holds two due times: "… hoặc …", "… và …", "…; …", or a date followed by more words. */
const SPLITS = [/\s(?:hoặc|và)\s|;\s*/, /(?<=\d{4})\s(?=\D)/];

/**
 * Reads a due-time expression. Dated ones are due on the last day of the period
 * named; "Trước 15/01/2024" (before 15/01) on the day before, 2024-01-14.
 * @example parseDueTime('Quý I/2025') // { ok: true, value: { kind: 'date', due: '2025-03-31', start: '2025-01-01', precision: 'quarter' }, issues: [] }
 */
export function parseDueTime(text: string, options: DueTimeOptions = {}): DueTimeRead {
  if (typeof text !== 'string') throw usageError('parseDueTime', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  checkOptionsObject('parseDueTime', options);
  const year = options.year;
  if (year !== undefined && !Number.isInteger(year)) throw usageError('parseDueTime', `options.year must be a whole number, got ${showValue(year)}`);
  const clean = text.normalize('NFC').replace(/[\u2013\u2014\u2212]/g, '-').replace(/\s+/g, ' ').trim().replace(/[.;,:]+$/, '').trim();
  const lower = normaliseDueText(clean);
  if (lower === '') return failed(text, { ok: false, problem: 'unreadable', detail: 'the due time is empty' });
  const whole = readSimple(lower, clean, year);
  if (whole.ok) return { ok: true, value: whole.value, issues: [] };
  if (whole.problem !== 'unreadable') return failed(text, whole);
  for (const split of SPLITS) {
    const parts = readParts(lower, clean, split, year);
    if (parts === undefined) continue;
    if (!parts.ok) return failed(text, parts);
    return { ok: true, value: parts.value, issues: [] };
  }
  return failed(text, whole);
}

type PartsRead = { ok: true; value: DueTime } | Extract<SimpleRead, { ok: false }>;

/** Both sides of one split point, or undefined when the split does not apply or a side is unreadable. */
function readParts(lower: string, clean: string, split: RegExp, year: number | undefined): PartsRead | undefined {
  const at = split.exec(lower);
  if (!at || at.index === 0) return undefined;
  const cut = [at.index, at.index + at[0].length] as const;
  const sides = [[lower.slice(0, cut[0]), clean.slice(0, cut[0])], [lower.slice(cut[1]), clean.slice(cut[1])]] as const;
  const parts: DueSimple[] = [];
  for (const [l, c] of sides) {
    const read = readSimple(l.trim(), c.trim(), year);
    if (!read.ok) return read.problem === 'unreadable' ? undefined : read;
    parts.push(read.value);
  }
  return { ok: true, value: { kind: 'multiple', join: /hoặc/.test(at[0]) ? 'or' : 'and', parts } };
}

function failed(text: string, why: Extract<SimpleRead, { ok: false }>): DueTimeRead {
  const quoted = JSON.stringify(text);
  const issue = (code: string, message: string): Issue => ({ code, severity: 'error', path: 'due', message });
  if (why.problem === 'invalid') return { ok: false, issues: [issue('DUE_TIME_INVALID_DATE', `${quoted}: ${why.detail ?? 'no such date'}`)] };
  if (why.problem === 'no-year') return { ok: false, issues: [issue('DUE_TIME_NO_YEAR', `${quoted} names no year; write it (e.g. "Quý I/2025") or pass { year }`)] };
  const hint = 'write e.g. "Quý I/2025", "Tháng 01/2025", "Trước 15/01/2025", "Trong năm 2025", "Hàng quý" or "Thường xuyên"';
  return { ok: false, issues: [issue('DUE_TIME_UNREADABLE', `${why.detail ?? `${quoted} is not a due time parindex can read`}; ${hint}`)] };
}
