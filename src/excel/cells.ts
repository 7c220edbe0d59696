/** Reading and writing single cells: decimals as numbers only when exact, text never as a formula. */
import type { Cell, CellValue } from 'exceljs';
import { DECIMAL_PATTERN } from '../decimal.js';
import { NO, YES } from './layout.js';

/**
 * The value to store for a decimal string: a number when the number prints back as the
 * same string (0.25, 14.5), so Excel can add it up; the string otherwise ("1.50").
 * @example decimalValue('0.25') // 0.25
 */
export function decimalValue(text: string): number | string {
  const n = Number(text);
  return DECIMAL_PATTERN.test(text) && Number.isFinite(n) && String(n) === text ? n : text;
}

/** Text that Excel would read as a formula is still written as a plain string; exceljs never parses it. */
export function textValue(text: string | undefined): string | null {
  return text === undefined ? null : text;
}

/** A cell's content as text: numbers in their shortest form, rich text joined, dates as YYYY-MM-DD; empty → undefined. */
export function cellText(cell: Cell): string | undefined {
  return valueText(cell.value);
}

export function valueText(v: CellValue): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v === '' ? undefined : decodeXmlText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return decodeXmlText(v.richText.map((r) => r.text).join('')) || undefined;
  if ('formula' in v || 'sharedFormula' in v) return valueText((v as { result?: CellValue }).result ?? null);
  if ('text' in v) return String(v.text);
  return undefined;
}

/** "có"/"không" (or TRUE/FALSE); anything else is returned as a message. */
export function yesNo(text: string): boolean | string {
  const t = text.trim().toLowerCase();
  if (t === YES || t === 'true' || t === 'x') return true;
  if (t === NO || t === 'false') return false;
  return `"${text}" is not ${YES} or ${NO}`;
}

/** Comma-separated list → trimmed items. */
export function listOf(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

// XML cannot hold control characters or lone surrogates, and parsers turn CR into LF:
// OOXML writes them as _xHHHH_ (and a literal "_x0041_" as "_x005F_x0041_"), as Excel does.
const NOT_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for a cell the OOXML way; Excel shows the original characters.
 * @example encodeXmlText('a\u0001') // 'a_x0001_'
 */
export function encodeXmlText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Undoes `encodeXmlText`. */
export function decodeXmlText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
