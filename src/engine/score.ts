/** The one-call API: validate, compile (cached), evaluate, and build the result. */
import { dataError } from '../errors.js';
import { checkAssessment } from '../load/assessment.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { ScoreResult } from '../schema/result.js';
import { compilePlan } from './compile.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import { checkEvaluateOptions } from './guards.js';
import { toResult } from './result.js';

export interface ScoreOptions extends EvaluateOptions {
  rules?: RuleRegistry;
}

/**
 * Scores one unit exactly, with a trace for every row.
 * @example scoreAssessment(set, assessment, { asOf: '2025-12-31' }).index // '87.5'
 * @throws ParIndexError: `invalid-data` for an invalid set or assessment shape, `usage` for bad options.
 */
export function scoreAssessment(set: CriteriaSet, assessment: Assessment, options: ScoreOptions = {}): ScoreResult {
  checkEvaluateOptions('scoreAssessment', options);
  const plan = compilePlan(set, options.rules);
  const checked = checkAssessment(assessment, options.file === undefined ? {} : { file: options.file });
  if (!checked.ok) throw dataError(options.file ?? 'assessment', checked.issues);
  return toResult(evaluate(plan, checked.value, options));
}
