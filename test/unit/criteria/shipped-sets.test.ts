/** The criteria sets shipped in criteria/: they load cleanly, score their example units, use every rule kind, and say where each row comes from. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { parseAssessment } from '../../../src/load/assessment.js';
import { parseCriteriaSet } from '../../../src/load/criteria.js';
import { RuleRegistry } from '../../../src/rules/registry.js';
import { scoreAssessment } from '../../../src/engine/score.js';
import type { CriteriaNode, CriteriaSet } from '../../../src/schema/criteria-set.js';

const ROOT = 'criteria';
const SETS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function loadSet(name: string): CriteriaSet {
  const file = `${ROOT}/${name}/criteria.yaml`;
  const loaded = parseCriteriaSet(readFileSync(file, 'utf8'), { file });
  if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
  return loaded.value;
}

function score(name: string) {
  const file = `${ROOT}/${name}/example-unit.yaml`;
  const unit = parseAssessment(readFileSync(file, 'utf8'), { file });
  if (!unit.ok) throw new Error(formatIssues(unit.issues));
  return scoreAssessment(loadSet(name), unit.value);
}

/** Every row of a set: the tree, then bonus and penalty items. */
function rows(set: CriteriaSet): Omit<CriteriaNode, 'children'>[] {
  const out: Omit<CriteriaNode, 'children'>[] = [];
  const walk = (nodes: readonly CriteriaNode[]) => nodes.forEach((n) => (out.push(n), walk(n.children ?? [])));
  walk(set.nodes);
  out.push(...(set.adjustments?.bonus?.items ?? []), ...(set.adjustments?.penalty?.items ?? []));
  return out;
}

type Rule = { kind: string; mode?: string; zeroDenominator?: string };
const rules = (set: CriteriaSet) => rows(set).flatMap((r) => (r.rule ? [r.rule as Rule] : []));
const allRules = () => SETS.flatMap((s) => rules(loadSet(s)));

describe('shipped criteria sets', () => {
  it('ships the province, department and commune examples', () => {
    expect(SETS).toEqual(['commune-example', 'department-example', 'province-example']);
  });

  it.each(SETS)('%s has a README, an example unit and the schema line', (name) => {
    expect(existsSync(`${ROOT}/${name}/README.md`)).toBe(true);
    expect(readFileSync(`${ROOT}/${name}/criteria.yaml`, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/criteria-set.schema.json');
    expect(readFileSync(`${ROOT}/${name}/example-unit.yaml`, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/assessment.schema.json');
  });

  it.each(SETS)('%s loads with no errors and no warnings', (name) => {
    const file = `${ROOT}/${name}/criteria.yaml`;
    const loaded = parseCriteriaSet(readFileSync(file, 'utf8'), { file });
    expect(formatIssues(loaded.issues)).toBe('');
    expect(loaded.ok).toBe(true);
  });

  it.each(SETS)('%s is an example set with a legal basis and a set-level source', (name) => {
    const set = loadSet(name);
    expect(set.status).toBe('example');
    expect(set.source).toBeTruthy();
    expect(set.legalBasis?.name).toBeTruthy();
  });

  it.each(SETS)('%s scores its example unit with no error issues and an index', (name) => {
    const result = score(name);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.index).not.toBeNull();
    expect(result.band).not.toBeNull();
  });

  it('province: index 86.7867, Nhóm B (parts 68 + 32, both present)', () => {
    // Self part 59.4732 / 68, survey part 26.3135 / 32 (row by row in example-unit.yaml):
    // (68 × 59.4732/68 + 32 × 26.3135/32) / (68 + 32) × 100 = 85.7867,
    // plus bonus 1.5 − penalty 0.5 = +1 point on an applicable maximum of 100 → 86.7867.
    const r = score('province-example');
    expect(r.treePoints).toBe('85.7867');
    expect(r.parts?.map((p) => [p.id, p.points, p.applicableMaxPoints])).toEqual([['self', '59.4732', '68'], ['survey', '26.3135', '32']]);
    expect(r.bonus?.points).toBe('1.5');
    expect(r.penalty?.points).toBe('0.5');
    expect(r.index).toBe('86.7867');
    expect(r.display.index).toBe('86.79');
    expect(r.band).toBe('Nhóm B');
  });

  it('department: rows not applicable leave the maximum, index 87.27, Tốt', () => {
    // Applicable maximum 100 − 4 (2.1: no VBQPPL assigned, ratio 0/0) − 4 (3.3 declared not applicable) = 92.
    // Tree 79.7894 + bonus 0.5 = 80.2894; 80.2894 / 92 × 100 = 87.2710869565… → 87.27.
    const r = score('department-example');
    expect(r.applicableMaxPoints).toBe('92');
    expect(r.treePoints).toBe('79.7894');
    expect(r.points).toBe('80.2894');
    expect(r.display.index).toBe('87.27');
    expect(r.band).toBe('Tốt');
  });

  it('commune: no survey, so the self part is rescaled to 100: index 77.40025, Khá', () => {
    // Self rows 8.5 + 7.625 + 17.1952 + 11.6 + 6 + 11 = 61.9202 of 80; survey part left out:
    // 61.9202 / 80 × 100 = 77.40025 → 77.40 (half-up), band Khá [70, 80).
    const r = score('commune-example');
    expect(r.issues.map((i) => i.code)).toEqual(['PART_OMITTED']);
    expect(r.parts?.find((p) => p.id === 'survey')?.present).toBe(false);
    expect(r.index).toBe('77.40025');
    expect(r.display.index).toBe('77.40');
    expect(r.band).toBe('Khá');
  });

  it('between them the sets use every built-in rule kind', () => {
    const used = new Set(allRules().map((r) => r.kind));
    expect([...used].sort()).toEqual([...RuleRegistry.builtIn().kinds()].sort());
  });

  it('between them the sets use every mode and zero-denominator policy', () => {
    const all = allRules();
    const modes = (kind: string) => new Set(all.filter((r) => r.kind === kind).map((r) => r.mode));
    expect(modes('level-target')).toEqual(new Set(['unit-level', 'parts']));
    expect(modes('timely-count')).toEqual(new Set(['all-or-nothing', 'per-item']));
    expect(new Set(all.filter((r) => r.kind === 'ratio').map((r) => r.zeroDenominator))).toEqual(new Set(['full', 'not-applicable', 'zero']));
  });

  it('between them the sets use bonus and penalty caps, calendar periods, validity dates and appliesTo', () => {
    const sets = SETS.map(loadSet);
    expect(sets.some((s) => s.adjustments?.bonus && s.adjustments.penalty)).toBe(true);
    expect(sets.every((s) => Object.keys(s.calendar.periods).sort().join() === 'h1,q1,q3,year')).toBe(true);
    expect(sets.every((s) => s.validFrom !== undefined)).toBe(true);
    expect(sets.some((s) => rows(s).some((r) => r.appliesTo))).toBe(true);
    expect(sets.some((s) => rows(s).some((r) => r.allowNotApplicable))).toBe(true);
  });

  it.each(SETS)('%s: every row has a status and a source (its own or the set’s)', (name) => {
    const set = loadSet(name);
    for (const row of rows(set)) {
      expect(row.status, row.code).toBeDefined();
      expect(row.source ?? set.source, row.code).toBeTruthy();
    }
  });

  it.each(SETS)('%s: official rows cite a decision in their own source', (name) => {
    const official = rows(loadSet(name)).filter((r) => r.status === 'official');
    for (const row of official) expect(row.source, row.code).toMatch(/\d+\/QĐ-[A-ZĐ]+/);
  });

  it('official area rows carry the verified names and maxima', () => {
    const areas = (name: string) => loadSet(name).nodes.filter((n) => n.status === 'official').map((n) => n.maxPoints);
    // Quảng Trị 1325/QĐ-UBND (2023): 19.5 / 11.5 / 24 / 10 / 12.5 / 10.5 / 12 = 100.
    expect(areas('department-example')).toEqual(['19.5', '11.5', '24', '10', '12.5', '10.5', '12']);
    // 2948/QĐ-BNV (2017): 10 / 10 / 14.5 / 11 / 16 / 7 / 16 / 15.5 = 100.
    expect(areas('province-example')).toEqual(['10', '10', '14.5', '11', '16', '7', '16', '15.5']);
  });

  it('province: 32 survey points and 68 self-assessed (876/QĐ-BNV, PAR INDEX 2022)', () => {
    const set = loadSet('province-example');
    expect(set.index?.parts.map((p) => [p.id, p.weight, p.optional])).toEqual([['self', '68', false], ['survey', '32', true]]);
    const r = score('province-example');
    expect(r.parts?.map((p) => p.applicableMaxPoints)).toEqual(['68', '32']);
  });

  it('commune: the two-tier levels and unit types', () => {
    const set = loadSet('commune-example');
    expect(set.unitLevels).toEqual(['commune']);
    expect(set.unitTypes).toEqual(['xa', 'phuong', 'dac-khu']);
    expect(set.nodes).toHaveLength(7);
  });
});
