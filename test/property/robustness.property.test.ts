/**
 * f. No input, however wrong, makes a public function throw anything but a
 * ParIndexError: bad data is reported as issues, misuse as a usage error.
 * One test per function, so a failure names the function at fault.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAssessment, checkCriteriaSet, compilePlan, evaluate, ParIndexError, parseAssessment, parseCriteriaSet,
  scoreAssessment, serializeAssessment, serializeCriteriaSet,
} from '../../src/index.js';
import { scenario } from '../support/arbitraries.js';
import { junk, nearly, nearlyText } from '../support/mutations.js';
import { load } from '../support/results.js';

/** Runs `fn`; anything thrown must be a ParIndexError. */
function onlyParIndexError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParIndexError) return;
    expect.fail(`threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : typeof e}`);
  }
}

// The casts are the point: these calls pass what the types forbid.
type Any = never;
const options = fc.oneof(fc.constant(undefined), junk, fc.record({ asOf: junk, missingInput: junk, file: junk, rules: junk }, { requiredKeys: [] }));

/** A valid scenario with a near-miss set, assessment, file text and options. */
const inputs = scenario.chain((s) => {
  const { set, assessment } = load(s);
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    junk,
    fc.constantFrom('yaml' as const, 'json' as const).chain((f) => nearlyText(serializeCriteriaSet(set, f))),
    fc.constantFrom('yaml' as const, 'json' as const).chain((f) => nearlyText(serializeAssessment(assessment, f))),
  );
  return fc.record({
    set: fc.oneof(nearly(s.set), fc.constant(s.set), junk),
    assessment: fc.oneof(nearly(s.assessment), fc.constant(assessment), junk),
    text,
    options,
    valid: fc.constant({ set, assessment }),
  });
});

describe('f. robustness: only ParIndexError escapes', () => {
  it('parseCriteriaSet', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => parseCriteriaSet(x.text as Any, x.options as Any))), { numRuns: 100 });
  });

  it('checkCriteriaSet', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => checkCriteriaSet(x.set, x.options as Any))), { numRuns: 100 });
  });

  it('parseAssessment', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => parseAssessment(x.text as Any, x.options as Any))), { numRuns: 100 });
  });

  it('checkAssessment', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => checkAssessment(x.assessment, x.options as Any))), { numRuns: 100 });
  });

  it('compilePlan', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        onlyParIndexError(() => compilePlan(x.set as Any));
        onlyParIndexError(() => compilePlan(x.valid.set, x.options as Any));
      }),
      { numRuns: 100 },
    );
  });

  it('evaluate', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const plan = compilePlan(x.valid.set);
        onlyParIndexError(() => evaluate(plan, x.assessment as Any, x.options as Any));
        onlyParIndexError(() => evaluate(x.set as Any, x.valid.assessment));
      }),
      { numRuns: 100 },
    );
  });

  it('scoreAssessment', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        onlyParIndexError(() => scoreAssessment(x.set as Any, x.valid.assessment));
        onlyParIndexError(() => scoreAssessment(x.valid.set, x.assessment as Any, x.options as Any));
      }),
      { numRuns: 100 },
    );
  });
});
