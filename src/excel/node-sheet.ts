/** Writes the "Tiêu chí" sheet: one row per node in tree order, rule parameters in plain columns. */
import type { DataValidation, Worksheet } from 'exceljs';
import { flattenTree } from '../engine/walk.js';
import type { CriteriaNode, CriteriaSet } from '../schema/criteria-set.js';
import { decimalValue, textValue } from './cells.js';
import { NO, NODE_COLUMNS, YES, type NodeColumn } from './layout.js';
import { formatTiers } from './tier-notation.js';

/** Blank rows below the table that still carry the drop-down lists, for rows an officer adds. */
const SPARE_ROWS = 50;

type CellContent = string | number | null;

/** The cells of one node, by column. */
export function nodeCells(node: CriteriaNode, depth: number): Record<NodeColumn, CellContent> {
  const rule = ruleColumns(node.rule);
  return {
    code: node.code,
    depth: depth + 1,
    name: node.name,
    nameEn: textValue(node.nameEn),
    maxPoints: decimalValue(node.maxPoints),
    scoredBy: textValue(node.scoredBy),
    kind: rule.kind,
    metric: rule.metric,
    tiers: rule.tiers,
    params: rule.params,
    levels: node.appliesTo?.levels?.join(', ') ?? null,
    unitTypes: node.appliesTo?.unitTypes?.join(', ') ?? null,
    allowNotApplicable: node.allowNotApplicable === undefined ? null : node.allowNotApplicable ? YES : NO,
    source: textValue(node.source),
    status: textValue(node.status),
    note: textValue(node.note),
  };
}

/** Splits a rule into kind, metric, tiers (when the notation says them exactly) and the rest as JSON. */
function ruleColumns(rule: CriteriaNode['rule']): { kind: CellContent; metric: CellContent; tiers: CellContent; params: CellContent } {
  if (!rule) return { kind: null, metric: null, tiers: null, params: null };
  const { kind, metric, tiers, ...rest } = rule;
  const tierText = formatTiers(tiers);
  const params: Record<string, unknown> = { ...(typeof metric === 'string' || metric === undefined ? {} : { metric }), ...(tierText === undefined && tiers !== undefined ? { tiers } : {}), ...rest };
  return {
    kind,
    metric: typeof metric === 'string' ? metric : null,
    tiers: tierText ?? null,
    params: Object.keys(params).length > 0 ? JSON.stringify(params) : null,
  };
}

/** Fills `ws` with the node table of `set`; `kinds` feeds the rule-kind drop-down. */
export function writeNodeSheet(ws: Worksheet, set: CriteriaSet, kinds: readonly string[]): void {
  ws.columns = NODE_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  NODE_COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  const flat = flattenTree(set.nodes);
  flat.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    const cells = nodeCells(f.node, f.depth);
    NODE_COLUMNS.forEach((c, k) => (row.getCell(k + 1).value = cells[c.key]));
    row.getCell(3).alignment = { indent: f.depth * 2, wrapText: true };
    if (!f.isLeaf) row.font = { bold: true };
  });
  addValidations(ws, flat.length + 1 + SPARE_ROWS, kinds);
}

function addValidations(ws: Worksheet, lastRow: number, kinds: readonly string[]): void {
  const list = (items: readonly string[]): DataValidation => ({ type: 'list', allowBlank: true, formulae: [`"${items.join(',')}"`], showErrorMessage: true });
  const byColumn: Partial<Record<NodeColumn, DataValidation>> = {
    kind: list(kinds),
    status: list(['official', 'adapted', 'example']),
    scoredBy: list(['self', 'survey']),
    allowNotApplicable: list([YES, NO]),
    maxPoints: { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: 'Điểm tối đa là số ≥ 0 (dấu chấm thập phân)' },
    depth: { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [1], showErrorMessage: true },
  };
  NODE_COLUMNS.forEach((c, k) => {
    const dv = byColumn[c.key];
    if (dv) for (let r = 2; r <= lastRow; r++) ws.getCell(r, k + 1).dataValidation = dv;
  });
}
