/** zod issues → parindex issues with readable messages and stable codes. */
import type { z } from 'zod';
import type { Issue } from '../errors.js';

export interface PathIssue {
  path: readonly PropertyKey[];
  issue: Omit<Issue, 'path'>;
}

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

export function fromZod(error: z.ZodError, base: readonly PropertyKey[] = [], codePrefix = ''): PathIssue[] {
  return error.issues.map((i) => ({
    path: [...base, ...i.path],
    issue: { code: `${codePrefix}${CODES[i.code] ?? 'INVALID_VALUE'}`, severity: 'error', message: message(i) },
  }));
}

function message(i: z.core.$ZodIssue): string {
  if (i.code === 'invalid_type' && i.input === undefined) return `required ${i.expected} is missing`;
  if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_union' && 'errors' in i) {
    const alternatives = i.errors.map((e) => e.map((x) => `${x.path.join('.') || 'value'}: ${x.message}`).join(', '));
    return `does not match any accepted form (${alternatives.slice(0, 4).join(' | ')})`;
  }
  return i.message;
}
