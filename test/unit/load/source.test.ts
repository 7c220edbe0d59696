/** Text → data: parse errors with positions, files that are not one mapping, numbers kept exact. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { checkCriteriaSet, parseCriteriaSet } from '../../../src/load/criteria.js';
import { parseSource } from '../../../src/load/source.js';

const MINIMAL = readFileSync('test/fixtures/criteria/valid/minimal.yaml', 'utf8');
const problems = (text: string) => formatIssues(parseCriteriaSet(text, { file: 'f.yaml' }).issues);

describe('parseSource', () => {
  it.each([
    ['an empty file', '', 'f.yaml: (root): the file has no content (only blank lines or comments) [EMPTY_FILE]'],
    ['a file of comments', '# chưa có nội dung\n\n', 'f.yaml: (root): the file has no content (only blank lines or comments) [EMPTY_FILE]'],
    ['two YAML documents', `${MINIMAL}---\n${MINIMAL}`, 'f.yaml:14:1: (root): the file holds more than one YAML document (a second "---" line); keep one per file [PARSE_ERROR]'],
    ['a tab used for indentation', 'id: x\n\tversion: "1"\n', 'f.yaml:2:1: (root): Tabs are not allowed as indentation [PARSE_ERROR]'],
    ['a list instead of a mapping', '- a\n- b\n', 'f.yaml:1:1: (root): expected a mapping (key: value), got a list [INVALID_TYPE]'],
    ['a duplicate key in JSON', '{"id": "a",\n "id": "b"}', 'f.yaml:2:2: (root): key "id" appears twice in the same mapping; keep only one [DUPLICATE_KEY]'],
  ])('reports %s', (_what, text, expected) => {
    expect(problems(text)).toBe(expected);
  });

  it('accepts a byte-order mark and the yaml-language-server comment', () => {
    expect(parseCriteriaSet(`\uFEFF# yaml-language-server: $schema=../schema/criteria-set.schema.json\n${MINIMAL}`).ok).toBe(true);
  });

  it('accepts the $schema key', () => {
    const loaded = parseCriteriaSet(`$schema: ../../../../schema/criteria-set.schema.json\n${MINIMAL}`);
    expect(loaded.ok && loaded.value.$schema).toBe('../../../../schema/criteria-set.schema.json');
  });

  it('keeps numbers a double holds as numbers, and longer or tiny ones as their text', () => {
    const src = parseSource('a: 0.25\nb: 2025\nc: 0.1234567890123456789\nd: 12345678901234567890\ne: 0.0000001\nf: -0.000000123\ng: "0.1"\n');
    expect(src.data).toEqual({ a: 0.25, b: 2025, c: '0.1234567890123456789', d: '12345678901234567890', e: '0.0000001', f: '-0.000000123', g: '0.1' });
  });

  it('locates values, keys of blocks, and the nearest existing parent of a missing key', () => {
    const src = parseSource('a:\n  b: 1\n  c:\n    - x\n    - { d: 2 }\n');
    expect(src.locate(['a', 'b'])).toEqual({ line: 2, column: 6 });
    expect(src.locate(['a', 'b'], true)).toEqual({ line: 2, column: 3 });
    expect(src.locate(['a', 'c'])).toEqual({ line: 3, column: 3 });
    expect(src.locate(['a', 'c', 1, 'd'])).toEqual({ line: 5, column: 12 });
    expect(src.locate(['a', 'c', 1, 'missing'])).toEqual({ line: 5, column: 7 });
    expect(src.locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
  });

  it('refuses a file over the size limit without parsing it', () => {
    const src = parseSource('#'.repeat(20 * 1024 * 1024 + 1), 'big.yaml');
    expect(formatIssues(src.issues)).toBe('big.yaml: (root): file is larger than 20 MiB [FILE_TOO_LARGE]');
  });
});

describe('checkCriteriaSet: data given in code', () => {
  it('reports the same problems, with paths but no positions', () => {
    const checked = checkCriteriaSet({ id: 'x', version: '1', title: 't', status: 'example', unitLevels: ['province'], nodes: [{ code: '1', name: 'a', maxPoints: '1,5', rule: { kind: 'manual' } }] });
    expect(checked.issues).toEqual([{ code: 'INVALID_VALUE', severity: 'error', path: 'nodes[0].maxPoints', message: '"1,5" uses a decimal comma; write "1.5" (a point, not a comma)' }]);
  });

  it('names the rule parameter at fault, with RULE_PARAM_ codes', () => {
    const checked = checkCriteriaSet({ id: 'x', version: '1', title: 't', status: 'example', unitLevels: ['province'], metrics: { d: { unit: 'date' } }, nodes: [{ code: '1', name: 'a', maxPoints: '1', rule: { kind: 'deadline', metric: 'd', due: { month: 13, day: 1 }, late: '0.5' } }] });
    expect(formatIssues(checked.issues)).toBe(
      ['nodes[0].rule.due.month: must be at most 12, got 13 [RULE_PARAM_TOO_BIG]', 'nodes[0].rule.late: unknown key "late"; check its spelling (keys are case-sensitive) [RULE_PARAM_UNKNOWN_KEY]'].join('\n'),
    );
  });
});

describe('unknown rule kinds', () => {
  const kindIssue = (kind: string) => checkCriteriaSet({ id: 'x', version: '1', title: 't', status: 'example', unitLevels: ['province'], nodes: [{ code: '1', name: 'a', maxPoints: '1', rule: { kind } }] }).issues[0]!.message;

  it('suggests the kind a typo most likely meant', () => {
    expect(kindIssue('Pass-Fail')).toMatch(/^unknown rule kind "Pass-Fail"; did you mean "pass-fail"\? Known kinds: pass-fail, /);
    expect(kindIssue('deadlines')).toMatch(/did you mean "deadline"\?/);
  });

  it('lists the known kinds when nothing is close', () => {
    expect(kindIssue('điểm thưởng')).toMatch(/^unknown rule kind "điểm thưởng"\. Known kinds: pass-fail, all-of, tiers, /);
  });
});
