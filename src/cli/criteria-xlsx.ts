/** `parindex criteria export-xlsx` and `import-xlsx`: a criteria set to an Excel workbook officers edit, and back. */
import type { Command } from 'commander';
import ExcelJS from 'exceljs';
import { formatIssues, parseCriteriaSet, serializeCriteriaSet } from '../index.js';
import { buildCriteriaWorkbook } from '../excel/criteria-workbook.js';
import { importCriteriaWorkbook } from '../excel/criteria-import.js';
import { LIMITS } from '../excel/layout.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { readBinaryFile, writeFileAtomic, type Io } from './io.js';

/** Writes `setFile` as a workbook at `out`; 1 when the set is invalid (nothing is written). */
export async function exportXlsxCommand(setFile: string, out: string, io: Io): Promise<ExitCode> {
  const loaded = parseCriteriaSet(io.readText(setFile, 'criteria file'), { file: setFile });
  if (!loaded.ok) {
    io.err(formatIssues(loaded.issues));
    io.err(`${setFile}: invalid; nothing written`);
    return EXIT.data;
  }
  if (loaded.issues.length > 0) io.err(formatIssues(loaded.issues));
  const buffer = await buildCriteriaWorkbook(loaded.value).xlsx.writeBuffer();
  writeFileAtomic(out, new Uint8Array(buffer));
  io.out(`wrote ${out}`);
  return EXIT.ok;
}

/** Reads the workbook `file`, validates it and writes the set to `out` (JSON when it ends in .json, else YAML). */
export async function importXlsxCommand(file: string, out: string, io: Io): Promise<ExitCode> {
  const bytes = readBinaryFile(file, 'workbook', LIMITS.bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new CliError(EXIT.data, `${file} is not an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = importCriteriaWorkbook(wb);
  const issues = result.issues.map((i) => ({ ...i, file }));
  if (!result.ok) {
    io.err(formatIssues(issues));
    io.err(`${file}: invalid; nothing written`);
    return EXIT.data;
  }
  if (issues.length > 0) io.err(formatIssues(issues));
  writeFileAtomic(out, serializeCriteriaSet(result.value, out.toLowerCase().endsWith('.json') ? 'json' : 'yaml'));
  io.out(`wrote ${out}`);
  return EXIT.ok;
}

/** Adds `criteria export-xlsx` and `criteria import-xlsx` to the program. */
export function registerCriteriaXlsx(program: Command, io: Io, done: (code: ExitCode) => void): void {
  const criteria = program.commands.find((c) => c.name() === 'criteria') ?? program.command('criteria').description('author criteria sets');
  criteria
    .command('export-xlsx')
    .description('write a criteria set as an Excel workbook to edit (sheets Tiêu chí, Bộ tiêu chí, Hướng dẫn)')
    .argument('<set>', 'criteria set file (YAML or JSON)')
    .requiredOption('-o, --out <file.xlsx>', 'workbook to write')
    .addHelpText('after', '\nExit codes: 0 written, 1 the set is invalid (nothing written), 2 bad usage or a path that cannot be read or written.')
    .action(async (set: string, opts: { out: string }) => done(await exportXlsxCommand(set, opts.out, io)));
  criteria
    .command('import-xlsx')
    .description('read a criteria workbook, validate it and write the set (YAML, or JSON for a .json name)')
    .argument('<file.xlsx>', `workbook (at most ${LIMITS.bytes / 1048576} MB, ${LIMITS.rows} rows a sheet)`)
    .requiredOption('-o, --out <set.yaml>', 'criteria set file to write')
    .addHelpText('after', '\nExit codes: 0 written, 1 the workbook has errors (each printed with its cell; nothing written), 2 bad usage or a path that cannot be read or written.')
    .action(async (file: string, opts: { out: string }) => done(await importXlsxCommand(file, opts.out, io)));
}
