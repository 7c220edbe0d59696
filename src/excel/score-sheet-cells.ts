/** Writing a score sheet's cells while keeping each numeric cell's exact value, so formulas cache what they compute. */
import type { CellValue, Worksheet } from 'exceljs';
import { Decimal } from '../decimal.js';
import { encodeXmlText } from './cells.js';

/**
 * The cells of one sheet: literal numbers, texts and formulas whose cached result is the engine's value
 * when it has one, else the exact value of the formula over the cells written so far.
 */
export class SheetCells {
  private readonly exact = new Map<string, Decimal>();

  constructor(readonly ws: Worksheet) {}

  /** The exact value of a numeric cell, or undefined for text and empty cells. */
  valueOf(address: string): Decimal | undefined {
    return this.exact.get(address);
  }

  /** Writes a decimal string as a number (null writes nothing). */
  number(address: string, text: string | null, numFmt?: string): void {
    if (text === null) return;
    const d = new Decimal(text);
    this.exact.set(address, d);
    this.put(address, d.toNumber(), numFmt);
  }

  /** Writes user or set text; never a formula, whatever it starts with. */
  text(address: string, text: string | null): void {
    if (text !== null && text !== '') this.put(address, encodeXmlText(text));
  }

  /** Writes `formula` cached with the engine's exact value, or with `computed` (its value over these cells) when the engine has none. */
  formula(address: string, formula: string, engine: string | null, computed: Decimal | null, numFmt?: string): void {
    const value = engine !== null ? new Decimal(engine) : computed;
    if (value !== null) this.exact.set(address, value);
    this.put(address, { formula, result: value === null ? '' : value.toNumber() }, numFmt);
  }

  /** Writes a formula whose cached result is text (e.g. "Không áp dụng", a band). */
  textFormula(address: string, formula: string, result: string): void {
    this.put(address, { formula, result: encodeXmlText(result) });
  }

  /** The exact SUM of the numeric cells among `addresses` (text and empty cells are skipped, as SUM does). */
  sum(addresses: readonly string[]): Decimal {
    return addresses.reduce((s, a) => {
      const v = this.exact.get(a);
      return v === undefined ? s : s.plus(v);
    }, new Decimal(0));
  }

  private put(address: string, value: CellValue, numFmt?: string): void {
    const cell = this.ws.getCell(address);
    cell.value = value;
    if (numFmt !== undefined) cell.numFmt = numFmt;
  }
}
