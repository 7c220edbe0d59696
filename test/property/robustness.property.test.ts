/**
 * f. No input, however wrong, makes a public function throw anything but a
 * ParIndexError: bad data is reported as issues, misuse as a usage error.
 * One test per function, so a failure names the function at fault.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAssessment, checkCriteriaSet, compilePlan, evaluate, ParIndexError, parseAssessment, parseCriteriaSet,
  applyScenario, checkPlan, checkScenario, compareScenarios, diffSets, parseDueTime, parseLevers, parsePlan, planCompletion, rankUnits, reportingPeriods, scoreRounds, parseUncertainty, pointsLeft, scoreAssessment, seekTarget, serializeAssessment, serializeCriteriaSet, simulate,
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

/** Uncertainty files: junk, near-misses of a valid one over the set's own metrics, and random distributions. */
const distribution = fc.oneof(
  junk,
  fc.record({ uniform: fc.record({ min: fc.constantFrom('0', '-5', '50', 'x'), max: fc.constantFrom('1', '100', '1e3') }), relative: fc.boolean(), places: fc.oneof(fc.integer({ min: -1, max: 7 }), junk) }, { requiredKeys: ['uniform'] }),
  fc.record({ normal: fc.record({ mean: fc.constantFrom('0', '50'), sd: fc.constantFrom('0', '3', '-1') }) }),
  fc.record({ probability: fc.constantFrom('0', '0.5', '1', '2') }),
);
const uncertainty = (set: unknown) => {
  const metrics = Object.keys((set as { metrics?: object }).metrics ?? {});
  const name = metrics.length > 0 ? fc.constantFrom(...metrics, 'nope') : fc.constant('nope');
  const valid = fc.record({ metrics: fc.dictionary(name, distribution, { maxKeys: 3 }), units: fc.dictionary(fc.constantFrom('u1', 'ghost'), fc.dictionary(name, distribution, { maxKeys: 2 }), { maxKeys: 1 }), weights: fc.dictionary(fc.constantFrom('self', 'survey', 'p1'), distribution, { maxKeys: 2 }) }, { requiredKeys: [] });
  return fc.oneof(junk, valid, valid.chain((v) => nearly(v)));
};

/** Simulation options: anything, except that a draw count is small or not a number (a junk number could ask for 900,000 draws, and no count means 1,000). */
const notNumber = junk.filter((v) => typeof v !== 'number');
const simulateOptions = fc.oneof(
  notNumber,
  fc.record({ draws: fc.oneof(fc.integer({ min: -2, max: 20 }), notNumber), seed: junk, rankInterval: junk, top: junk, asOf: junk, rules: junk }, { requiredKeys: ['draws'] }),
);

describe('f. robustness: only ParIndexError escapes', () => {
  it('parseCriteriaSet', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => parseCriteriaSet(x.text as Any, x.options as Any))));
  });

  it('checkCriteriaSet', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => checkCriteriaSet(x.set, x.options as Any))));
  });

  it('parseAssessment', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => parseAssessment(x.text as Any, x.options as Any))));
  });

  it('checkAssessment', () => {
    fc.assert(fc.property(inputs, (x) => onlyParIndexError(() => checkAssessment(x.assessment, x.options as Any))));
  });

  it('compilePlan', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        onlyParIndexError(() => compilePlan(x.set as Any));
        onlyParIndexError(() => compilePlan(x.valid.set, x.options as Any));
      }),
    );
  });

  it('evaluate', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const plan = compilePlan(x.valid.set);
        onlyParIndexError(() => evaluate(plan, x.assessment as Any, x.options as Any));
        onlyParIndexError(() => evaluate(x.set as Any, x.valid.assessment));
      }),
    );
  });

  it('parseUncertainty and simulate', () => {
    fc.assert(
      fc.property(inputs.chain((x) => fc.record({ x: fc.constant(x), u: uncertainty(x.valid.set), o: simulateOptions })), ({ x, u, o }) => {
        onlyParIndexError(() => parseUncertainty(x.text as Any, x.options as Any));
        onlyParIndexError(() => simulate(x.valid.set, [x.valid.assessment, x.valid.assessment], u as Any, o as Any));
        onlyParIndexError(() => simulate(x.set as Any, [x.valid.assessment], { metrics: {} }, { draws: 3 }));
        onlyParIndexError(() => simulate(x.valid.set, x.assessment as Any, { metrics: {} }, { draws: 3 }));
      }),
    );
  });

  it('checkScenario, applyScenario, compareScenarios, pointsLeft and seekTarget', () => {
    const change = fc.oneof({ arbitrary: junk, weight: 1 }, { arbitrary: fc.record({ set: fc.constantFrom('0', '50', '100', '2025-03-01', 'x') }), weight: 4 }, { arbitrary: fc.record({ add: fc.constantFrom('1', '-200', 'x') }), weight: 4 });
    const scenarioOf = (set: unknown, codes: string[]) => {
      const metrics = Object.keys((set as { metrics?: object }).metrics ?? {});
      const name = fc.constantFrom(...metrics, 'nope');
      const code = fc.constantFrom(...codes, 'nope');
      const valid = fc.record({
        id: fc.constantFrom('s1', 's2'),
        basedOn: fc.constantFrom('s1', 's2', 'nope'),
        metrics: fc.dictionary(name, change, { maxKeys: 3 }),
        notApplicable: fc.dictionary(code, fc.constant('lý do'), { maxKeys: 1 }),
        criteria: fc.record({ rows: fc.dictionary(code, fc.record({ maxPoints: fc.constantFrom('0', '1', '-1', '99') }, { requiredKeys: [] }), { maxKeys: 2 }) }, { requiredKeys: [] }),
      }, { requiredKeys: ['id'] });
      return fc.oneof({ arbitrary: junk, weight: 1 }, { arbitrary: valid, weight: 4 }, { arbitrary: valid.chain((v) => nearly(v)), weight: 2 });
    };
    const target = fc.oneof(junk, fc.record({ index: fc.oneof(fc.constantFrom('50', '99.5', '101', 'x'), junk) }), fc.record({ band: junk }), fc.record({ rank: fc.oneof(fc.integer({ min: -1, max: 3 }), junk), among: junk }));
    fc.assert(
      fc.property(
        inputs.chain((x) => {
          const codes = [...JSON.stringify(x.valid.set).matchAll(/"code":"([^"]+)"/g)].map((m) => m[1]!);
          return fc.record({ x: fc.constant(x), raw: scenarioOf(x.valid.set, codes), target, options: junk });
        }),
        ({ x, raw, target: t, options: o }) => {
          const { set, assessment } = x.valid;
          onlyParIndexError(() => checkScenario(raw));
          const checked = checkScenario(raw);
          const scenarios = checked.ok ? [checked.value] : [];
          onlyParIndexError(() => applyScenario(set, assessment, raw as Any, scenarios, o as Any));
          if (checked.ok) onlyParIndexError(() => applyScenario(set, assessment, checked.value, scenarios));
          onlyParIndexError(() => compareScenarios(set, [assessment, x.assessment as Any], scenarios, o as Any));
          onlyParIndexError(() => pointsLeft(set, x.assessment as Any, o as Any));
          onlyParIndexError(() => seekTarget(set, assessment, t as Any, { levers: o as Any }));
        },
      ),
    );
  });

  it('scoreRounds, rankUnits, parsePlan, checkPlan, planCompletion, parseDueTime, parseLevers, reportingPeriods and diffSets', () => {
    fc.assert(
      fc.property(inputs, junk, junk, (x, j, k) => {
        const { set, assessment } = x.valid;
        onlyParIndexError(() => scoreRounds(set, x.assessment as Any, x.options as Any));
        onlyParIndexError(() => scoreRounds(x.set as Any, assessment));
        onlyParIndexError(() => rankUnits(j as Any, k as Any));
        onlyParIndexError(() => rankUnits([{ evaluation: evaluate(compilePlan(set), assessment), file: j } as Any], k as Any));
        onlyParIndexError(() => parsePlan(x.text as Any, x.options as Any));
        onlyParIndexError(() => checkPlan(j, x.options as Any));
        onlyParIndexError(() => planCompletion(j as Any, k as Any));
        onlyParIndexError(() => planCompletion({ year: 2025, tasks: [] }, { asOf: '2025-12-31', done: j } as Any));
        onlyParIndexError(() => parseDueTime(j as Any, k as Any));
        onlyParIndexError(() => parseLevers(x.text as Any, x.options as Any));
        onlyParIndexError(() => reportingPeriods(j as Any, k as Any));
        onlyParIndexError(() => diffSets(set, x.set as Any));
        onlyParIndexError(() => diffSets(j as Any, set));
      }),
    );
  });

  it('scoreAssessment', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        onlyParIndexError(() => scoreAssessment(x.set as Any, x.valid.assessment));
        onlyParIndexError(() => scoreAssessment(x.valid.set, x.assessment as Any, x.options as Any));
      }),
    );
  });
});
