/** The generators themselves: every set they make is valid, every assessment fits its set. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAssessment, checkCriteriaSet, formatIssues } from '../../src/index.js';
import { scenario, setModel } from '../support/arbitraries.js';

describe('generated criteria sets and assessments', () => {
  it('every generated criteria set is valid, without warnings', () => {
    fc.assert(
      fc.property(setModel, (m) => {
        const checked = checkCriteriaSet(m.set);
        expect(checked.ok, formatIssues(checked.issues)).toBe(true);
        expect(formatIssues(checked.issues)).toBe('');
      }),
      { numRuns: 150 },
    );
  });

  it('every generated assessment has the right shape', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const checked = checkAssessment(s.assessment);
        expect(checked.ok, formatIssues(checked.issues)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
