/** The model behind generated sets: what assessments and properties need to know about each metric. */
import type { AssessmentInput } from '../../src/schema/assessment.js';
import type { CriteriaSetInput } from '../../src/schema/criteria-set.js';
import type { MetricDraft } from './rule-arbitraries.js';

export const LEVELS = ['province', 'district', 'commune'] as const;
export const UNIT_TYPES = ['so', 'xa', 'phuong'] as const;

/** What the assessment generator and the properties need to know about a metric. */
export interface MetricModel {
  readonly id: string;
  readonly def: MetricDraft['def'];
  /** Effective numeric bounds (defaults applied); max undefined when open. */
  readonly min: string | undefined;
  readonly max: string | undefined;
  readonly interesting: readonly string[];
  readonly capBy: string | undefined;
}

export interface SetModel {
  readonly set: CriteriaSetInput;
  readonly metrics: readonly MetricModel[];
  readonly manual: readonly { code: string; max: string; step: string | undefined }[];
  readonly naAllowed: readonly string[];
  readonly hasAdjustments: boolean;
  readonly hasParts: boolean;
}

export interface Scenario {
  readonly model: SetModel;
  readonly set: CriteriaSetInput;
  readonly assessment: AssessmentInput;
}

