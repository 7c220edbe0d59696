/** The band cell: a formula choosing the set's band from the index cell, in the set's order, as the engine does. */
import type { Decimal } from '../decimal.js';
import { Decimal as Dec } from '../decimal.js';
import type { Band } from '../schema/criteria-set.js';

/** The spreadsheet compares in doubles: rounding the index to 9 decimals keeps an exact 80 from reading as 79.999…. */
const PLACES = 9;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A formula giving the label of the first band holding the value of `cell`, or "" (also when the cell is not a number).
 * @example bandFormula([{ label: 'Tốt', min: '80', minInclusive: true, maxInclusive: false }], 'H30')
 * // 'IF(ISNUMBER(H30),IF(AND(ROUND(H30,9)>=80),"Tốt",""),"")'
 */
export function bandFormula(bands: readonly Band[], cell: string): string {
  const v = `ROUND(${cell},${PLACES})`;
  let inner = '""';
  for (const b of [...bands].reverse()) {
    const tests = [
      b.min === undefined ? null : `${v}${b.minInclusive ? '>=' : '>'}${b.min}`,
      b.max === undefined ? null : `${v}${b.maxInclusive ? '<=' : '<'}${b.max}`,
    ].filter((t): t is string => t !== null);
    inner = `IF(${tests.length === 0 ? 'TRUE' : `AND(${tests.join(',')})`},${quote(b.label)},${inner})`;
  }
  return `IF(ISNUMBER(${cell}),${inner},"")`;
}

/** The band the formula gives for an exact index (the engine's rule: first band whose interval holds it). */
export function bandFor(bands: readonly Band[], index: Decimal | null): string {
  if (index === null) return '';
  const found = bands.find((b) => {
    if (b.min !== undefined) {
      const c = index.cmp(new Dec(b.min));
      if (c < 0 || (c === 0 && !b.minInclusive)) return false;
    }
    if (b.max !== undefined) {
      const c = index.cmp(new Dec(b.max));
      if (c > 0 || (c === 0 && !b.maxInclusive)) return false;
    }
    return true;
  });
  return found?.label ?? '';
}
