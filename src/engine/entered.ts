/**
 * Points entered in the rounds (self-assessment, appraisal 1, appraisal 2):
 * which value each row takes when a round is scored, and the check of that value.
 * A round lists the rows it scores; a row it does not list keeps the value of the
 * round before it, and a row no round lists is scored by its rule.
 */
import { Decimal, DECIMAL_PATTERN } from '../decimal.js';
import { exact } from '../exact.js';
import { type Verdict } from '../rules/types.js';
import { unitsOf, fromUnits } from '../rules/units.js';
import type { Assessment } from '../schema/assessment.js';
import type { RoundName, Stage } from '../schema/rounds.js';
import type { PlanNode } from './compile.js';
import type { RowEnv } from './row-env.js';

/** Which points to score: the rules only, one round (with the rounds before it), or the last round present. */
export type RoundChoice = 'rules' | RoundName | 'final';

export const ROUND_NAMES: readonly RoundName[] = ['self', 'appraisal1', 'appraisal2'];

/** How rounds are named in traces and messages. */
export const ROUND_LABELS: Readonly<Record<RoundName, string>> = { self: 'self-assessment', appraisal1: 'appraisal 1', appraisal2: 'appraisal 2' };

/** A row's entered value and the round it comes from. */
export interface Entered {
  readonly value: string;
  readonly round: RoundName;
}

/**
 * The last round present in the assessment, or `rules` when it has none.
 * @example stageOf({ ...a, rounds: { self: { points: {}, notes: {} } } }) // 'self'
 */
export function stageOf(a: Pick<Assessment, 'rounds'>): Stage {
  const r = a.rounds;
  return r?.appraisal2 ? 'appraisal2' : r?.appraisal1 ? 'appraisal1' : r?.self ? 'self' : 'rules';
}

/**
 * Entered points per row code for `round`: each row's value from the latest round
 * up to `round` that lists it. Undefined when no round up to `round` enters points.
 * @example enteredPoints(a, 'appraisal1')?.get('1.1.1') // { value: '0.5', round: 'appraisal1' }
 */
export function enteredPoints(a: Pick<Assessment, 'rounds'>, round: RoundChoice): ReadonlyMap<string, Entered> | undefined {
  const rounds = a.rounds;
  if (!rounds || round === 'rules') return undefined;
  const last = round === 'final' ? stageOf(a) : round;
  let out: Map<string, Entered> | undefined;
  for (const name of ROUND_NAMES) {
    const points = rounds[name]?.points;
    if (points) for (const code of Object.keys(points)) (out ??= new Map()).set(code, { value: points[code]!, round: name });
    if (name === last) break;
  }
  return out;
}

/** Path of a round's points, for issues: `rounds.appraisal1.points`. */
export const roundPointsPath = (round: RoundName) => `rounds.${round}.points`;

/**
 * Scores a row from its entered value: a decimal in [0, maximum], a multiple of the
 * row's step. Anything else makes the row invalid (POINTS_INVALID, POINTS_ABOVE_MAX,
 * POINTS_NEGATIVE, POINTS_OFF_STEP) at `rounds.<round>.points.<code>`.
 */
export function scoreEntered(node: PlanNode, env: RowEnv, e: Entered): Verdict {
  const raw = e.value;
  const where = roundPointsPath(e.round);
  const label = ROUND_LABELS[e.round];
  env.input(e.round, raw);
  if (typeof raw !== 'string' || !DECIMAL_PATTERN.test(raw)) return env.invalid('POINTS_INVALID', `${label}: "${String(raw)}" is not a decimal number`, where);
  // Whole micro-points in the common case; Decimal only for finer values.
  const u = raw.startsWith('-') ? undefined : unitsOf(raw);
  const maxUnits = node.max.units;
  if (u !== undefined && maxUnits !== undefined) {
    if (u > maxUnits) return env.invalid('POINTS_ABOVE_MAX', `${label}: ${raw} is above the maximum ${node.maxText}`, where);
    const stepUnits = node.step === undefined ? 0 : unitsOf(node.step);
    if (stepUnits !== undefined) {
      if (stepUnits > 0 && u % stepUnits !== 0) return env.invalid('POINTS_OFF_STEP', `${label}: ${raw} is not a multiple of the step ${node.step}`, where);
      return env.scored(fromUnits(u), env.tracing && `${label}: ${raw}`);
    }
  }
  const v = new Decimal(raw);
  if (v.isNeg() && !v.isZero()) return env.invalid('POINTS_NEGATIVE', `${label}: ${raw} is below 0`, where);
  if (v.gt(node.max.dec)) return env.invalid('POINTS_ABOVE_MAX', `${label}: ${raw} is above the maximum ${node.maxText}`, where);
  if (node.step !== undefined && !new Decimal(node.step).isZero() && !v.mod(node.step).isZero()) {
    return env.invalid('POINTS_OFF_STEP', `${label}: ${raw} is not a multiple of the step ${node.step}`, where);
  }
  return env.scored(exact(v.abs()), env.tracing && `${label}: ${raw}`);
}
