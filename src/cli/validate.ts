/** `parindex validate`: check criteria set and edition files and report every issue of every file. */
import { formatIssues } from '../index.js';
import { parseText, resolveFile, type CriteriaText } from './criteria-files.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import { plural } from './format.js';

/**
 * Checks each file; an edition (a file with `extends`) is resolved against the
 * other files given. 2 if a path cannot be read, else 1 if any file has errors, else 0.
 */
export function validateCommand(files: readonly string[], io: Io): ExitCode {
  let code: ExitCode = EXIT.ok;
  const texts: CriteriaText[] = [];
  for (const file of files) {
    try {
      texts.push(parseText(file, io.readText(file, 'criteria file')));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.err(`error: ${e.message}`);
      code = EXIT.usage;
    }
  }
  for (const text of texts) {
    const { file, loaded, extends: base } = resolveFile(text, texts);
    const { issues } = loaded;
    if (issues.length > 0) io.out(formatIssues(issues));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const notes = [...(base ? [`edition of ${base}`] : []), ...(errors ? [plural(errors, 'error')] : []), ...(warnings ? [plural(warnings, 'warning')] : [])];
    io.out(`${file}: ${errors ? 'invalid' : 'ok'}${notes.length ? ` (${notes.join(', ')})` : ''}`);
    if (errors && code === EXIT.ok) code = EXIT.data;
  }
  return code;
}
