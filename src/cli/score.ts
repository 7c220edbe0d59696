/** `parindex score`: load a criteria set and an assessment, score, print a table or the JSON result. */
import { format } from 'date-fns';
import type { Workbook } from 'exceljs';
import { formatIssues, locateIssues, parseAssessment, parseCriteriaSet, scoreAssessment, scoreRounds, stageOf, type Issue } from '../index.js';
import { scoreSheet } from '../excel/score-sheet.js';
import { EXIT, type ExitCode } from './exit.js';
import { plural } from './format.js';
import { writeFileAtomic, type Io } from './io.js';
import { reportWidth, scoreReport } from './report.js';

export interface ScoreArgs {
  criteria: string;
  assessment: string;
  format: 'table' | 'json';
  asOf?: string | undefined;
  missing: 'report' | 'zero';
  /** Also write the unit's score sheet here (xlsx), only when the result has no error. */
  out?: string | undefined;
  /** Date printed on the workbook (default: today). */
  produced?: string | undefined;
}

/** Runs `score`; returns 1 when a file is invalid or the result has error issues (then no workbook is written). */
export async function scoreCommand(args: ScoreArgs, io: Io): Promise<ExitCode> {
  // Read both files first: a wrong path is a usage error whatever the other file holds.
  const criteriaText = io.readText(args.criteria, 'criteria file');
  const assessmentText = io.readText(args.assessment, 'assessment file');
  const set = parseCriteriaSet(criteriaText, { file: args.criteria });
  const assessment = parseAssessment(assessmentText, { file: args.assessment });
  if (!set.ok || !assessment.ok) {
    // Report both files at once, so one run shows everything to fix.
    if (!set.ok) invalid(io, args.criteria, 'criteria set', set.issues);
    if (!assessment.ok) invalid(io, args.assessment, 'assessment', assessment.issues);
    return EXIT.data;
  }
  printWarnings(io, [...set.issues, ...assessment.issues]);

  const scored = scoreAssessment(set.value, assessment.value, {
    asOf: args.asOf,
    missingInput: args.missing,
    file: args.assessment,
  });
  // Scoring sees data, not text: put the assessment file's lines on its issues.
  const result = { ...scored, issues: locateIssues(scored.issues, assessmentText, args.assessment) };
  const stage = stageOf(assessment.value);
  const roundLine = stage === 'rules' ? [] : [`Điểm: vòng ${STAGE_NAME[stage]} (vòng cuối trong tệp; từng vòng: parindex rounds)`];
  io.out(args.format === 'json' ? JSON.stringify(result, null, 2) : scoreReport(result, set.value, reportWidth(io.columns), roundLine));
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors === 0) {
    if (args.out !== undefined) {
      const report = scoreRounds(set.value, assessment.value, { asOf: args.asOf, missingInput: args.missing, file: args.assessment });
      await writeWorkbook(args.out, scoreSheet(report, { set: set.value, produced: args.produced ?? today() }), io);
    }
    return EXIT.ok;
  }
  io.err(`error: ${args.assessment}: ${plural(errors, 'error')} in the result; ${result.index === null ? 'no index was computed' : 'the index may be wrong'}`);
  if (args.out !== undefined) io.err(`nothing was written to ${args.out}`);
  return EXIT.data;
}

const STAGE_NAME = { self: 'tự đánh giá', appraisal1: 'thẩm định lần 1', appraisal2: 'thẩm định lần 2' } as const;

/** The day printed on a workbook: the CLI may read the clock, the library never does. */
export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** Writes a workbook through a temporary file and a rename: never half a file. Says so on stderr (stdout holds the report). */
export async function writeWorkbook(out: string, workbook: Workbook, io: Io): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileAtomic(out, new Uint8Array(buffer));
  io.err(`wrote ${out}`);
}

function invalid(io: Io, file: string, what: string, issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error').length;
  io.err(`error: ${file}: invalid ${what} (${plural(errors, 'error')}); nothing was scored`);
  io.err(formatIssues(issues));
}

/** Warnings of files that loaded: shown, never fatal. */
function printWarnings(io: Io, issues: readonly Issue[]): void {
  if (issues.length > 0) io.err(formatIssues(issues));
}
