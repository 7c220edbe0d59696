/** Reads one metric of an assessment against its declared unit. */
import { showValue } from '../errors.js';
import { DECIMAL_PATTERN } from '../decimal.js';
import type { MetricEntry } from '../schema/assessment.js';
import type { MetricDef } from '../schema/criteria-set.js';
import { compare, threshold, type Threshold } from '../rules/interval.js';
import { Numeric } from '../rules/numeric.js';
import type { MetricRead } from '../rules/types.js';

const MISSING: MetricRead = { kind: 'missing' };
const NOT_DONE: MetricRead = { kind: 'date', value: null };
const TRUE: MetricRead = { kind: 'boolean', value: true };
const FALSE: MetricRead = { kind: 'boolean', value: false };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date that exists (proleptic Gregorian), by arithmetic: a Date per read was a fifth of evaluate's time. */
/** `YYYY-MM-DD` naming a real day (no 2025-02-30), read digit by digit: this runs for every date of every unit. */
function isRealDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let k = 0; k < 4; k++) year = year * 10 + digit(text, k);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** The digit at `k`, or NaN (which fails every comparison above). */
function digit(text: string, k: number): number {
  const c = text.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

function hint(text: string): string {
  if (/^-?\d+,\d+$/.test(text)) return ' (write the decimal point as ".", e.g. 92.38)';
  if (/%\s*$/.test(text)) return ' (write the number without "%")';
  return '';
}

interface Range {
  readonly min: Threshold | undefined;
  readonly max: Threshold | undefined;
  readonly text: string;
}

function rangeOf(def: MetricDef): Range {
  const min = def.min ?? (def.unit === 'percent' || def.unit === 'count' ? '0' : undefined);
  const max = def.max ?? (def.unit === 'percent' ? '100' : undefined);
  return { min: min === undefined ? undefined : threshold(min), max: max === undefined ? undefined : threshold(max), text: `[${min ?? '−∞'}, ${max ?? '∞'}]` };
}

function numeric(raw: string | number, def: MetricDef, range: Range): MetricRead {
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (!DECIMAL_PATTERN.test(text)) return { kind: 'invalid', message: `"${raw}" is not a decimal number${hint(text)}` };
  if (def.unit === 'count' && text.includes('.')) return { kind: 'invalid', message: `"${raw}" is not a whole number` };
  const value = new Numeric(text, raw);
  if ((range.min && compare(value, range.min) < 0) || (range.max && compare(value, range.max) > 0)) {
    return { kind: 'invalid', message: `${text} is outside ${range.text}` };
  }
  return value;
}

export type MetricReader = (entry: MetricEntry | undefined) => MetricRead;

/**
 * A reader for one declared metric: numbers for percent/count/number,
 * `YYYY-MM-DD` or null (not done) for dates, true/false for booleans.
 * @example metricReader({ unit: 'percent' })('92.38').kind // 'number'
 */
export function metricReader(def: MetricDef): MetricReader {
  const range = rangeOf(def);
  return (entry) => readEntry(def, range, entry);
}

function readEntry(def: MetricDef, range: Range, entry: MetricEntry | undefined): MetricRead {
  if (entry === undefined) return MISSING;
  const raw = entry !== null && typeof entry === 'object' ? entry.value : entry;
  // Only an unchecked assessment holds anything else; reading it must not throw a TypeError.
  if (raw !== null && typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return { kind: 'invalid', message: `expected a ${def.unit} value, got ${Array.isArray(raw) ? 'a list' : typeof raw}` };
  switch (def.unit) {
    case 'percent':
    case 'count':
    case 'number':
      if (raw === null) return MISSING;
      if (typeof raw === 'boolean') return { kind: 'invalid', message: `expected a number, got ${raw}` };
      return numeric(raw, def, range);
    case 'date': {
      if (raw === null) return NOT_DONE;
      const text = typeof raw === 'string' ? raw.trim() : '';
      return isRealDate(text) ? { kind: 'date', value: text } : { kind: 'invalid', message: `"${String(raw)}" is not a date YYYY-MM-DD (use null when not done)` };
    }
    case 'boolean':
      if (raw === null) return MISSING;
      return raw === true ? TRUE : raw === false ? FALSE : { kind: 'invalid', message: `expected true or false, got ${showValue(raw)}` };
    case 'text':
      if (raw === null) return MISSING;
      return { kind: 'text', value: String(raw) };
  }
}
