/** Deep equality of plain JSON-like data, ignoring key order (rules, bands and metrics as loaded). */

/**
 * True when `x` and `y` hold the same data; object key order does not matter, array order does.
 * @example sameValue({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  const other = Object.keys(b).filter((k) => b[k] !== undefined);
  return keys.length === other.length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
}
