/** Sheet names for units: valid in Excel and LibreOffice, and unique however long, accented or repeated the unit names are. */

/** Excel's limit, in characters. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F]/g;

/**
 * A valid sheet name for `name`: forbidden characters become spaces, no apostrophe at either end,
 * at most 31 UTF-16 units (never cutting a character in two), "Đơn vị" when nothing is left.
 * @example sheetName('Sở Tư pháp [ví dụ] / 2025') // 'Sở Tư pháp ví dụ 2025'
 */
export function sheetName(name: string): string {
  const clean = name.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  const cut = truncate(clean, SHEET_NAME_MAX).trim().replace(/'+$/, '').trim();
  return cut === '' || cut.toLowerCase() === 'history' ? 'Đơn vị' : cut;
}

/**
 * Unique, valid sheet names for `names` in order, none equal (ignoring case) to a `reserved` one:
 * a repeated name gets " (2)", " (3)"…, shortening the name to keep 31 characters.
 * @example uniqueSheetNames(['Xã A', 'xã a'], ['Tổng hợp']) // ['Xã A', 'xã a (2)']
 */
export function uniqueSheetNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set(reserved.map(key));
  return names.map((n) => {
    const base = sheetName(n);
    let name = base;
    for (let k = 2; used.has(key(name)); k++) {
      const suffix = ` (${k})`;
      name = `${truncate(base, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
    }
    used.add(key(name));
    return name;
  });
}

/** At most `max` UTF-16 units (Excel's count), whole characters only. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Excel compares sheet names ignoring case. */
function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A sheet name as formulas write it: quoted, with apostrophes doubled.
 * @example sheetRef("Xã Đ'ông") // "'Xã Đ''ông'"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
