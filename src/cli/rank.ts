/** `parindex rank`: score many assessments against their criteria sets and rank them by exact index. */
import { compilePlan, evaluate, formatIssues, locateIssues, rankUnits, scoreRounds, type CriteriaSet, type Issue, type RankEntry, type RoundsReport } from '../index.js';
import { rankingWorkbook } from '../excel/ranking-workbook.js';
import { parseText, resolveFile } from './criteria-files.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { plural } from './format.js';
import type { Io } from './io.js';
import { expandInputs, loadUnit, splitPaths } from './rank-files.js';
import { rankReport } from './rank-table.js';
import { today, writeWorkbook } from './score.js';

export interface RankArgs {
  criteria: string[];
  assessments: string[];
  format: 'table' | 'json';
  ties: 'competition' | 'dense';
  together?: boolean | undefined;
  asOf?: string | undefined;
  /** Also write the ranking workbook here (xlsx), only when every file scored without error. */
  out?: string | undefined;
  /** Date printed on the workbook (default: today). */
  produced?: string | undefined;
}

/** Files beyond which a progress line is shown on a terminal. */
const PROGRESS_FROM = 200;

/**
 * Runs `rank`; returns 1 when any file is invalid or scores with error issues (the others are still ranked, no workbook written).
 * Synchronous unless `out` asks for a workbook.
 */
export function rankCommand(args: RankArgs, io: Io): ExitCode | Promise<ExitCode> {
  const paths = splitPaths(args.criteria, args.assessments, io);
  if (paths.assessments.length === 0) throw new CliError(EXIT.usage, 'rank needs assessment files or folders after the criteria sets');
  const sets = loadSets(paths.criteria, io);
  if (sets === undefined) return EXIT.data;
  const inputs = expandInputs(paths.assessments, io);
  if (inputs.length === 0) {
    io.err('error: no assessment files (*.yaml, *.yml, *.json) were found');
    return EXIT.data;
  }
  const progress = io.errIsTTY === true && io.status !== undefined && inputs.length > PROGRESS_FROM ? io.status.bind(io) : undefined;
  const entries: RankEntry[] = [];
  const problems: Issue[] = [];
  const reports: RoundsReport[] = [];
  let bad = 0;
  inputs.forEach(({ file, text }, k) => {
    if (progress && k % 50 === 0) progress(`Đang chấm điểm ${k}/${inputs.length} tệp…`);
    const unit = loadUnit(file, text, sets);
    if (!unit.ok) {
      bad += 1;
      problems.push(...unit.issues);
      return;
    }
    const evaluation = evaluate(compilePlan(unit.set), unit.assessment, { asOf: args.asOf, file });
    const errors = evaluation.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      bad += 1;
      problems.push(...locateIssues(errors, text, file));
    }
    entries.push({ evaluation, label: file });
    if (args.out !== undefined) reports.push(scoreRounds(unit.set, unit.assessment, { asOf: args.asOf, file }));
  });
  progress?.('');
  // Groups follow the order of --criteria; within a set, the files' order.
  const setOrder = (e: RankEntry) => sets.findIndex((s) => s.id === e.evaluation.plan.set.id);
  entries.sort((a, b) => setOrder(a) - setOrder(b));
  const ranking = rankUnits(entries, { ties: args.ties, groupBy: args.together === true ? 'none' : 'set' });
  const titles = new Map(sets.map((s) => [s.id, s.title]));
  io.out(args.format === 'json' ? JSON.stringify(ranking, null, 2) : rankReport(ranking, titles));
  if (bad === 0) return args.out === undefined ? EXIT.ok : writeWorkbook(args.out, rankingWorkbook(ranking, reports, { sets, produced: args.produced ?? today() }), io).then(() => EXIT.ok);
  io.err(formatIssues(problems));
  io.err(`error: ${plural(bad, 'file')} of ${inputs.length} could not be scored completely; the others are ranked${args.out === undefined ? '' : `; nothing was written to ${args.out}`}`);
  return EXIT.data;
}

/** Loads every criteria file (editions resolved against the others); prints their errors and returns undefined when one is invalid. */
function loadSets(files: readonly string[], io: Io): CriteriaSet[] | undefined {
  const texts = files.map((f) => parseText(f, io.readText(f, 'criteria file')));
  const resolved = texts.map((t) => resolveFile(t, texts));
  const failed = resolved.filter((r) => !r.loaded.ok);
  for (const r of failed) {
    io.err(`error: ${r.file}: invalid criteria set; nothing was ranked`);
    io.err(formatIssues(r.loaded.issues.filter((i) => i.severity === 'error')));
  }
  if (failed.length > 0) return undefined;
  return resolved.flatMap((r) => (r.loaded.ok ? [r.loaded.value] : []));
}
