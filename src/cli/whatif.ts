/** `parindex whatif`: baseline against scenarios side by side, or (`--left`) the points each unit leaves on the table. */
import { compareScenarios, compilePlan, evaluate, formatIssues, locateIssues, parseAssessment, parseCriteriaSet, parseScenario, pointsLeft, type Assessment, type CriteriaSet, type Issue, type Scenario } from '../index.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { plural } from './format.js';
import type { Io } from './io.js';
import { reportWidth } from './report.js';
import { comparisonReport, pointsLeftReport } from './whatif-table.js';
import { scenarioWorkbook } from '../excel/scenario-workbook.js';
import { today, writeWorkbook } from './score.js';

export interface WhatifArgs {
  criteria: string;
  assessments: string[];
  scenario?: string[] | undefined;
  left?: boolean | undefined;
  format: 'table' | 'json';
  asOf?: string | undefined;
  /** Also write the comparison workbook here (xlsx). */
  out?: string | undefined;
  /** Date printed on the workbook (default: today). */
  produced?: string | undefined;
}

interface Loaded<T> {
  readonly file: string;
  readonly text: string;
  readonly value: T | undefined;
  readonly issues: readonly Issue[];
}

function load<T>(io: Io, files: readonly string[], what: string, parse: (text: string, o: { file: string }) => { ok: boolean; issues: Issue[]; value?: T }): Loaded<T>[] {
  return files.map((file) => {
    const text = io.readText(file, what);
    const r = parse(text, { file });
    return { file, text, value: r.ok ? r.value : undefined, issues: r.issues };
  });
}

/** Runs `whatif`; 1 when a file is invalid, a scenario names what does not exist, or a unit cannot be scored. */
export async function whatifCommand(args: WhatifArgs, io: Io): Promise<ExitCode> {
  const scenarioFiles = args.scenario ?? [];
  if (args.left === true && scenarioFiles.length > 0) throw new CliError(EXIT.usage, 'whatif: give either --scenario files or --left, not both');
  if (args.left === true && args.out !== undefined) throw new CliError(EXIT.usage, 'whatif: --out writes the scenario comparison; it does not go with --left');
  if (args.left !== true && scenarioFiles.length === 0) throw new CliError(EXIT.usage, 'whatif: give --scenario <files…> to compare, or --left for the points left on the table');
  const setText = io.readText(args.criteria, 'criteria file');
  const units = load<Assessment>(io, args.assessments, 'assessment file', parseAssessment);
  const scenarios = load<Scenario>(io, scenarioFiles, 'scenario file', parseScenario);
  const set = parseCriteriaSet(setText, { file: args.criteria });
  const bad = [...(set.ok ? [] : [{ file: args.criteria, issues: set.issues, what: 'criteria set' }]), ...units.filter((u) => !u.value).map((u) => ({ ...u, what: 'assessment' })), ...scenarios.filter((s) => !s.value).map((s) => ({ ...s, what: 'scenario' }))];
  if (!set.ok || bad.length > 0) {
    for (const b of bad) {
      io.err(`error: ${b.file}: invalid ${b.what} (${plural(b.issues.filter((i) => i.severity === 'error').length, 'error')}); nothing was compared`);
      io.err(formatIssues(b.issues));
    }
    return EXIT.data;
  }
  const assessments = units.map((u) => u.value!);
  const width = reportWidth(io.columns);
  if (args.left === true) {
    const left = assessments.map((a) => pointsLeft(set.value, a, { asOf: args.asOf }));
    io.out(args.format === 'json' ? JSON.stringify(left, null, 2) : left.map((l) => pointsLeftReport(l, width)).join('\n\n'));
    return baselineErrors(io, set.value, units, left.map((l) => l.standing.complete), args.asOf);
  }
  const files = Object.fromEntries(scenarios.map((s) => [s.value!.id, s.file]));
  const compared = compareScenarios(set.value, assessments, scenarios.map((s) => s.value!), { asOf: args.asOf, files });
  if (!compared.ok) {
    const located = scenarios.reduce<Issue[]>((issues, s) => locateIssues(issues, s.text, s.file), compared.issues);
    io.err(`error: the scenarios cannot be applied (${plural(located.filter((i) => i.severity === 'error').length, 'error')}); nothing was compared`);
    io.err(formatIssues(located));
    return EXIT.data;
  }
  io.out(args.format === 'json' ? JSON.stringify(compared.value, null, 2) : comparisonReport(compared.value, width));
  const code = baselineErrors(io, set.value, units, compared.value.baseline.map((b) => b.standing.complete), args.asOf);
  if (args.out !== undefined) {
    if (code !== EXIT.ok) io.err(`nothing was written to ${args.out}`);
    else await writeWorkbook(args.out, scenarioWorkbook(compared.value, { produced: args.produced ?? today() }), io);
  }
  return code;
}

/** A unit whose baseline has errors has no index to compare: print its errors, and exit 1. */
function baselineErrors(io: Io, set: CriteriaSet, units: readonly Loaded<Assessment>[], complete: readonly boolean[], asOf: string | undefined): ExitCode {
  const broken = units.filter((_, k) => complete[k] === false);
  for (const u of broken) {
    const errors = evaluate(compilePlan(set), u.value!, { asOf, file: u.file }).issues.filter((i) => i.severity === 'error');
    io.err(`error: ${u.file}: the unit's score has ${plural(errors.length, 'error')}, so it has no index`);
    io.err(formatIssues(locateIssues(errors, u.text, u.file)));
  }
  return broken.length > 0 ? EXIT.data : EXIT.ok;
}
