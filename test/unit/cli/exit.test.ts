import { describe, expect, it } from 'vitest';
import { CliError, EXIT, reportError } from '../../../src/cli/exit.js';
import type { Io } from '../../../src/cli/io.js';
import { ParIndexError } from '../../../src/index.js';

function capture(): Io & { errors: string[] } {
  const errors: string[] = [];
  return { errors, out: () => undefined, err: (t) => void errors.push(...t.split('\n')), readText: () => '', columns: undefined };
}

describe('reportError', () => {
  it('a CliError: its message and its code', () => {
    const io = capture();
    expect(reportError(new CliError(EXIT.usage, 'cannot read x'), io, true)).toBe(2);
    expect(io.errors).toEqual(['error: cannot read x']);
  });

  it('a usage ParIndexError exits 2, a data one exits 1 with every issue on its own line', () => {
    const io = capture();
    expect(reportError(new ParIndexError('usage', 'scoreAssessment: asOf must be a date'), io, false)).toBe(2);
    const issue = { code: 'SET_MISMATCH', severity: 'error', path: 'criteriaSet.id', message: 'wrong set', file: 'a.yaml' } as const;
    expect(reportError(new ParIndexError('invalid-data', 'a.yaml: 1 problem\n…', [issue]), io, false)).toBe(1);
    expect(io.errors).toEqual(['error: scoreAssessment: asOf must be a date', 'error: a.yaml: 1 problem', 'a.yaml: criteriaSet.id: wrong set [SET_MISMATCH]']);
  });

  it('anything else is a bug: exit 3, one line, the stack only with --verbose', () => {
    const quiet = capture();
    expect(reportError(new TypeError('x is undefined\nmore'), quiet, false)).toBe(3);
    expect(quiet.errors).toEqual(['internal error: x is undefined (run with --verbose for details)']);
    const verbose = capture();
    expect(reportError(new TypeError('x is undefined'), verbose, true)).toBe(3);
    expect(verbose.errors[0]).toBe('internal error: x is undefined');
    expect(verbose.errors.some((l) => l.startsWith('    at '))).toBe(true);
  });
});
