/** Exit codes and the one place that turns a thrown error into a message and a code. */
import { formatIssues, ParIndexError } from '../index.js';
import type { Io } from './io.js';

/** Exit codes: 0 ok, 1 bad data, 2 bad usage, 3 a bug in parindex. */
export const EXIT = { ok: 0, data: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure the CLI reports in one line (plus issue lines), without a stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(readonly exitCode: ExitCode, message: string) {
    super(message);
  }
}

/** Prints `e` for a person and returns the exit code; stacks only with `verbose` and only for bugs. */
export function reportError(e: unknown, io: Io, verbose: boolean): ExitCode {
  if (e instanceof CliError) {
    io.err(`error: ${e.message}`);
    return e.exitCode;
  }
  if (e instanceof ParIndexError) {
    // The message of a data error already lists its error issues; print warnings too.
    io.err(`error: ${e.kind === 'invalid-data' && e.issues.length > 0 ? firstLine(e.message) : e.message}`);
    if (e.kind === 'invalid-data' && e.issues.length > 0) io.err(formatIssues(e.issues));
    return e.kind === 'usage' ? EXIT.usage : EXIT.data;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`internal error: ${firstLine(message)}${verbose ? '' : ' (run with --verbose for details)'}`);
  if (verbose && e instanceof Error && e.stack) io.err(e.stack);
  return EXIT.internal;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
