/** `parindex template`: a workbook for a unit (or its appraisers) to fill in for one round. */
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { formatIssues, parseAssessment, parseCriteriaSet, type Assessment, type Unit } from '../index.js';
import { unitTemplate } from '../excel/template.js';
import type { RoundName } from '../schema/rounds.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import { today, writeWorkbook } from './score.js';

export interface TemplateArgs {
  criteria: string;
  unit: string;
  round: RoundName;
  out: string;
  unitName?: string | undefined;
  level?: string | undefined;
  type?: string | undefined;
  year?: number | undefined;
  produced?: string | undefined;
}

/** Writes the template; 1 when the set or the assessment is invalid (nothing written). */
export async function templateCommand(args: TemplateArgs, io: Io): Promise<ExitCode> {
  const set = parseCriteriaSet(io.readText(args.criteria, 'criteria file'), { file: args.criteria });
  if (!set.ok) {
    io.err(formatIssues(set.issues));
    io.err(`${args.criteria}: invalid; nothing written`);
    return EXIT.data;
  }
  const unit = unitOf(args, io);
  if (unit === undefined) return EXIT.data;
  const wb = unitTemplate(set.value, unit, { round: args.round, produced: args.produced ?? today(), ...(args.year !== undefined && { year: args.year }) });
  await writeWorkbook(args.out, wb, io);
  return EXIT.ok;
}

/** The assessment in the file `--unit` names, or a unit built from its id, `--unit-name`, `--level` and `--type`. */
function unitOf(args: TemplateArgs, io: Io): Unit | Assessment | undefined {
  if (/\.(ya?ml|json)$/i.test(args.unit) || existsSync(args.unit)) {
    const loaded = parseAssessment(io.readText(args.unit, 'assessment file'), { file: args.unit });
    if (!loaded.ok) {
      io.err(formatIssues(loaded.issues));
      io.err(`${args.unit}: invalid; nothing written`);
      return undefined;
    }
    return loaded.value;
  }
  const missing = [args.unitName === undefined && '--unit-name', args.level === undefined && '--level', args.year === undefined && '--year'].filter(Boolean);
  if (missing.length > 0) throw new CliError(EXIT.usage, `--unit ${args.unit} is a unit id, not an assessment file: give ${missing.join(', ')} too`);
  return { id: args.unit, name: args.unitName!, level: args.level!, ...(args.type !== undefined && { type: args.type }) };
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
    throw new CliError(EXIT.usage, `--produced must be a real date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(EXIT.usage, `--year must be a year like 2025, got "${value}"`);
  return Number(value);
}

/** Adds `template` to the program. */
export function registerTemplate(program: Command, io: Io, done: (code: ExitCode) => void): void {
  program
    .command('template')
    .description('write an Excel template for a unit (self-assessment) or its appraisers (appraisal 1 or 2) to fill in; read it back with `parindex import`')
    .requiredOption('-c, --criteria <file>', 'criteria set file (YAML or JSON)')
    .requiredOption('-u, --unit <id|file>', 'an assessment file (YAML or JSON; its values are prefilled), or a unit id with --unit-name, --level and --year')
    .addOption(new Option('-r, --round <round>', 'the round the template is for').choices(['self', 'appraisal1', 'appraisal2']).default('self'))
    .requiredOption('-o, --out <file.xlsx>', 'workbook to write')
    .option('--unit-name <name>', 'the unit\'s name, with a unit id')
    .option('--level <level>', 'the unit\'s level (one of the set\'s unitLevels), with a unit id')
    .option('--type <type>', 'the unit\'s type (e.g. so, xa), with a unit id')
    .option('--year <YYYY>', 'the assessment year: required with a unit id; overrides the file\'s', parseYear)
    .option('--produced <YYYY-MM-DD>', 'date printed on the template and used as the workbook\'s dates (default: today)', parseDay)
    .addHelpText('after', [
      '',
      'The sheet "Tiêu chí" has one row per criteria row: points for the round (0 to the maximum, on the step), notes or',
      'appraisal comments and "yêu cầu giải trình"; sheets "Số liệu" (metrics), "Tài liệu kiểm chứng" (evidence) and',
      '"Hướng dẫn" (instructions, in Vietnamese). Sheets are protected without a password; parents and totals are formulas.',
      'For an appraisal round, pass the assessment with the earlier rounds: their points are shown for reference.',
      '',
      'Examples:',
      '  parindex template -c examples/example-department-2025.yaml -u examples/so-tu-phap-2025.yaml -o stp.xlsx',
      '  parindex template -c set.yaml -u stp --unit-name "Sở Tư pháp" --level province --year 2025 -o stp.xlsx',
      '  parindex template -c set.yaml -u stp-2025.yaml --round appraisal1 -o stp-tham-dinh-1.xlsx',
      '',
      'Exit codes: 0 written, 1 the set or assessment is invalid (nothing written), 2 bad usage or a path that cannot be read or written.',
    ].join('\n'))
    .action(async (opts: TemplateArgs) => done(await templateCommand(opts, io)));
}
