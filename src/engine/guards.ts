/**
 * Cheap checks at the engine's door: `evaluate` takes a plan from
 * `compilePlan` and an assessment from `checkAssessment`; anything else is
 * misuse and throws a usage error naming the function, never a TypeError.
 */
import { formatPath, usageError, type ParIndexError } from '../errors.js';
import { Assessment as AssessmentSchema } from '../schema/assessment.js';
import { wasChecked } from '../load/checked.js';

const ROUND_CHOICES: readonly unknown[] = ['final', 'rules', 'self', 'appraisal1', 'appraisal2'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` that exists (Date.parse would roll 2025-02-30 over to 2 March). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

const describe = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : typeof v);

/** Throws unless `options` is undefined or an object with valid `asOf`, `missingInput` and `file`. */
export function checkEvaluateOptions(fn: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw usageError(fn, `options must be an object, got ${describe(options)}`);
  const { asOf, missingInput, file, round } = options as Record<string, unknown>;
  if (round !== undefined && !ROUND_CHOICES.includes(round as string)) throw usageError(fn, `round must be one of ${ROUND_CHOICES.join(', ')}, got ${describe(round)}`);
  if (asOf !== undefined && !isIsoDate(asOf)) throw usageError(fn, `asOf must be a date YYYY-MM-DD, got ${describe(asOf)}`);
  if (missingInput !== undefined && missingInput !== 'report' && missingInput !== 'zero') throw usageError(fn, `missingInput must be "report" or "zero", got ${describe(missingInput)}`);
  if (file !== undefined && typeof file !== 'string') throw usageError(fn, `file must be a string, got ${describe(file)}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string';

/**
 * The first part of `a` that is not what `checkAssessment` returns, or undefined.
 * Constant time: entries are checked where they are read (metric readers, Env).
 */
function misshapen(a: unknown): string | undefined {
  if (!isObject(a)) return 'the assessment';
  const { criteriaSet: cs, unit, year } = a;
  if (!isObject(cs) || !isText(cs['id']) || (cs['version'] !== undefined && !isText(cs['version']))) return 'criteriaSet';
  if (!isObject(unit) || !isText(unit['id']) || !isText(unit['name']) || !isText(unit['level']) || (unit['type'] !== undefined && !isText(unit['type']))) return 'unit';
  if (!Number.isInteger(year) || (year as number) < 1000 || (year as number) > 9999) return 'year';
  for (const key of ['metrics', 'points', 'notApplicable'] as const) if (!isObject(a[key])) return key;
  return undefined;
}

/** A usage error for an entry of the assessment that is not what `checkAssessment` returns. */
export function misshapenEntry(fn: string, path: string): ParIndexError {
  return usageError(fn, `${path} is not shaped as in a checked assessment; pass it through checkAssessment (or parseAssessment) first`);
}

/**
 * Throws unless `a` passes the assessment schema entry by entry: for entry points that are not in
 * a scoring loop (points left, target seeking, scenario comparison), which read values directly.
 */
export function checkAssessmentDeep(fn: string, a: unknown): void {
  checkAssessmentShape(fn, a);
  if (wasChecked(a)) return;
  const r = AssessmentSchema.safeParse(a);
  if (r.success) return;
  const first = r.error.issues[0]!;
  throw usageError(fn, `${formatPath(first.path)}: ${first.message}: not as in a checked assessment; pass it through checkAssessment (or parseAssessment) first`);
}

/** Throws unless `options` is undefined or an object (the fields are checked where they are read). */
export function checkOptionsObject(fn: string, options: unknown): void {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw usageError(fn, `options must be an object, got ${describe(options)}`);
}

/** Throws unless `a` has the shape of a checked assessment. */
export function checkAssessmentShape(fn: string, a: unknown): void {
  const bad = misshapen(a);
  if (bad !== undefined) throw usageError(fn, `${bad} is not shaped as a checked assessment; pass it through checkAssessment (or parseAssessment) first`);
}
