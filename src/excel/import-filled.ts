/** Reads a filled unit template (`unitTemplate`) back into an assessment, every problem at its cell, all at once. */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { compilePlan } from '../engine/compile.js';
import { evaluate } from '../engine/evaluate.js';
import { dataError, hasErrors, usageError, type Issue } from '../errors.js';
import { checkAssessment } from '../load/assessment.js';
import type { Loaded } from '../load/criteria.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { checkArchive } from './import-zip.js';
import { checkInflated } from './import-inflate.js';
import { mergeInputs } from './import-merge.js';
import { readRoundInputs } from './import-rows.js';
import { readEvidence, readMetrics } from './import-sheets.js';
import { locateRows, readMeta } from './import-structure.js';
import { compareTotals } from './import-totals.js';
import { cellIssue } from './sheet-issues.js';
import { IMPORT_LIMITS, TEMPLATE_SHEETS } from './template-layout.js';

export interface ImportOptions {
  /** The criteria set the template was made from. */
  readonly set: CriteriaSet;
  /** Name shown in issues. */
  readonly file?: string;
  /** The assessment to merge into (e.g. the one the template was made from): the round read replaces its round. */
  readonly base?: Assessment;
  readonly rules?: RuleRegistry;
}

/**
 * Reads a filled template: the round's points, notes or comments and rows to explain, not-applicable rows,
 * metrics and evidence. Refuses files over 20 MB, archives that unpack past 100 MB or a ratio of 100, and sheets
 * over 5,000 rows. Totals in the sheet are never read as data: the engine recomputes them, and a warning says where
 * the sheet disagrees.
 * @example await importFilled(bytes, { set, file: 'stp.xlsx', base })
 * @throws ParIndexError: `usage` for bad arguments, `invalid-data` for an invalid set or base assessment.
 */
export async function importFilled(data: Uint8Array | ArrayBuffer, options: ImportOptions): Promise<Loaded<Assessment>> {
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw usageError('importFilled', 'data must be a Uint8Array or an ArrayBuffer (the bytes of an .xlsx file)');
  if (options === undefined || options.set === undefined) throw usageError('importFilled', 'options.set (the criteria set) is required');
  const file = options.file;
  const placed = (issues: Issue[]) => (file === undefined ? issues : issues.map((i) => ({ ...i, file })));
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const refused = checkArchive(bytes);
  if (refused.length > 0) return { ok: false, issues: placed(refused) };
  const lying = await checkInflated(bytes);
  if (lying.length > 0) return { ok: false, issues: placed(lying) };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, issues: placed([{ code: 'XLSX_INVALID', severity: 'error', path: 'workbook', message: `not an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}` }]) };
  }
  const result = importWorkbook(wb, options);
  return { ...result, issues: placed(result.issues) } as Loaded<Assessment>;
}

/** `importFilled` on a workbook already loaded (no size checks: the caller loaded it). */
export function importWorkbook(wb: Workbook, options: ImportOptions): Loaded<Assessment> {
  const plan = compilePlan(options.set, options.rules);
  if (options.base !== undefined) {
    const base = checkAssessment(options.base);
    if (!base.ok) throw dataError('importFilled: the base assessment', base.issues);
    options = { ...options, base: base.value };
  }
  const sheets = Object.values(TEMPLATE_SHEETS).filter((s) => s !== TEMPLATE_SHEETS.guide);
  const missing = sheets.filter((s) => wb.getWorksheet(s) === undefined);
  if (missing.length > 0) {
    return { ok: false, issues: missing.map((s) => cellIssue(s, 'A1', 'SHEET_MISSING', `the workbook has no sheet "${s}"; it is not a template made by \`parindex template\` (or a sheet was renamed)`)) };
  }
  const big = sheets.map((s) => wb.getWorksheet(s)!).find((ws) => ws.rowCount > IMPORT_LIMITS.rows);
  if (big) return { ok: false, issues: [cellIssue(big.name, `A${big.rowCount}`, 'TOO_MANY_ROWS', `the sheet has ${big.rowCount} rows; at most ${IMPORT_LIMITS.rows} are read`)] };
  const { meta, issues } = readMeta(wb.getWorksheet(TEMPLATE_SHEETS.meta)!, plan, options.base);
  if (meta === undefined || hasErrors(issues)) return { ok: false, issues };
  const unit = unitOf(meta.fields, plan.set, options.base);
  if (!('unit' in unit)) return { ok: false, issues: unit };
  const rowsSheet = wb.getWorksheet(TEMPLATE_SHEETS.rows)!;
  const located = locateRows(rowsSheet, meta, plan);
  const round = readRoundInputs(rowsSheet, plan, located.rows, meta.round, unit);
  const metrics = readMetrics(wb.getWorksheet(TEMPLATE_SHEETS.metrics)!, plan);
  const evidence = readEvidence(wb.getWorksheet(TEMPLATE_SHEETS.evidence)!, plan);
  issues.push(...located.issues, ...round.issues, ...metrics.issues, ...evidence.issues);
  if (hasErrors(issues)) return { ok: false, issues };
  const merged = mergeInputs(plan, unit, meta.round, { ...round.inputs, metrics: metrics.metrics, listed: metrics.listed, evidence: evidence.evidence });
  const checked = checkAssessment(merged);
  if (!checked.ok) return { ok: false, issues: [...issues, ...checked.issues] };
  issues.push(...compareTotals(rowsSheet, plan, located.rows, meta.round, evaluate(plan, checked.value, { round: meta.round })));
  return { ok: true, value: checked.value, issues };
}

/** The base assessment, or one made from the unit, year and set the template was made for. */
function unitOf(fields: Record<string, string>, set: CriteriaSet, base: Assessment | undefined): Assessment | Issue[] {
  if (base !== undefined) return base;
  const type = fields['unitType'];
  const checked = checkAssessment({
    criteriaSet: { id: set.id, version: set.version },
    unit: { id: fields['unitId'], name: fields['unitName'], level: fields['unitLevel'], ...(type !== undefined && type !== '' && { type }) },
    year: Number(fields['year']),
  });
  if (checked.ok) return checked.value;
  return checked.issues.map((i) => cellIssue(TEMPLATE_SHEETS.meta, 'B1', 'TEMPLATE_FORMAT', `the template's unit or year is unreadable: ${i.path}: ${i.message}`));
}
