/** `parindex import`: filled templates back into assessment files, one per workbook; a bad workbook writes nothing. */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { formatIssues, parseAssessment, parseCriteriaSet, serializeAssessment, type Assessment, type CriteriaSet, type Issue } from '../index.js';
import { importFilled } from '../excel/import-filled.js';
import { IMPORT_LIMITS } from '../excel/template-layout.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { writeFileAtomic, type Io } from './io.js';

export interface ImportArgs {
  files: string[];
  criteria: string;
  out: string;
  base?: string | undefined;
}

/** Imports every file; 1 when any has errors (the others are still written). */
export async function importCommand(args: ImportArgs, io: Io): Promise<ExitCode> {
  const set = parseCriteriaSet(io.readText(args.criteria, 'criteria file'), { file: args.criteria });
  if (!set.ok) {
    io.err(formatIssues(set.issues));
    io.err(`${args.criteria}: invalid; nothing written`);
    return EXIT.data;
  }
  const base = args.base === undefined ? undefined : loadBase(args.base, io);
  if (base === null) return EXIT.data;
  makeDir(args.out);
  let failed = 0;
  for (const file of args.files) {
    const ok = await importOne(file, set.value, base, args.out, io);
    if (!ok) failed++;
  }
  if (failed > 0) io.err(`error: ${failed} of ${args.files.length} workbook${args.files.length === 1 ? '' : 's'} had errors; nothing was written for ${failed === 1 ? 'it' : 'them'}`);
  return failed > 0 ? EXIT.data : EXIT.ok;
}

async function importOne(file: string, set: CriteriaSet, base: Assessment | undefined, dir: string, io: Io): Promise<boolean> {
  const bytes = readWorkbook(file);
  const result = 'issues' in bytes ? { ok: false as const, issues: bytes.issues } : await importFilled(bytes, { set, file, ...(base !== undefined && { base }) });
  if (result.issues.length > 0) io.err(formatIssues(result.issues));
  if (!result.ok) {
    io.err(`${file}: invalid; nothing written`);
    return false;
  }
  const out = join(dir, `${basename(file, extname(file))}.yaml`);
  writeFileAtomic(out, serializeAssessment(result.value));
  io.out(`wrote ${out}`);
  return true;
}

/** The file's bytes; a file over the size limit is refused before it is read. */
function readWorkbook(file: string): Uint8Array | { issues: Issue[] } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(EXIT.usage, `cannot read workbook ${file}: no such file`);
  }
  if (size > IMPORT_LIMITS.bytes) {
    return { issues: [{ code: 'XLSX_TOO_LARGE', severity: 'error', file, path: 'workbook', message: `the file is ${size} bytes, over the ${IMPORT_LIMITS.bytes / 1048576} MB limit; split it or remove what it does not need` }] };
  }
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    throw new CliError(EXIT.usage, `cannot read workbook ${file}: unreadable`);
  }
}

function loadBase(file: string, io: Io): Assessment | null {
  const loaded = parseAssessment(io.readText(file, 'assessment file'), { file });
  if (loaded.ok) return loaded.value;
  io.err(formatIssues(loaded.issues));
  io.err(`${file}: invalid base assessment; nothing written`);
  return null;
}

function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    throw new CliError(EXIT.usage, `cannot create the output folder ${dir}`);
  }
}

/** Adds `import` to the program. */
export function registerImport(program: Command, io: Io, done: (code: ExitCode) => void): void {
  program
    .command('import')
    .description('read filled templates (from `parindex template`) back into assessment files, one YAML per workbook')
    .argument('<filled.xlsx...>', `filled templates (at most ${IMPORT_LIMITS.bytes / 1048576} MB, ${IMPORT_LIMITS.rows} rows a sheet, unpacking to at most ${IMPORT_LIMITS.unzipped / 1048576} MB)`)
    .requiredOption('-c, --criteria <file>', 'the criteria set the templates were made from (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'folder to write <name>.yaml into (created when missing)')
    .option('-b, --base <assessment>', 'assessment to merge each workbook into (e.g. the one the template was made from): the round read replaces its round, metrics and evidence')
    .addHelpText('after', [
      '',
      'Every problem is printed as `file: Sheet!Cell: message [CODE]`: a row moved, deleted or added, a changed maximum,',
      'points that are not a number (e.g. "1,5" with a comma), above the maximum or off the step, an unknown metric, a template',
      'for another set, unit or year. Totals in the sheet are never read: the engine recomputes them and warns where the sheet',
      'disagrees. Without --base the assessment holds the template\'s unit, year, metrics, evidence and the round read.',
      '',
      'Example:',
      '  parindex import stp.xlsx --criteria examples/example-department-2025.yaml --out assessments/ --base examples/so-tu-phap-2025.yaml',
      '',
      'Exit codes: 0 all written, 1 a workbook has errors (nothing written for it; the others are written), 2 bad usage or a path that cannot be read or written.',
    ].join('\n'))
    .action(async (files: string[], opts: Omit<ImportArgs, 'files'>) => done(await importCommand({ ...opts, files }, io)));
}
