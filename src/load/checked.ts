/**
 * Values that passed a schema check, by identity: an entry point that must
 * read every field (points left, target seeking, scenario comparison) checks
 * a value once, and one straight from checkAssessment or checkScenario not
 * again. A value changed after its check is the caller's to check again.
 */
const checked = new WeakSet<object>();

/** Records `value` as checked and returns it. */
export function markChecked<T extends object>(value: T): T {
  checked.add(value);
  return value;
}

/** Whether `value` is an object recorded by `markChecked`. */
export function wasChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
