/** Reading a filled template's cells: points, metric values and dates, each problem said the way a person fixes it. */
import type { Cell, CellValue } from 'exceljs';
import { Decimal, DECIMAL_PATTERN } from '../decimal.js';
import type { MetricValue } from '../schema/assessment.js';
import type { MetricDef } from '../schema/criteria-set.js';
import { valueText, yesNo } from './cells.js';
import { NO_DATA, NOT_DONE } from './template-layout.js';

export type Read<T> = { value: T } | { problem: string; code: string };

/** A cell's own value: a formula's cached result, a hyperlink's text. */
function raw(cell: Cell): CellValue {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) return (v as { result?: CellValue }).result ?? null;
  return v;
}

/** A number as the decimal a person typed: binary noise past 15 significant digits dropped. */
export function numberText(n: number): string {
  return new Decimal(Number(n.toPrecision(15))).toString();
}

/**
 * A decimal from a cell: a number, or text written with a point. Undefined for an empty cell.
 * @example readDecimal(cell) // { value: '1.5' } or { problem: '"1,5" uses a decimal comma; write 1.5 …', code: 'DECIMAL_COMMA' }
 */
export function readDecimal(cell: Cell): Read<string> | undefined {
  const v = raw(cell);
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: numberText(v) } : { problem: 'is not a finite number', code: 'NOT_A_NUMBER' };
  const text = valueText(v)?.trim();
  if (text === undefined || text === '') return undefined;
  if (DECIMAL_PATTERN.test(text)) return { value: text };
  if (/^-?\d+,\d+$/.test(text)) return { problem: `"${text}" uses a decimal comma; write ${text.replace(',', '.')} (a point, not a comma)`, code: 'DECIMAL_COMMA' };
  return { problem: `"${text}" is not a number; write a number like 0.25`, code: 'NOT_A_NUMBER' };
}

/**
 * Points typed for a row: a decimal from 0 to the row's maximum, a multiple of its step.
 * @example checkPoints('3', '2', undefined) // { problem: '3 is above the maximum 2', code: 'POINTS_ABOVE_MAX' }
 */
export function checkPoints(text: string, max: string, step: string | undefined): Read<string> {
  const v = new Decimal(text);
  if (v.isNeg() && !v.isZero()) return { problem: `${text} is below 0`, code: 'POINTS_NEGATIVE' };
  if (v.gt(max)) return { problem: `${text} is above the maximum ${max}`, code: 'POINTS_ABOVE_MAX' };
  if (step !== undefined && !new Decimal(step).isZero() && !v.mod(step).isZero()) return { problem: `${text} is not a multiple of the step ${step}`, code: 'POINTS_OFF_STEP' };
  return { value: text };
}

/** Text typed in a cell (never evaluated), trimmed of trailing blanks; undefined when empty. */
export function readText(cell: Cell): string | undefined {
  const text = valueText(raw(cell));
  return text === undefined || text.trim() === '' ? undefined : text;
}

/**
 * A date cell: a date, YYYY-MM-DD or dd/mm/yyyy as Vietnamese documents write it.
 * @example readDate(cell) // { value: '2025-01-06' }
 */
export function readDate(cell: Cell): Read<string> | undefined {
  const v = raw(cell);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: 'is not a real date', code: 'NOT_A_DATE' } : { value: v.toISOString().slice(0, 10) };
  const text = readText(cell)?.trim();
  if (text === undefined) return undefined;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(Date.parse(`${iso}T00:00:00Z`)).toISOString().startsWith(iso)) return { value: iso };
  return { problem: `"${text}" is not a date; write it YYYY-MM-DD (2025-01-31) or dd/mm/yyyy (31/01/2025)`, code: 'NOT_A_DATE' };
}

/** A metric's value by its unit: decimals as strings, có/không as booleans, dates YYYY-MM-DD; "chưa thực hiện"/"chưa có" as null. */
export function readMetric(cell: Cell, def: MetricDef): Read<MetricValue> | undefined {
  const text = readText(cell)?.trim();
  if (text !== undefined && [NOT_DONE, NO_DATA].includes(text.toLowerCase())) return { value: null };
  switch (def.unit) {
    case 'percent': case 'count': case 'number': {
      const d = readDecimal(cell);
      return d === undefined || !('value' in d) ? d : { value: d.value };
    }
    case 'date': return readDate(cell);
    case 'boolean': {
      if (text === undefined) return undefined;
      const yes = yesNo(text);
      return typeof yes === 'boolean' ? { value: yes } : { problem: yes, code: 'NOT_YES_NO' };
    }
    default: return text === undefined ? undefined : { value: readText(cell)! };
  }
}
