/** The ranking workbook: a summary sheet ("Tổng hợp") linked to one score sheet per unit. */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { usageError } from '../errors.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { Ranking, RankedUnit } from '../schema/ranking.js';
import type { RoundsReport } from '../schema/rounds.js';
import { uniqueSheetNames } from './ranking-workbook-names.js';
import { SUMMARY_SHEET, writeSummary, type SummaryUnit } from './ranking-workbook-summary.js';
import { addScoreSheet, fixProperties } from './score-sheet.js';

export interface RankingWorkbookOptions {
  /** The criteria sets the units were scored with (matched by id and version). */
  readonly sets: readonly CriteriaSet[];
  /** The day the workbook is produced (YYYY-MM-DD); never the clock. */
  readonly produced: string;
}

/**
 * The summary of `ranking` and one score sheet per unit; `reports` holds each ranked unit's report (matched by set and unit id).
 * The same input gives the same workbook.
 * @example await rankingWorkbook(ranking, reports, { sets, produced: '2026-01-15' }).xlsx.writeBuffer()
 */
export function rankingWorkbook(ranking: Ranking, reports: readonly RoundsReport[], options: RankingWorkbookOptions): Workbook {
  const wb = new ExcelJS.Workbook();
  fixProperties(wb, options.produced, 'rankingWorkbook');
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  const ranked = ranking.groups.flatMap((g) => g.units);
  const matched = matchReports(ranked, reports);
  const names = uniqueSheetNames(ranked.map((u) => u.unit.name), [SUMMARY_SHEET]);
  const units: SummaryUnit[] = ranked.map((u, k) => {
    const report = matched[k]!;
    const set = setOf(options.sets, report);
    const cells = addScoreSheet(wb, report, { set, produced: options.produced, sheetName: names[k]! });
    return { ranked: u, report, set, cells };
  });
  writeSummary(summary, ranking, units, options.produced);
  return wb;
}

/** Each ranked unit's report, by criteria set and unit id (in order, when ids repeat). */
function matchReports(units: readonly RankedUnit[], reports: readonly RoundsReport[]): RoundsReport[] {
  const queue = new Map<string, RoundsReport[]>();
  const key = (set: string, unit: string) => `${set}\u0000${unit}`;
  for (const r of reports) {
    const k = key(r.criteriaSet.id, r.unit.id);
    queue.set(k, [...(queue.get(k) ?? []), r]);
  }
  return units.map((u) => {
    const r = queue.get(key(u.criteriaSet.id, u.unit.id))?.shift();
    if (r === undefined) throw usageError('rankingWorkbook', `no report for unit ${u.unit.id} (criteria set ${u.criteriaSet.id}) among the ${reports.length} reports given`);
    return r;
  });
}

function setOf(sets: readonly CriteriaSet[], report: RoundsReport): CriteriaSet {
  const set = sets.find((s) => s.id === report.criteriaSet.id && s.version === report.criteriaSet.version) ?? sets.find((s) => s.id === report.criteriaSet.id);
  if (set === undefined) throw usageError('rankingWorkbook', `criteria set ${report.criteriaSet.id} (unit ${report.unit.id}) is not among options.sets`);
  return set;
}
