/** The template's other sheets: metrics ("Số liệu") and evidence documents ("Tài liệu kiểm chứng"). */
import type { Worksheet } from 'exceljs';
import type { Plan } from '../engine/compile.js';
import type { Assessment, MetricEntry, MetricValue } from '../schema/assessment.js';
import type { CriteriaNode, CriteriaSet, MetricDef, RuleSpec } from '../schema/criteria-set.js';
import { decimalValue, encodeXmlText } from './cells.js';
import { NO, YES } from './layout.js';
import { ECOL, EHEADERS, MCOL, MHEADERS, NO_DATA, NOT_DONE, UNIT_LABELS } from './template-layout.js';

/** Metrics a unit types in: declared, not computed from the plan or reports, not read only by survey rows; plus any the assessment gives. */
export function typedMetrics(plan: Plan, a: Assessment, rules: ReadonlyMap<string, RuleSpec | undefined>): string[] {
  const bySurvey = new Set<string>();
  const bySelf = new Set<string>();
  for (const node of plan.rows.values()) {
    if (node.kind === undefined) continue;
    for (const m of metricRefs(rules.get(node.code), plan)) (node.scoredBy === 'survey' ? bySurvey : bySelf).add(m);
  }
  return Object.entries(plan.set.metrics)
    .filter(([id, def]) => Object.hasOwn(a.metrics, id) || (def.from === undefined && (bySelf.has(id) || !bySurvey.has(id))))
    .map(([id]) => id);
}

/** The rule of every row by code, tree and adjustment items alike. */
export function rulesByCode(set: CriteriaSet): Map<string, RuleSpec | undefined> {
  const out = new Map<string, RuleSpec | undefined>();
  const visit = (n: { code: string; rule?: RuleSpec | undefined; children?: readonly CriteriaNode[] | undefined }) => {
    out.set(n.code, n.rule);
    for (const c of n.children ?? []) visit(c);
  };
  for (const n of [...set.nodes, ...(set.adjustments?.bonus?.items ?? []), ...(set.adjustments?.penalty?.items ?? [])]) visit(n);
  return out;
}

/** Every string inside a rule that names a declared metric. */
function metricRefs(rule: unknown, plan: Plan): string[] {
  if (typeof rule === 'string') return Object.hasOwn(plan.set.metrics, rule) ? [rule] : [];
  if (Array.isArray(rule)) return rule.flatMap((x) => metricRefs(x, plan));
  if (rule !== null && typeof rule === 'object') return Object.values(rule).flatMap((x) => metricRefs(x, plan));
  return [];
}

/** One row per metric: id, name and unit locked; value, note and source typed in. */
export function writeMetricsSheet(ws: Worksheet, plan: Plan, a: Assessment, rules: ReadonlyMap<string, RuleSpec | undefined>, unlocked: Set<string>): void {
  ws.columns = [{ width: 26 }, { width: 50 }, { width: 18 }, { width: 16 }, { width: 30 }, { width: 30 }];
  header(ws, MHEADERS);
  typedMetrics(plan, a, rules).forEach((id, k) => {
    const r = k + 2;
    const def = plan.set.metrics[id]!;
    const entry = Object.hasOwn(a.metrics, id) ? a.metrics[id] : undefined;
    ws.getCell(`${MCOL.id}${r}`).value = id;
    ws.getCell(`${MCOL.name}${r}`).value = encodeXmlText(def.name ?? def.description ?? id);
    ws.getCell(`${MCOL.unit}${r}`).value = UNIT_LABELS[def.unit] ?? def.unit;
    const { value, note, source } = split(entry);
    const cell = ws.getCell(`${MCOL.value}${r}`);
    if (entry !== undefined) cell.value = metricCell(def, value);
    if (note !== undefined) ws.getCell(`${MCOL.note}${r}`).value = encodeXmlText(note);
    if (source !== undefined) ws.getCell(`${MCOL.source}${r}`).value = encodeXmlText(source);
    cell.dataValidation = metricValidation(def);
    for (const c of [MCOL.value, MCOL.note, MCOL.source]) unlocked.add(`${c}${r}`);
  });
}

function split(entry: MetricEntry | undefined): { value: MetricValue; note?: string | undefined; source?: string | undefined } {
  if (entry !== null && typeof entry === 'object') return entry;
  return { value: entry ?? null };
}

/**
 * A decimal string as a number only when Excel keeps it exactly: it prints back the same and has at most 15
 * significant digits (what Excel stores); otherwise as text, so the import reads back the very same decimal.
 * @example cellDecimal('0.001000000000000001') // '0.001000000000000001' (text)
 */
export function cellDecimal(text: string): number | string {
  const v = decimalValue(text);
  return typeof v === 'number' && text.replace(/^-?0*\.?0*/, '').replace('.', '').length <= 15 ? v : text;
}

/** A metric value as a cell: decimals as numbers when exact, booleans có/không, null as "chưa thực hiện"/"chưa có". */
export function metricCell(def: MetricDef, value: MetricValue): string | number {
  if (value === null) return def.unit === 'date' ? NOT_DONE : NO_DATA;
  if (typeof value === 'boolean') return value ? YES : NO;
  if (def.unit === 'percent' || def.unit === 'count' || def.unit === 'number') return cellDecimal(String(value));
  return encodeXmlText(String(value));
}

function metricValidation(def: MetricDef) {
  const warn = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' } as const;
  if (def.unit === 'boolean') return { ...warn, type: 'list' as const, formulae: [`"${YES},${NO}"`], error: `Chọn "${YES}" hoặc "${NO}".` };
  const min = def.min ?? (def.unit === 'percent' || def.unit === 'count' ? '0' : undefined);
  const max = def.max ?? (def.unit === 'percent' ? '100' : undefined);
  if (def.unit === 'date' || def.unit === 'text' || min === undefined) return { ...warn, type: 'textLength' as const, operator: 'lessThanOrEqual' as const, formulae: [1000] };
  if (max === undefined) return { ...warn, type: 'decimal' as const, operator: 'greaterThanOrEqual' as const, formulae: [Number(min)], error: `Nhập số từ ${min} trở lên.` };
  return { ...warn, type: 'decimal' as const, operator: 'between' as const, formulae: [Number(min), Number(max)], error: `Nhập số từ ${min} đến ${max}.` };
}

/** One document a row, in row order; when `editable`, every cell below the header is typed in (whole columns unlocked). */
export function writeEvidenceSheet(ws: Worksheet, plan: Plan, a: Assessment, editable: boolean): void {
  ws.columns = [{ width: 12 }, { width: 18 }, { width: 14 }, { width: 26 }, { width: 50 }, { width: 36 }, { width: 28 }];
  // Whole columns unlocked by their style (cells created later inherit it): any number of documents can be added.
  if (editable) for (const c of Object.values(ECOL)) ws.getColumn(c).protection = { locked: false };
  header(ws, EHEADERS);
  ws.getRow(1).eachCell((cell) => (cell.protection = { locked: true }));
  const order = [...plan.rows.keys()];
  const codes = Object.keys(a.evidence).sort((x, y) => rank(order, x) - rank(order, y));
  let r = 2;
  for (const code of codes) {
    for (const doc of a.evidence[code]!) {
      const put = (col: string, text: string | undefined) => {
        if (text !== undefined) ws.getCell(`${col}${r}`).value = encodeXmlText(text);
      };
      put(ECOL.code, code);
      put(ECOL.number, doc.number);
      put(ECOL.date, doc.date);
      put(ECOL.issuer, doc.issuer);
      put(ECOL.summary, doc.summary);
      put(ECOL.link, doc.link);
      put(ECOL.file, doc.file);
      r++;
    }
  }
}

const rank = (order: readonly string[], code: string) => (order.includes(code) ? order.indexOf(code) : order.length);

function header(ws: Worksheet, headers: readonly string[]): void {
  const row = ws.getRow(1);
  headers.forEach((h, k) => (row.getCell(k + 1).value = h));
  row.font = { name: 'Times New Roman', size: 11, bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}
