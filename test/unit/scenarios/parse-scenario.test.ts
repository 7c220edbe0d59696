import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyScenario, checkScenario, formatIssue, locateIssues, parseScenario } from '../../../src/index.js';
import { loadSet, loadUnit } from './support.js';

const DIR = 'test/unit/scenarios/fixtures/broken';
const lines = (name: string) => {
  const file = `${DIR}/${name}`;
  const r = parseScenario(readFileSync(file, 'utf8'), { file });
  expect(r.ok).toBe(false);
  return r.issues.map(formatIssue);
};

describe('parseScenario', () => {
  it('reads the example scenarios', () => {
    for (const name of ['online-payment-70', 'plan-on-time', 'both']) {
      const r = parseScenario(readFileSync(`examples/scenarios/${name}.yaml`, 'utf8'));
      expect(r.ok && r.value.id).toBe(name);
    }
  });

  it.each([
    ['unknown-key.yaml', [`${DIR}/unknown-key.yaml:2:1: metric: unknown key "metric"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]`]],
    ['unknown-change.yaml', [`${DIR}/unknown-change.yaml:3:24: metrics.onlinePaymentRate.multiply: unknown key "multiply"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]`]],
    ['decimal-comma.yaml', [`${DIR}/decimal-comma.yaml:3:29: metrics.onlinePaymentRate.add: "0,5" uses a decimal comma; write "0.5" (a point, not a comma) [INVALID_VALUE]`]],
    ['bad-id.yaml', [`${DIR}/bad-id.yaml:1:5: id: "Thanh toán 70" is not an identifier: start with a letter (no accents), then letters, digits, _ . or - (no spaces) [INVALID_FORMAT]`]],
    ['yaml-syntax.yaml', [`${DIR}/yaml-syntax.yaml:3:1: (root): Flow map in block collection must be sufficiently indented and end with a } [PARSE_ERROR]`]],
    ['many-problems.yaml', [
      `${DIR}/many-problems.yaml:3:3: metrics.onlinePaymentRate: give exactly one of set, add or subtract, e.g. { set: "70" } or { add: "0.5" } [INVALID_VALUE]`,
      `${DIR}/many-problems.yaml:5:8: tasksDone["1"]: "31/12/2025" is not a date written YYYY-MM-DD; write "2025-12-31" [INVALID_FORMAT]`,
      `${DIR}/many-problems.yaml:5:8: tasksDone["1"]: "31/12/2025" is not a real calendar date [INVALID_VALUE]`,
      `${DIR}/many-problems.yaml:7:10: points.round: "appraisal3" is not one of: self, appraisal1, appraisal2 [INVALID_VALUE]`,
    ]],
  ])('broken/%s: every problem with its line', (name, expected) => {
    expect(lines(name)).toEqual(expected);
  });

  it('a well-shaped scenario naming what does not exist fails when applied, with lines from its file', () => {
    const file = `${DIR}/unknown-names.yaml`;
    const text = readFileSync(file, 'utf8');
    const s = parseScenario(text, { file });
    if (!s.ok) expect.fail('should parse');
    const r = applyScenario(loadSet(), loadUnit(), s.value, [], { files: { [s.value.id]: file } });
    expect(r.ok).toBe(false);
    expect(locateIssues(r.issues, text, file).map(formatIssue)).toEqual([`${file}:8:5: criteria.rows["9.9"]: criteria set example-department-2025 has no row "9.9" [UNKNOWN_CODE]`]);
    const inputs = applyScenario(loadSet(), loadUnit(), { ...s.value, criteria: undefined } as never, [], { files: { [s.value.id]: file } });
    expect(locateIssues(inputs.issues, text, file).map(formatIssue)).toEqual([
      `${file}:4:3: metrics.onlinePayment: metric "onlinePayment" is not declared by criteria set example-department-2025 [UNKNOWN_METRIC]`,
      `${file}:5:24: metrics.planIssuedOn.add: planIssuedOn is a date metric: add needs a number (percent, count or number); use set [METRIC_NOT_NUMERIC]`,
    ]);
  });

  it('checkScenario: data built in code; misuse throws naming the function', () => {
    expect(checkScenario({ id: 'x', metrics: { a: {} } }).issues.map(formatIssue)).toEqual(['metrics.a: give exactly one of set, add or subtract, e.g. { set: "70" } or { add: "0.5" } [INVALID_VALUE]']);
    expect(() => parseScenario(42 as never)).toThrow('parseScenario: text must be a string');
  });
});
