/** Test helpers for the ranking workbook: the province batch ranked, with a report per unit. */
import { readdirSync, readFileSync } from 'node:fs';
import { compilePlan, evaluate, formatIssue, parseAssessment, rankUnits, scoreRounds, type Ranking, type RankEntry } from '../../../src/index.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import type { RoundsReport } from '../../../src/schema/rounds.js';
import { loadSet, ROOT } from './support.js';

export interface Batch {
  sets: CriteriaSet[];
  ranking: Ranking;
  reports: RoundsReport[];
}

/** Ranks the assessments given (already parsed) against `sets`, as `parindex rank` does, and reports every unit. */
export function rankAll(sets: CriteriaSet[], assessments: readonly { file: string; text: string }[], groupBy: 'set' | 'none' = 'set'): Batch {
  const plans = new Map(sets.map((s) => [s.id, compilePlan(s)]));
  const reports: RoundsReport[] = [];
  const entries: RankEntry[] = assessments.map(({ file, text }) => {
    const loaded = parseAssessment(text, { file });
    if (!loaded.ok) throw new Error(`${file}:\n${loaded.issues.map(formatIssue).join('\n')}`);
    const plan = plans.get(loaded.value.criteriaSet.id)!;
    reports.push(scoreRounds(plan.set, loaded.value, { asOf: '2025-12-31', file }));
    return { evaluation: evaluate(plan, loaded.value, { asOf: '2025-12-31', file }), label: file };
  });
  const order = (e: RankEntry) => sets.findIndex((s) => s.id === e.evaluation.plan.set.id);
  entries.sort((a, b) => order(a) - order(b));
  return { sets, ranking: rankUnits(entries, { groupBy }), reports };
}

/** examples/province-batch ranked per set (departments, then communes). */
export function provinceBatch(groupBy: 'set' | 'none' = 'set'): Batch {
  const sets = [loadSet('criteria/department-example/criteria.yaml'), loadSet('criteria/commune-example/criteria.yaml')];
  const dir = new URL('examples/province-batch/', ROOT);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return rankAll(sets, files.map((f) => ({ file: `examples/province-batch/${f}`, text: readFileSync(new URL(f, dir), 'utf8') })), groupBy);
}
