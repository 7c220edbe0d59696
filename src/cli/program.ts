/** The command line: commander parses, commands run, and every error becomes one message and an exit code. */
import { parseISO, isValid } from 'date-fns';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, reportError, type ExitCode } from './exit.js';
import type { Io } from './io.js';
import { registerCriteriaXlsx } from './criteria-xlsx.js';
import { registerImport } from './import.js';
import { registerTemplate } from './template.js';
import { rulesCommand } from './rules.js';
import { scoreCommand, type ScoreArgs } from './score.js';
import { validateCommand } from './validate.js';
import { diffCommand, type DiffArgs } from './diff.js';
import { rankCommand, type RankArgs } from './rank.js';
import { roundsCommand, type RoundsArgs } from './rounds.js';
import { whatifCommand, type WhatifArgs } from './whatif.js';
import { planTargetCommand, type PlanTargetArgs } from './plan-target.js';
import { simulateCommand, type SimulateArgs } from './montecarlo.js';

const HELP_AFTER = `
Files are YAML or JSON, read as UTF-8 (a byte-order mark is ignored).

Exit codes:
  0  success; warnings do not fail
  1  bad data: a criteria set or assessment file that exists but is invalid,
     or a score whose result has error issues (e.g. a missing input)
  2  bad usage: unknown command or option, missing argument, bad --as-of,
     or a file path that does not exist or cannot be read
  3  internal error: a bug in parindex; run again with --verbose and report it

Examples:
  parindex validate examples/example-department-2025.yaml
  parindex score --criteria examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --as-of 2025-12-31
  parindex score -c set.yaml unit.yaml --format json > result.json`;

/** Accepts only a real calendar date written YYYY-MM-DD. */
export function parseAsOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValid(parseISO(value))) {
    throw new InvalidArgumentError('Expected a real date YYYY-MM-DD, e.g. 2025-12-31.');
  }
  return value;
}

function buildProgram(io: Io, version: string, done: (code: ExitCode) => void): Command {
  const program = new Command('parindex')
    .description('Exact scoring for Vietnam\'s PAR Index (Chỉ số cải cách hành chính).')
    .version(version, '-V, --version')
    .option('--verbose', 'print the stack trace of an internal error')
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addHelpText('after', HELP_AFTER);

  program
    .command('validate')
    .description('check criteria set files; print every issue and one summary line per file')
    .argument('<criteria...>', 'criteria set or edition files (YAML or JSON)')
    .addHelpText('after', '\nAn edition (a file with `extends`) is resolved against the other files given, e.g.\n  parindex validate base-2025.yaml edition-2026.yaml\n\nExit codes: 0 all files valid (warnings allowed), 1 a file has errors, 2 a path cannot be read.')
    .action((files: string[]) => done(validateCommand(files, io)));

  program
    .command('diff')
    .description('compare two criteria sets: rows added, removed, renamed, re-pointed, with a new rule or moved; bands and metrics')
    .argument('<setA>', 'the older set (YAML or JSON)')
    .argument('<setB>', 'the newer set; an edition of setA is resolved against it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', '\nExit codes: 0 both files load (whether or not they differ), 1 a file is invalid, 2 bad usage or a path that cannot be read.')
    .action((from: string, to: string, opts: Pick<DiffArgs, 'format'>) => done(diffCommand({ from, to, ...opts }, io)));

  program
    .command('score')
    .description('score one unit\'s assessment against a criteria set')
    .requiredOption('-c, --criteria <file>', 'criteria set file (YAML or JSON)')
    .argument('<assessment>', 'assessment file (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of: later events have not happened, deadlines not yet due are noted (default: none)', parseAsOf)
    .addOption(new Option('--missing <policy>', 'a missing input: leave the row unscored and report it, or score it 0 with a warning').choices(['report', 'zero']).default('report'))
    .option('-o, --out <file.xlsx>', 'also write the unit\'s score sheet (Excel, live formulas), only when the result has no error')
    .option('--produced <YYYY-MM-DD>', 'date printed on the workbook and stored as its creation date (default: today); the same inputs and date give the same workbook', parseAsOf)
    .addHelpText('after', '\nExit codes: 0 scored, 1 an invalid file or error issues in the result (no workbook written), 2 bad usage or a path that cannot be read or written, 3 internal error.')
    .action(async (assessment: string, opts: Omit<ScoreArgs, 'assessment'>) => done(await scoreCommand({ ...opts, assessment }, io)));

  program
    .command('rounds')
    .description('one unit through self-assessment and appraisal: points per row in every round, the final points, over-scored rows, rows waiting for an explanation, points without evidence, late inputs')
    .requiredOption('-c, --criteria <file>', 'criteria set file (YAML or JSON)')
    .argument('<assessment>', 'assessment file with `rounds` (YAML or JSON)')
    .addOption(new Option('-f, --format <format>', 'output format (json: the rounds report, schema/rounds.schema.json)').choices(['table', 'json']).default('table'))
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of (default: none)', parseAsOf)
    .addHelpText('after', '\nFinal points per row: the last round that lists the row (appraisal 2, appraisal 1, self-assessment), else its rule.\nExit codes: 0 scored, 1 an invalid file or error issues in the final result, 2 bad usage or a path that cannot be read, 3 internal error.')
    .action((assessment: string, opts: Omit<RoundsArgs, 'assessment'>) => done(roundsCommand({ ...opts, assessment }, io)));

  program
    .command('rank')
    .description('score many units\' assessments and rank them by exact index (per criteria set), with bands, the mean and ranks per area')
    .requiredOption('-c, --criteria <sets...>', 'criteria set files (YAML or JSON); each assessment is matched by criteriaSet.id (and version)')
    .argument('[assessments...]', 'assessment files, or folders of *.yaml/*.yml/*.json assessments (criteria files in them are skipped); may follow the sets after --criteria')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--ties <method>', 'tied indices: competition 1, 2, 2, 4 or dense 1, 2, 2, 3').choices(['competition', 'dense']).default('competition'))
    .option('--together', 'rank units of different criteria sets together by index (default: within each set)')
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of (default: none)', parseAsOf)
    .option('-o, --out <file.xlsx>', 'also write the ranking workbook (summary + one score sheet per unit), only when every file scored without error')
    .option('--produced <YYYY-MM-DD>', 'date printed on the workbook and stored as its creation date (default: today)', parseAsOf)
    .addHelpText('after', '\nExit codes: 0 all ranked, 1 a file is invalid or scores with errors (the others are still ranked; no workbook written), 2 bad usage or a path that cannot be read or written.')
    .action(async (assessments: string[], opts: Omit<RankArgs, 'assessments'>) => done(await rankCommand({ ...opts, assessments }, io)));

  program
    .command('rules')
    .description('list the built-in rule kinds a criteria set may use')
    .action(() => done(rulesCommand(io)));
  registerCriteriaXlsx(program, io, done);
  registerTemplate(program, io, done);
  registerImport(program, io, done);

  program
    .command('whatif')
    .description('what-if: baseline against scenario files side by side (points, index, band, changed rows; ranks with several units), or --left: the points each unit leaves on the table')
    .requiredOption('-c, --criteria <file>', 'criteria set file (YAML or JSON)')
    .argument('<assessments...>', 'assessment files (YAML or JSON); with several, rank changes are shown')
    .option('-s, --scenario <files...>', 'scenario files (YAML or JSON); a scenario basedOn another needs that file too')
    .option('--left', 'points left on the table: every row below its maximum, the nearest metric change that earns more, the gap to each higher band')
    .addOption(new Option('-f, --format <format>', 'output format (json: schema/scenario-comparison.schema.json, or a list of points-left reports)').choices(['table', 'json']).default('table'))
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of (default: none)', parseAsOf)
    .option('-o, --out <file.xlsx>', 'also write the comparison workbook (baseline and scenarios side by side, one sheet per scenario), only when every unit scores without error')
    .option('--produced <YYYY-MM-DD>', 'date printed on the workbook and stored as its creation date (default: today)', parseAsOf)
    .addHelpText('after', '\nExamples:\n  parindex whatif -c examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --scenario examples/scenarios/online-payment-70.yaml\n  parindex whatif -c examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --left\nExit codes: 0 compared, 1 an invalid file, a scenario naming a metric, row, task or unit that does not exist, or a unit whose score has errors, 2 bad usage or a path that cannot be read.')
    .action(async (assessments: string[], opts: Omit<WhatifArgs, 'assessments'>) => done(await whatifCommand({ ...opts, assessments }, io)));

  program
    .command('plan')
    .description('target seeking: the cheapest metric changes that bring one unit to an index, a band or a rank, re-scored to prove it')
    .requiredOption('-c, --criteria <file>', 'criteria set file (YAML or JSON)')
    .argument('<assessment>', 'assessment file (YAML or JSON)')
    .requiredOption('-t, --target <target>', 'an index (90 or 92.5), a band label ("Xuất sắc"), or rank:N among --batch')
    .option('-l, --levers <file>', 'levers file: which metrics may move, their bounds and costs (default: every typed metric of a self-scored row, within its range, cost 1 per threshold crossed)')
    .option('-b, --batch <paths...>', 'the other units for a rank target: assessment files or folders')
    .addOption(new Option('-f, --format <format>', 'output format (json: the plan, TargetPlan)').choices(['table', 'json']).default('table'))
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of (default: none)', parseAsOf)
    .option('-o, --out <file.xlsx>', 'also write the plan as a workbook (the changes, their cost, the points they bring; the best plan when the target is unreachable)')
    .option('--produced <YYYY-MM-DD>', 'date printed on the workbook and stored as its creation date (default: today)', parseAsOf)
    .addHelpText('after', '\nExamples:\n  parindex plan -c examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --target "Xuất sắc"\n  parindex plan -c examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --target 95 --levers examples/targets/levers.yaml\n  parindex plan -c criteria/department-example/criteria.yaml examples/province-batch/so-tu-phap.yaml --target rank:3 --batch examples/province-batch\nExit codes: 0 the target is reached (or already met), 1 unreachable within the levers, or an invalid file or a unit whose score has errors, 2 bad usage or a path that cannot be read.')
    .action(async (assessment: string, opts: Omit<PlanTargetArgs, 'assessment'>) => done(await planTargetCommand({ ...opts, assessment }, io)));

  program
    .command('simulate')
    .description('Monte Carlo over uncertain inputs: each unit\'s index distribution (exact mean, P5/P50/P95), band chances and, for a batch, rank intervals; reproducible by seed')
    .requiredOption('-c, --criteria <sets...>', 'criteria set files (YAML or JSON); each assessment is matched by criteriaSet.id (and version)')
    .argument('[assessments...]', 'assessment files or folders; may follow the sets after --criteria')
    .requiredOption('-u, --uncertainty <file>', 'uncertainty file: a distribution per metric, for all units or per unit id, and per index part weight (YAML or JSON)')
    .option('-n, --draws <N>', 'number of draws (at most 1,000,000)', '1000')
    .option('--seed <S>', 'seed of the random generator (mulberry32): the same seed gives the same report', '1')
    .addOption(new Option('-f, --format <format>', 'output format (json: the simulation report)').choices(['table', 'json']).default('table'))
    .option('--as-of <YYYY-MM-DD>', 'date the data is as of (default: none)', parseAsOf)
    .addHelpText('after', '\nDrawn values are rounded to the nearest (counts to whole numbers, others to 2 decimals unless the distribution gives places) and kept in the metric\'s range, then scored exactly. Each unit draws from its own stream (seed and unit id): adding or removing units leaves the others\' draws as they were. Part weights are drawn once a draw and shared by every unit.\nExample:\n  parindex simulate -c examples/example-department-2025.yaml examples/so-tu-phap-2025.yaml --uncertainty examples/uncertainty/example.yaml --draws 2000 --seed 7\nExit codes: 0 simulated, 1 an invalid file or an uncertainty naming a metric, unit or part that does not exist, 2 bad usage or a path that cannot be read.')
    .action((assessments: string[], opts: Omit<SimulateArgs, 'assessments'>) => done(simulateCommand({ ...opts, assessments }, io)));
  return program;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code.
 * @example await run(['rules'], io) // 0
 */
export async function run(argv: readonly string[], io: Io, version: string): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, version, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    // Commander has already printed its one-line message (or the help).
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return reportError(e, io, program.opts<{ verbose?: boolean }>().verbose === true);
  }
}
