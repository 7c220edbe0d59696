/** Number and text formatting for people: half-up rounding per the set, Vietnamese dates, wrapped names. */
import { Decimal, roundHalfUp } from '../index.js';

/**
 * Rounds an exact decimal string half-up to `places` decimals.
 * @example rounded('1.995793', 2) // '2.00'
 */
export function rounded(value: string, places: number): string {
  return roundHalfUp(new Decimal(value), places);
}

/**
 * Prints a maximum with at least `places` decimals, never dropping a digit (0.25 stays 0.25).
 * @example maxText('1.5', 2) // '1.50'
 */
export function maxText(value: string, places: number): string {
  const d = new Decimal(value);
  return d.toFixed(Math.max(places, d.decimalPlaces()));
}

/**
 * `YYYY-MM-DD` → `DD/MM/YYYY`, as dates are written in Vietnamese documents.
 * @example vnDate('2025-12-31') // '31/12/2025'
 */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Word-wraps `text` to `width` columns, first line indented by `indent` spaces
 * and continuation lines by two more, so a wrapped name still reads as one row.
 * @example wrap('Kế hoạch CCHC năm', 10, 2) // ['  Kế hoạch', '    CCHC', '    năm']
 */
export function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  let empty = true;
  const pad = ' '.repeat(indent + 2);
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    for (const piece of split(word, width - pad.length)) {
      if (!empty && line.length + 1 + piece.length > width) {
        lines.push(line);
        line = pad;
        empty = true;
      }
      line += empty ? piece : ` ${piece}`;
      empty = false;
    }
  }
  lines.push(line);
  return lines;
}

/** Splits a word longer than `max` so no line overflows the column. */
function split(word: string, max: number): string[] {
  const size = Math.max(1, max);
  const out: string[] = [];
  for (let i = 0; i < word.length; i += size) out.push(word.slice(i, i + size));
  return out;
}

/**
 * Counts a noun in English, for messages next to the engine's English issues.
 * @example plural(2, 'error') // '2 errors'
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
