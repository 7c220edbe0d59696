/** `parindex diff`: what changed between two criteria sets (or editions), as a table or JSON. */
import { diffSets, formatIssues, type Issue } from '../index.js';
import { parseText, resolveFile, type ResolvedFile } from './criteria-files.js';
import { diffReport } from './diff-table.js';
import { EXIT, type ExitCode } from './exit.js';
import { plural } from './format.js';
import type { Io } from './io.js';
import { reportWidth } from './report.js';

export interface DiffArgs {
  from: string;
  to: string;
  format: 'table' | 'json';
}

/** Runs `diff`: 0 when both files load (whether or not they differ), 1 when one is invalid. */
export function diffCommand(args: DiffArgs, io: Io): ExitCode {
  // Read both first: a wrong path is a usage error whatever the other file holds.
  const texts = [parseText(args.from, io.readText(args.from, 'criteria file')), parseText(args.to, io.readText(args.to, 'criteria file'))];
  // An edition among the two is resolved against the other, e.g. `diff base.yaml edition.yaml`.
  const [a, b] = texts.map((t) => resolveFile(t, texts)) as [ResolvedFile, ResolvedFile];
  if (!a.loaded.ok || !b.loaded.ok) {
    for (const r of [a, b]) if (!r.loaded.ok) invalid(io, r.file, r.loaded.issues);
    return EXIT.data;
  }
  const warnings = [...a.loaded.issues, ...b.loaded.issues];
  if (warnings.length > 0) io.err(formatIssues(warnings));
  const diff = diffSets(a.loaded.value, b.loaded.value);
  io.out(args.format === 'json' ? JSON.stringify(diff, null, 2) : diffReport(diff, reportWidth(io.columns)));
  return EXIT.ok;
}

function invalid(io: Io, file: string, issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error').length;
  io.err(`error: ${file}: invalid criteria set (${plural(errors, 'error')}); nothing was compared`);
  io.err(formatIssues(issues));
}
