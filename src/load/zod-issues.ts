/** zod issues → parindex issues with readable messages and stable codes. */
import type { z } from 'zod';
import { showValue, type Issue } from '../errors.js';

export interface PathIssue {
  path: readonly PropertyKey[];
  issue: Omit<Issue, 'path'>;
  /** The issue is about the key at the end of `path`, not its value. */
  atKey?: boolean;
}

/** Parse options for every schema whose issues go through `fromZod`: messages quote the value found. */
export const PARSE_OPTIONS = { reportInput: true } as const;

type ZodIssue = z.core.$ZodIssue;

const CODES: Record<string, string> = {
  invalid_type: 'INVALID_TYPE',
  unrecognized_keys: 'UNKNOWN_KEY',
  invalid_value: 'INVALID_VALUE',
  invalid_union: 'INVALID_VALUE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  custom: 'INVALID_VALUE',
};

/**
 * One issue per zod issue; an unknown-key issue becomes one issue per key,
 * placed at that key. A missing value gets the code REQUIRED.
 */
export function fromZod(error: z.ZodError, base: readonly PropertyKey[] = [], codePrefix = ''): PathIssue[] {
  return convert(error.issues, base, codePrefix);
}

function convert(issues: readonly ZodIssue[], base: readonly PropertyKey[], prefix: string): PathIssue[] {
  return issues.flatMap((i): PathIssue[] => {
    const path = [...base, ...i.path];
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ path: [...path, k], atKey: true, issue: { code: `${prefix}UNKNOWN_KEY`, severity: 'error', message: `unknown key "${k}"; check its spelling (keys are case-sensitive)` } }));
    }
    if (i.code === 'invalid_key') return convert(i.issues, path, prefix).map((x) => ({ ...x, atKey: true }));
    // When exactly one alternative had the right type, its own problems say more than "no alternative matched".
    const inner = i.code === 'invalid_union' ? i.errors.filter((e) => e.length > 0 && e.every((x) => x.path.length > 0)) : [];
    if (inner.length === 1) return convert(inner[0]!, path, prefix);
    const code = i.input === undefined && (i.code === 'invalid_type' || i.code === 'invalid_union') ? 'REQUIRED' : expectedTypes(i) ? 'INVALID_TYPE' : (CODES[i.code] ?? 'INVALID_VALUE');
    return [{ path, issue: { code: `${prefix}${code}`, severity: 'error', message: message(i) } }];
  });
}

const WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  object: 'a mapping (key: value)',
  array: 'a list',
  record: 'a mapping (key: value)',
  null: 'null',
};

/** How a value found in a file reads in a message. */
function describeInput(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `text ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : typeof v;
}

/** The types an issue says were expected, when it is only about the type. */
function expectedTypes(i: ZodIssue): string[] | undefined {
  if (i.code === 'invalid_type') return [WORDS[i.expected] ?? i.expected];
  if (i.code !== 'invalid_union') return undefined;
  const each = i.errors.map((e) => (e.length === 1 && e[0]!.path.length === 0 ? expectedTypes(e[0]!) : undefined));
  return each.every((t) => t !== undefined) ? [...new Set(each.flat())] : undefined;
}

function orList(words: readonly string[]): string {
  // string | number is how decimals are written (DecimalString).
  if (words.join() === 'text,a number') return 'a decimal number such as "0.25"';
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function message(i: ZodIssue): string {
  const input: unknown = i.input;
  const present = input !== undefined;
  const types = expectedTypes(i);
  if (types) {
    if (!present) return `is required but missing (expected ${orList(types)})`;
    const unquote = typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input) && types.some((t) => t.includes('number')) ? '; remove the quotes' : '';
    return `expected ${orList(types)}, got ${describeInput(input)}${unquote}`;
  }
  if (i.code === 'invalid_value' && i.values.length > 1) return `${present ? showValue(input) : 'value'} is not one of: ${i.values.map((v) => String(v)).join(', ')}`;
  if (i.code === 'too_small' || i.code === 'too_big') return sizeMessage(i, input);
  if (i.code === 'invalid_union') {
    if (!present) return 'is required but missing';
    const alternatives = i.errors.map((e) => e.map((x) => `${x.path.join('.') || 'value'}: ${x.message}`).join(', '));
    return `does not match any accepted form (${alternatives.slice(0, 4).join(' | ')})`;
  }
  return i.message;
}

function sizeMessage(i: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): string {
  const small = i.code === 'too_small';
  const limit = String(small ? i.minimum : i.maximum);
  if (i.origin === 'array') return small ? `needs at least ${limit} item${limit === '1' ? '' : 's'}` : `has more than ${limit} items`;
  if (i.origin === 'string') return small && limit === '1' ? 'must not be empty' : `must have ${small ? 'at least' : 'at most'} ${limit} characters`;
  const bound = small ? (i.inclusive === false ? 'greater than' : 'at least') : i.inclusive === false ? 'less than' : 'at most';
  return `must be ${bound} ${limit}${input !== undefined ? `, got ${String(input)}` : ''}`;
}
