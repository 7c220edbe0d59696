/**
 * One unit through the appraisal workflow: the points the rules give, each round
 * present (self-assessment, appraisal 1, appraisal 2) and the final points, with
 * the rows the unit over-scored, the rows waiting for an explanation or a second
 * look, the rows claiming points without evidence, and inputs dated late.
 */
import { Decimal } from '../decimal.js';
import { dataError, formatPath, type Issue } from '../errors.js';
import { checkAssessment } from '../load/assessment.js';
import { compilePlan } from '../engine/compile.js';
import { ROUND_LABELS, ROUND_NAMES, stageOf } from '../engine/entered.js';
import { evaluate, type Evaluation } from '../engine/evaluate.js';
import { checkEvaluateOptions } from '../engine/guards.js';
import { toResult } from '../engine/result.js';
import type { ScoreOptions } from '../engine/score.js';
import { rationalText } from '../engine/rational.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { ROUNDS_SCHEMA_VERSION, type OverScored, type RoundName, type RoundsReport, type RoundsRow, type RoundTotal, type WithoutEvidence } from '../schema/rounds.js';
import { lateInputs } from './late-inputs.js';
import { own, roundRows, type RoundEvaluations } from './round-rows.js';

export type RoundsOptions = Omit<ScoreOptions, 'round'>;

function total(round: RoundTotal['round'], date: string | undefined, e: Evaluation): RoundTotal {
  return {
    round,
    date: date ?? null,
    complete: e.complete,
    points: e.points?.toString() ?? null,
    applicableMaxPoints: e.applicableMax.toString(),
    index: e.indexFraction === null ? null : rationalText(e.indexFraction),
    band: e.band,
  };
}

/** Leaves where the unit gave itself more than the final points, largest first (ties in row order). */
function overScored(rows: readonly RoundsRow[]): OverScored[] {
  return rows
    .filter((r) => r.leaf && r.status === 'over-scored')
    .map((r) => {
      const self = (r.self ?? r.rules)!;
      return { code: r.code, name: r.name, self, final: r.final!, by: new Decimal(self).minus(r.final!).abs().toString() };
    })
    .sort((x, y) => new Decimal(y.by).cmp(x.by));
}

/** Leaves scored by the unit that claim points (self > 0) with no evidence document; bonus items too, penalties claim nothing. */
function withoutEvidence(rows: readonly RoundsRow[]): WithoutEvidence[] {
  return rows
    .filter((r) => r.leaf && r.kind !== 'penalty' && r.scoredBy === 'self' && r.status !== 'not-applicable' && r.evidence.length === 0)
    .filter((r) => {
      const claimed = r.self ?? r.rules;
      return claimed !== null && !new Decimal(claimed).isZero();
    })
    .map((r) => ({ code: r.code, name: r.name, claimed: (r.self ?? r.rules)!, explained: r.note !== null }));
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.path ?? ''}\u0000${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Scores every round of one unit and compares them.
 * Round issues (points above maximum, off step, on a parent) are errors of the round
 * that has them; the report lists the issues of every round and of the final scoring.
 * @example scoreRounds(set, assessment).overScored // [{ code: '2.1.1', self: '1', final: '0.5', by: '0.5', … }]
 * @throws ParIndexError: `invalid-data` for an invalid set or assessment shape, `usage` for bad options.
 */
export function scoreRounds(set: CriteriaSet, assessment: Assessment, options: RoundsOptions = {}): RoundsReport {
  checkEvaluateOptions('scoreRounds', options);
  const plan = compilePlan(set, options.rules);
  const checked = checkAssessment(assessment, options.file === undefined ? {} : { file: options.file });
  if (!checked.ok) throw dataError(options.file ?? 'assessment', checked.issues);
  const a = checked.value;
  const base = { ...(options.asOf !== undefined && { asOf: options.asOf }), ...(options.missingInput !== undefined && { missingInput: options.missingInput }), ...(options.file !== undefined && { file: options.file }) };
  const stage = stageOf(a);
  const present = ROUND_NAMES.filter((r) => a.rounds?.[r] !== undefined);
  const rounds: Partial<Record<RoundName, Evaluation>> = {};
  for (const r of present) rounds[r] = evaluate(plan, a, { ...base, round: r });
  const final = stage === 'rules' ? evaluate(plan, a, base) : rounds[stage]!;
  const ev: RoundEvaluations = { rules: stage === 'rules' ? final : evaluate(plan, a, { ...base, round: 'rules' }), rounds, final };
  const rows = roundRows(ev, stage === 'rules' ? undefined : stage);

  const issues: Issue[] = [...present.flatMap((r) => rounds[r]!.issues), ...final.issues];
  const at = (path: PropertyKey[], code: string, message: string, severity: Issue['severity'], nodeCode?: string) =>
    issues.push({ code, severity, message, path: formatPath(path), ...(options.file !== undefined && { file: options.file }), ...(nodeCode !== undefined && { nodeCode }) });

  const required = a.rounds?.appraisal1?.explanationRequired ?? [];
  const explained = a.rounds?.explanation?.rows ?? {};
  const waitingForExplanation = required.filter((c) => !Object.hasOwn(explained, c));
  const waitingForReappraisal = Object.keys(explained).filter((c) => own(a.rounds?.appraisal2?.points, c) === undefined);
  for (const c of waitingForExplanation) at(['rounds', 'appraisal1', 'explanationRequired', required.indexOf(c)], 'EXPLANATION_PENDING', `row ${c}: appraisal 1 asks for an explanation; none given yet`, 'warning', c);
  for (const c of waitingForReappraisal) at(['rounds', 'explanation', 'rows', c], 'REAPPRAISAL_PENDING', `row ${c}: explained, not yet scored in appraisal 2`, 'info', c);

  const missing = withoutEvidence(rows);
  for (const m of missing) {
    if (!m.explained) at(['evidence', m.code], 'EVIDENCE_MISSING', `row ${m.code} claims ${m.claimed} points with no evidence document and no note explaining why`, 'warning', m.code);
  }
  const late = lateInputs(plan.set, a);
  for (const l of late) {
    const what = l.phase === 'evidence' ? `evidence for row ${l.code} is dated ${l.date}` : `${l.phase === 'explanation' ? 'the explanation' : ROUND_LABELS[l.phase]} is dated ${l.date}`;
    at(l.phase === 'evidence' ? ['evidence', l.code!] : ['rounds', l.phase, 'date'], 'INPUT_LATE', `${what}, ${l.daysLate} day(s) after its phase closed (${l.due})`, 'warning', l.code ?? undefined);
  }
  const byCode = new Map(rows.map((x) => [x.code, x]));
  for (const r of present) {
    for (const code of Object.keys(a.rounds![r]!.points)) {
      const row = byCode.get(code);
      if (row?.status === 'not-applicable') at(['rounds', r, 'points', code], 'POINTS_NOT_APPLICABLE', `${ROUND_LABELS[r]}: row ${code} does not apply to this unit; its points are ignored`, 'warning', code);
    }
  }

  const { unit } = a;
  return {
    schemaVersion: ROUNDS_SCHEMA_VERSION,
    unit: { id: unit.id, name: unit.name, type: unit.type ?? null, level: unit.level },
    criteriaSet: { id: plan.set.id, version: plan.set.version },
    year: a.year,
    stage,
    rounding: { points: plan.set.rounding.points, index: plan.set.rounding.index },
    totals: [total('rules', undefined, ev.rules), ...present.map((r) => total(r, a.rounds![r]!.date, rounds[r]!)), total('final', undefined, final)],
    rows,
    overScored: overScored(rows),
    waitingForExplanation,
    waitingForReappraisal,
    withoutEvidence: missing,
    late,
    final: toResult(final),
    issues: dedupe(issues),
  };
}
