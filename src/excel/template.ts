/** The unit template (biểu mẫu chấm điểm): a protected workbook a unit or an appraisal council fills in for one round. */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { compilePlan, type Plan } from '../engine/compile.js';
import { evaluate, type Evaluation } from '../engine/evaluate.js';
import { dataError, showValue, usageError } from '../errors.js';
import { checkAssessment } from '../load/assessment.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Assessment, Unit } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { RoundName } from '../schema/rounds.js';
import { SheetCells } from './score-sheet-cells.js';
import { numberFormat } from './score-sheet-layout.js';
import { fixProperties } from './score-sheet.js';
import { writeGuide, writeMeta } from './template-guide.js';
import { NOT_APPLICABLE_TEXT, rowsHash, ROUNDS, TCOL, TEMPLATE_FORMAT, TEMPLATE_SHEETS } from './template-layout.js';
import { placeRows, type TemplatePlacement } from './template-place.js';
import { writeLeafInput, writeRowLabels, type RowsContext } from './template-rows.js';
import { rulesByCode, writeEvidenceSheet, writeMetricsSheet } from './template-sheets.js';
import { protect, styleRows, writeTitle } from './template-style.js';
import { writeParentSum, writeTotals } from './template-totals.js';

export interface TemplateOptions {
  /** The round the sheet is for: the unit's self-assessment, or appraisal round 1 or 2. */
  readonly round: RoundName;
  /** The day the template is produced (YYYY-MM-DD), printed on it and used as the workbook's dates; never the clock. */
  readonly produced: string;
  /** The assessment year; required when `unit` is a unit rather than an assessment. */
  readonly year?: number;
  /** Rule kinds; defaults to the built-in ones. */
  readonly rules?: RuleRegistry;
}

/**
 * A workbook for `unit` (or the council appraising it) to fill in for one round, prefilled with what the assessment
 * already has; `importFilled` reads it back. The same input gives the same workbook.
 * @example await unitTemplate(set, assessment, { round: 'self', produced: '2026-01-05' }).xlsx.writeBuffer()
 * @throws ParIndexError: `usage` for bad options, `invalid-data` for an invalid set or assessment.
 */
export function unitTemplate(set: CriteriaSet, unit: Unit | Assessment, options: TemplateOptions): Workbook {
  if (!ROUNDS.includes(options?.round)) throw usageError('unitTemplate', `round must be one of ${ROUNDS.join(', ')}, got ${showValue(options?.round)}`);
  const plan = compilePlan(set, options.rules);
  const a = assessmentOf(plan, unit, options.year);
  const wb = new ExcelJS.Workbook();
  fixProperties(wb, options.produced, 'unitTemplate');
  const round = options.round;
  const evals: Partial<Record<RoundName, Evaluation>> = {};
  for (const r of ROUNDS.slice(0, ROUNDS.indexOf(round) + 1)) evals[r] = evaluate(plan, a, { round: r });
  const previous = ROUNDS[ROUNDS.indexOf(round) - 1];
  const fallback = evaluate(plan, a, { round: previous ?? 'rules' });
  const rules = rulesByCode(plan.set);
  const ws = wb.addWorksheet(TEMPLATE_SHEETS.rows);
  const ctx: RowsContext = {
    cells: new SheetCells(ws), a, round, evals, fallback, rules, format: numberFormat(plan.set.rounding.points), inputFormat: inputFormat(plan.set.rounding.points), unlocked: new Set(), grey: new Set(),
  };
  const place = placeRows(plan, a);
  writeTitle(ws, plan.set, a, round, options.produced);
  writeRows(ctx, place);
  const caps = { ...(plan.bonus && { bonus: plan.bonus.cap.dec.toString() }), ...(plan.penalty && { penalty: plan.penalty.cap.dec.toString() }) };
  writeTotals(ctx, place, caps);
  styleRows(ws, ctx, place);
  protect(ws, ctx.unlocked);
  const other = new Set<string>();
  const metrics = wb.addWorksheet(TEMPLATE_SHEETS.metrics);
  writeMetricsSheet(metrics, plan, a, rules, other);
  protect(metrics, round === 'self' ? other : new Set());
  const evidence = wb.addWorksheet(TEMPLATE_SHEETS.evidence);
  writeEvidenceSheet(evidence, plan, a, round === 'self');
  protect(evidence, new Set());
  const guide = wb.addWorksheet(TEMPLATE_SHEETS.guide);
  writeGuide(guide, round);
  protect(guide, new Set());
  writeMeta(wb.addWorksheet(TEMPLATE_SHEETS.meta), {
    format: String(TEMPLATE_FORMAT), setId: plan.set.id, setVersion: plan.set.version, unitId: a.unit.id, unitName: a.unit.name,
    unitType: a.unit.type ?? '', unitLevel: a.unit.level, year: String(a.year), round, produced: options.produced, hash: rowsHash(templateRows(place).map(([c, m]) => [c, m])),
  }, templateRows(place));
  return wb;
}

/** The rows a template holds, in sheet order: code, maximum as written, sheet row. */
export function templateRows(place: TemplatePlacement): [string, string, number][] {
  return [...place.tree, ...place.bonus, ...place.penalty].map((row) => [row.node.code, row.node.maxText, row.r]);
}

function writeRows(ctx: RowsContext, place: TemplatePlacement): void {
  // Children before parents, so a parent caches the sum of cells already written.
  for (const row of [...place.tree].reverse()) {
    writeRowLabels(ctx, row);
    if (row.children.length === 0) writeLeafInput(ctx, row);
    else if (row.excluded) ctx.cells.text(`${TCOL[ctx.round]}${row.r}`, NOT_APPLICABLE_TEXT);
    else writeParentSum(ctx, row);
  }
  for (const row of [...place.bonus, ...place.penalty]) {
    writeRowLabels(ctx, row);
    writeLeafInput(ctx, row);
  }
}

function inputFormat(places: number): string {
  return places === 0 ? 'General' : `${numberFormat(places)}####`;
}

function assessmentOf(plan: Plan, unit: Unit | Assessment, year: number | undefined): Assessment {
  const given = unit as Partial<Assessment> | null;
  if (given === null || typeof given !== 'object') throw usageError('unitTemplate', 'expected a unit or an assessment');
  if (given.criteriaSet !== undefined) {
    const checked = checkAssessment(given);
    if (!checked.ok) throw dataError('unitTemplate: the assessment', checked.issues);
    return year === undefined ? checked.value : { ...checked.value, year };
  }
  if (year === undefined) throw usageError('unitTemplate', 'options.year is required when a unit (not an assessment) is given');
  const checked = checkAssessment({ criteriaSet: { id: plan.set.id, version: plan.set.version }, unit, year });
  if (!checked.ok) throw dataError('unitTemplate: the unit', checked.issues);
  return checked.value;
}
