/** Cà Mau 1880/QĐ-UBND (2013) rows 1.1.1–1.2.2 score exactly as published. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/errors.js';
import { parseCriteriaSet } from '../../../src/load/criteria.js';
import { scoreAssessment } from '../../../src/engine/score.js';
import type { ResultNode } from '../../../src/schema/result.js';
import type { AssessmentInput } from '../../../src/schema/assessment.js';
import { Assessment } from '../../../src/schema/assessment.js';

const FILE = 'test/fixtures/criteria/ca-mau-1880-2013-fragment.yaml';
const loaded = parseCriteriaSet(readFileSync(FILE, 'utf8'), { file: FILE });
if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
const set = loaded.value;

/** All metrics met; each test changes what it studies. */
const BASE = {
  planIssuedOn: '2013-12-20',
  allTasksIdentified: true,
  budgetAllocated: true,
  resultsClearlyDefined: true,
  planCompletionRate: '95',
  reportQ1: '2014-03-18',
  reportH1: '2014-06-18',
  reportQ3: '2014-09-18',
  reportYear: '2014-12-18',
  reportsComplete: true,
};

function rowPoints(code: string, metrics: Partial<Record<keyof typeof BASE, string | boolean | null>> = {}): string | null {
  const input: AssessmentInput = { criteriaSet: { id: set.id }, unit: { id: 'u', name: 'Đơn vị', level: 'province' }, year: 2014, metrics: { ...BASE, ...metrics } };
  const result = scoreAssessment(set, Assessment.parse(input));
  expect(result.issues).toEqual([]);
  const find = (nodes: readonly ResultNode[]): ResultNode | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(result.nodes)?.points ?? null;
}

describe('Cà Mau 1880/QĐ-UBND (2013) fragment', () => {
  it('loads with no errors or warnings', () => {
    expect(loaded.issues).toEqual([]);
  });

  it('keeps the published maxima; the root is what is present (5 + 2), not lĩnh vực 1’s 20', () => {
    const [area] = set.nodes;
    expect(area?.maxPoints).toBe('7');
    expect(area?.children?.map((c) => [c.code, c.maxPoints])).toEqual([['1.1', '5'], ['1.2', '2']]);
    expect(area?.children?.[0]?.children?.map((c) => c.maxPoints)).toEqual(['1', '1', '1', '2']);
    expect(area?.children?.[1]?.children?.map((c) => c.maxPoints)).toEqual(['1', '1']);
  });

  it('1.1.1 and 1.2.1 are adapted (due dates not in the source); the other rows official', () => {
    const leaves = set.nodes[0]!.children!.flatMap((c) => c.children!);
    expect(leaves.map((l) => [l.code, l.status])).toEqual([
      ['1.1.1', 'adapted'], ['1.1.2', 'official'], ['1.1.3', 'official'], ['1.1.4', 'official'], ['1.2.1', 'adapted'], ['1.2.2', 'official'],
    ]);
  });

  it('a full score is the fragment’s maximum', () => {
    const input = Assessment.parse({ criteriaSet: { id: set.id }, unit: { id: 'u', name: 'Đơn vị', level: 'province' }, year: 2014, metrics: BASE });
    const r = scoreAssessment(set, input);
    expect([r.points, r.index]).toEqual(['7', '100']);
  });

  describe('1.1.1 "Ban hành kịp thời: 1; không kịp thời: 0,5; không ban hành: 0"', () => {
    it('on time → 1', () => expect(rowPoints('1.1.1', { planIssuedOn: '2013-12-31' })).toBe('1'));
    it('late → 0.5', () => expect(rowPoints('1.1.1', { planIssuedOn: '2014-01-02' })).toBe('0.5'));
    it('not issued → 0', () => expect(rowPoints('1.1.1', { planIssuedOn: null })).toBe('0'));
  });

  describe('1.1.2 "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1"', () => {
    it('both conditions → 1', () => expect(rowPoints('1.1.2')).toBe('1'));
    it('tasks not all identified → 0', () => expect(rowPoints('1.1.2', { allTasksIdentified: false })).toBe('0'));
    it('no budget → 0', () => expect(rowPoints('1.1.2', { budgetAllocated: false })).toBe('0'));
  });

  describe('1.1.3 "Đạt yêu cầu: 1; Không đạt yêu cầu: 0"', () => {
    it('đạt → 1', () => expect(rowPoints('1.1.3')).toBe('1'));
    it('không đạt → 0', () => expect(rowPoints('1.1.3', { resultsClearlyDefined: false })).toBe('0'));
  });

  describe('1.1.4 "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0"', () => {
    it.each([
      ['100', '2'],
      ['90.01', '2'],
      ['90', '1'], // "trên 90%" is strictly above 90
      ['70', '1'], // "từ 70% - 90%" includes both ends
      ['69.99', '0'],
      ['0', '0'],
    ])('%s%% → %s', (rate, points) => expect(rowPoints('1.1.4', { planCompletionRate: rate })).toBe(points));
  });

  describe('1.2.1 "Đủ số lượng và đúng thời gian quy định: 1; otherwise 0"', () => {
    it('all four reports on time → 1', () => expect(rowPoints('1.2.1')).toBe('1'));
    it('one report late → 0', () => expect(rowPoints('1.2.1', { reportQ3: '2014-09-19' })).toBe('0'));
    it('one report missing → 0', () => expect(rowPoints('1.2.1', { reportH1: null })).toBe('0'));
  });

  describe('1.2.2 "Đạt yêu cầu: 1; Không đạt yêu cầu: 0"', () => {
    it('đạt → 1', () => expect(rowPoints('1.2.2')).toBe('1'));
    it('không đạt → 0', () => expect(rowPoints('1.2.2', { reportsComplete: false })).toBe('0'));
  });
});
