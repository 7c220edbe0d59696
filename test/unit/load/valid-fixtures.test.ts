/** Valid criteria sets load, and writing one out then reading it back gives the same set. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { parseCriteriaSet, serializeCriteriaSet } from '../../../src/load/criteria.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';

const DIR = 'test/fixtures/criteria/valid';
const FILES = [...readdirSync(DIR).map((f) => `${DIR}/${f}`), 'examples/example-department-2025.yaml'];

function load(file: string): CriteriaSet {
  const loaded = parseCriteriaSet(readFileSync(file, 'utf8'), { file });
  if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
  return loaded.value;
}

describe('valid criteria sets', () => {
  it('has fixtures in YAML and JSON', () => {
    expect(FILES.some((f) => f.endsWith('.yaml'))).toBe(true);
    expect(FILES.some((f) => f.endsWith('.json'))).toBe(true);
  });

  it.each(FILES)('%s loads without errors or warnings', (file) => {
    const loaded = parseCriteriaSet(readFileSync(file, 'utf8'), { file });
    expect(formatIssues(loaded.issues)).toBe('');
    expect(loaded.ok).toBe(true);
  });

  it.each(FILES)('%s round-trips through YAML', (file) => {
    const set = load(file);
    const again = parseCriteriaSet(serializeCriteriaSet(set));
    expect(again).toEqual({ ok: true, value: set, issues: [] });
  });

  it.each(FILES)('%s round-trips through JSON', (file) => {
    const set = load(file);
    const text = serializeCriteriaSet(set, 'json');
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseCriteriaSet(text)).toEqual({ ok: true, value: set, issues: [] });
  });

  it('serializing does not change the set', () => {
    const set = load(`${DIR}/two-areas.json`);
    const before = structuredClone(set);
    serializeCriteriaSet(set);
    serializeCriteriaSet(set, 'json');
    expect(set).toEqual(before);
  });

  it('fills defaults, so a loaded set says everything the engine uses', () => {
    const set = load(`${DIR}/minimal.yaml`);
    expect(set.rounding).toEqual({ points: 2, index: 2 });
    expect(set.calendar).toEqual({ periods: {}, deadlines: {} });
    expect(set.bands).toEqual([]);
  });
});

describe('numbers are kept exactly as written', () => {
  const set = load(`${DIR}/long-literals.yaml`);
  const area = set.nodes[0]!;
  const big = area.children![0]!;
  const small = area.children![1]!;

  it('keeps numeric literals longer than a double as their text', () => {
    expect(area.maxPoints).toBe('1234567890123456789.5');
    expect(big.maxPoints).toBe('1234567890123456789');
    expect(set.metrics['count']!.max).toBe('99999999999999999999');
    expect(big.rule).toMatchObject({ tiers: [{ min: '33.333333333333333333', points: '1234567890123456789' }, { max: '33.333333333333333333', points: 0 }] });
  });

  it('keeps a tiny literal as written, not in exponent form', () => {
    expect(small.rule).toMatchObject({ tiers: [{ min: '0.0000001' }, { max: '0.0000001' }] });
    expect(small.maxPoints).toBe('0.5');
  });

  it('turns short numbers into their shortest decimal string', () => {
    const loaded = parseCriteriaSet(readFileSync(`${DIR}/minimal.yaml`, 'utf8').replace('maxPoints: "1"', 'maxPoints: 1.50'));
    expect(loaded.ok && loaded.value.nodes[0]!.maxPoints).toBe('1.5');
  });

  it('reports the exact literal when it breaks a rule (maxPoints: 0.1234567890123456789, unquoted)', () => {
    const text = readFileSync(`${DIR}/minimal.yaml`, 'utf8').replace('maxPoints: "1"', 'maxPoints: 0.1234567890123456789');
    const loaded = parseCriteriaSet(text, { file: 'x.yaml' });
    expect(formatIssues(loaded.issues)).toBe('x.yaml:12:16: nodes[0].maxPoints: maxPoints 0.1234567890123456789 has more than 6 decimals [MAX_PRECISION]');
  });

  it('writes long numbers back as quoted strings, so YAML cannot turn them into doubles', () => {
    const yaml = serializeCriteriaSet(set);
    expect(yaml).toContain('maxPoints: "1234567890123456789.5"');
    expect(yaml).toContain('min: "0.0000001"');
  });

  it('keeps long literals exact in JSON too', () => {
    const json = '{"id":"j","version":"1","title":"t","status":"example","unitLevels":["province"],"metrics":{"n":{"unit":"number","max":12345678901234567890.5}},"nodes":[{"code":"1","name":"a","maxPoints":"1","rule":{"kind":"manual"}}]}';
    const loaded = parseCriteriaSet(json);
    expect(loaded.ok && loaded.value.metrics['n']!.max).toBe('12345678901234567890.5');
  });
});
