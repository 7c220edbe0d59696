/**
 * Every broken fixture with the exact output a user sees: file:line:col, path,
 * message and code. A changed message shows up here as a one-line diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { parseCriteriaSet } from '../../../src/load/criteria.js';

const DIR = 'test/fixtures/criteria/broken';

function load(name: string) {
  return parseCriteriaSet(readFileSync(`${DIR}/${name}`, 'utf8'), { file: `${DIR}/${name}` });
}

/** Expected lines after the file name, in the order formatIssues prints them. */
const EXPECTED: Record<string, string[]> = {
  'yaml-syntax-error.yaml': [':4:40: (root): Missing closing "quote [PARSE_ERROR]'],
  'duplicate-yaml-key.yaml': [':12:5: (root): key "maxPoints" appears twice in the same mapping; keep only one [DUPLICATE_KEY]'],
  'unknown-top-level-key.yaml': [':13:1: band: unknown key "band"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]'],
  'max-points-comma.yaml': [':11:16: nodes[0].maxPoints: "1,5" uses a decimal comma; write "1.5" (a point, not a comma) [INVALID_VALUE]'],
  'negative-max-points.yaml': [':11:16: nodes[0].maxPoints: must not be negative, got -1 [INVALID_VALUE]'],
  'max-sum-mismatch.yaml': [':12:16: nodes[0].maxPoints: row 1 has maxPoints 2 but its children add up to 1.75 [MAX_SUM_MISMATCH]'],
  'duplicate-code.yaml': [':18:15: nodes[0].children[1].code: code "1.1" is already used at nodes[0].children[0] [DUPLICATE_CODE]'],
  'leaf-without-rule.yaml': [':11:9: nodes[0].children[0].rule: row 1.1 has no children, so it needs a rule [LEAF_WITHOUT_RULE]'],
  'parent-with-rule.yaml': [':12:5: nodes[0].rule: row 1 has children; its points are their sum, so it takes no rule [PARENT_WITH_RULE]'],
  'unknown-rule-kind.yaml': [
    ':13:13: nodes[0].rule.kind: unknown rule kind "tier"; did you mean "tiers"? Known kinds: pass-fail, all-of, tiers, proportional, ratio, level-target, deadline, timely-count, deduction, survey, manual, per-occurrence [UNKNOWN_RULE_KIND]',
  ],
  'tier-gap.yaml': [':18:11: nodes[0].rule.tiers[0]: values in [90, 90] fall in no interval [TIER_GAP]'],
  'tier-overlap.yaml': [':17:11: nodes[0].rule.tiers[0]: ≥ 90 overlaps [70, 90] (entry 1) [TIER_OVERLAP]'],
  'tier-points-exceed-max.yaml': [':16:32: nodes[0].rule.tiers[0].points: tier points 2 exceed the row maximum 1.5 [TIER_POINTS_EXCEED_MAX]'],
  'undeclared-metric.yaml': [
    ':12:38: nodes[0].rule.metric: metric "planIssue" is not declared in metrics [UNDECLARED_METRIC]',
    ':7:3: metrics.planIssued: warning: metric "planIssued" is declared but no rule reads it [UNUSED_METRIC]',
  ],
  'metric-unit-mismatch.yaml': [':12:38: nodes[0].rule.metric: metric "planIssuedOn" is a date; this rule reads boolean [METRIC_UNIT_MISMATCH]'],
  'invalid-date.yaml': [':6:12: validFrom: "2025-02-30" is not a real calendar date [INVALID_VALUE]'],
  'valid-to-before-valid-from.yaml': [':7:10: validTo: validTo 2024-12-31 is before validFrom 2025-01-01 [VALIDITY_RANGE]'],
  'band-overlap.yaml': [':15:5: bands[0]: ≥ 90 overlaps [80, 90] (entry 1) [BAND_OVERLAP]'],
  'unknown-calendar-deadline.yaml': [':15:51: nodes[0].rule.due: deadline "planIssued" is not declared in calendar.deadlines [UNKNOWN_CALENDAR_REF]'],
  'index-part-overlap.yaml': [':22:18: index.parts[1].select: row 1 is in part "self" and in part "all" [PART_OVERLAP]'],
  'index-part-uncovered.yaml': [':14:5: nodes[1]: row 2 is in no index part [PART_UNCOVERED]'],
  'many-schema-problems.yaml': [
    ':2:5: id: "2025 set" is not an identifier: start with a letter (no accents), then letters, digits, _ . or - (no spaces) [INVALID_FORMAT]',
    ':5:9: status: "draft" is not one of: official, adapted, example [INVALID_VALUE]',
    ':8:17: metrics.done.unit: "yes-no" is not one of: percent, count, number, date, boolean, text [INVALID_VALUE]',
    ':12:16: nodes[0].maxPoints: "0,5" uses a decimal comma; write "0.5" (a point, not a comma) [INVALID_VALUE]',
    ':14:5: nodes[1].name: is required but missing (expected text) [REQUIRED]',
  ],
  'many-semantic-problems.yaml': [
    ':8:10: validTo: validTo 2025-01-01 is before validFrom 2025-12-31 [VALIDITY_RANGE]',
    ':15:16: nodes[0].maxPoints: row 1 has maxPoints 3 but its children add up to 2 [MAX_SUM_MISMATCH]',
    ':20:42: nodes[0].children[0].rule.metric: metric "missing" is not declared in metrics [UNDECLARED_METRIC]',
    ':21:15: nodes[0].children[1].code: code "1.1" is already used at nodes[0].children[0] [DUPLICATE_CODE]',
    ':28:15: nodes[0].children[1].rule.tiers[0]: values in [70, 80) fall in no interval [TIER_GAP]',
    ':32:14: bands[1].label: band "Tốt" is declared twice [DUPLICATE_BAND]',
    ':10:3: metrics.done: warning: metric "done" is declared but no rule reads it [UNUSED_METRIC]',
  ],
  'json-syntax-error.json': [':5:3: (root): Missing , between flow map items [PARSE_ERROR]'],
  'unknown-key.json': [
    ':9:5: nodes[0].maxPoints: is required but missing (expected a decimal number such as "0.25") [REQUIRED]',
    ':12:7: nodes[0].maxpoints: unknown key "maxpoints"; check its spelling (keys are case-sensitive) [UNKNOWN_KEY]',
  ],
  'max-sum-mismatch.json': [':12:20: nodes[0].maxPoints: row 1 has maxPoints 19.5 but its children add up to 15 [MAX_SUM_MISMATCH]'],
};

describe('broken criteria fixtures', () => {
  it('has an expectation for every fixture file, and a file for every expectation', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, lines) => {
    const loaded = load(name);
    expect(loaded.ok).toBe(false);
    expect(formatIssues(loaded.issues)).toBe(lines.map((l) => `${DIR}/${name}${l}`).join('\n'));
  });

  it('gives every issue a line and column, for JSON as for YAML', () => {
    for (const name of Object.keys(EXPECTED)) {
      for (const issue of load(name).issues) expect(issue, `${name}: ${issue.code}`).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    }
  });
});

/** The source text at a 1-based line and column. */
function textAt(name: string, line: number, column: number): string {
  return readFileSync(`${DIR}/${name}`, 'utf8').split('\n')[line - 1]!.slice(column - 1);
}

describe('positions point at the offending text', () => {
  it.each([
    // A scalar value: the position is the value itself.
    ['max-points-comma.yaml', 'nodes[0].maxPoints', '"1,5"'],
    ['invalid-date.yaml', 'validFrom', '"2025-02-30"'],
    ['unknown-rule-kind.yaml', 'nodes[0].rule.kind', 'tier'],
    ['tier-points-exceed-max.yaml', 'nodes[0].rule.tiers[0].points', '"2"'],
    ['max-sum-mismatch.json', 'nodes[0].maxPoints', '"19.5"'],
    // An unknown key, or a key whose value is a block: the key.
    ['unknown-key.json', 'nodes[0].maxpoints', '"maxpoints": "1"'],
    ['unknown-top-level-key.yaml', 'band', 'band:'],
    ['parent-with-rule.yaml', 'nodes[0].rule', 'rule:'],
    // A missing key: the mapping that lacks it.
    ['many-schema-problems.yaml', 'nodes[1].name', 'code: "2"'],
    ['unknown-key.json', 'nodes[0].maxPoints', '{'],
  ])('%s %s → %s', (name, path, text) => {
    const issue = load(name).issues.find((i) => i.path === path)!;
    expect(textAt(name, issue.line!, issue.column!).startsWith(text)).toBe(true);
  });

  it('places a duplicate key at its second occurrence', () => {
    const [issue] = load('duplicate-yaml-key.yaml').issues;
    expect(textAt('duplicate-yaml-key.yaml', issue!.line!, issue!.column!)).toBe('maxPoints: "2"');
  });
});
