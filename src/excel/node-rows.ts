/** Reads the "Tiêu chí" sheet back into a node tree: `1.1.4` is a child of `1.1`; otherwise the Cấp column decides. */
import type { Worksheet } from 'exceljs';
import type { Issue } from '../errors.js';
import { DECIMAL_PATTERN } from '../decimal.js';
import { cellText, listOf, yesNo } from './cells.js';
import { NODE_COLUMNS, SHEETS, nodeColumn, type NodeColumn } from './layout.js';
import { CellMap, cellIssue } from './sheet-issues.js';
import { parseTiers } from './tier-notation.js';

type Raw = Record<string, unknown> & { code: string; children?: Raw[] };
interface Placed { readonly node: Raw; readonly row: number; readonly depth: number; readonly tiersFromText: boolean; readonly metricFromColumn: boolean }

const S = SHEETS.nodes;
const FREE_TEXT = new Set<NodeColumn>(['name', 'nameEn', 'source', 'note']);
const at = (key: NodeColumn, row: number) => `${nodeColumn(key)}${row}`;

/** The tree, every problem found in the cells, and where each node path lives. */
export function readNodeRows(ws: Worksheet, cells: CellMap): { nodes: Raw[]; issues: Issue[] } {
  const issues: Issue[] = [];
  NODE_COLUMNS.forEach((c, i) => {
    const found = cellText(ws.getCell(1, i + 1))?.trim();
    if (found !== c.header) issues.push(cellIssue(S, `${nodeColumn(c.key)}1`, 'SHEET_HEADER', `expected the header "${c.header}", found ${found === undefined ? 'nothing' : `"${found}"`}; keep the columns of the template`));
  });
  const roots: Raw[] = [];
  const byCode = new Map<string, Placed>();
  const stack: Placed[] = [];
  const placed: Placed[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    // Free text keeps its spaces; codes, kinds and numbers are trimmed.
    const text = (key: NodeColumn) => {
      const t = cellText(ws.getCell(at(key, r)));
      return t === undefined || FREE_TEXT.has(key) ? t : t.trim() || undefined;
    };
    if (NODE_COLUMNS.every((c) => text(c.key)?.trim() === undefined || text(c.key)?.trim() === '')) continue;
    const row = readRow(text, r, issues);
    if (!row) continue;
    const byPrefix = row.node.code.includes('.') ? byCode.get(row.node.code.slice(0, row.node.code.lastIndexOf('.'))) : undefined;
    let parent = byPrefix;
    if (!parent && row.depth !== undefined && row.depth > 1) {
      parent = stack[row.depth - 2];
      if (!parent) issues.push(cellIssue(S, at('depth', r), 'TREE_DEPTH_JUMP', `row ${row.node.code} is at level ${row.depth} but no row above is at level ${row.depth - 1}`));
    }
    const p: Placed = { node: row.node, row: r, depth: parent ? parent.depth + 1 : 1, tiersFromText: row.tiersFromText, metricFromColumn: row.metricFromColumn };
    if (parent) (parent.node.children ??= []).push(row.node);
    else roots.push(row.node);
    stack.length = p.depth - 1;
    stack.push(p);
    byCode.set(row.node.code, p);
    placed.push(p);
  }
  if (placed.length === 0) issues.push(cellIssue(S, 'A2', 'SHEET_EMPTY', 'the sheet has no criteria rows'));
  registerPaths(roots, ['nodes'], new Map(placed.map((p) => [p.node, p])), cells);
  return { nodes: roots, issues };
}

function readRow(text: (key: NodeColumn) => string | undefined, r: number, issues: Issue[]): { node: Raw; depth: number | undefined; tiersFromText: boolean; metricFromColumn: boolean } | undefined {
  const code = text('code');
  if (code === undefined) {
    issues.push(cellIssue(S, at('code', r), 'ROW_CODE_MISSING', 'the row has content but no code (Mã)'));
    return undefined;
  }
  const node: Raw = { code };
  const put = (key: string, v: unknown) => v !== undefined && (node[key] = v);
  put('name', text('name'));
  put('nameEn', text('nameEn'));
  put('maxPoints', decimal(text('maxPoints'), at('maxPoints', r), issues));
  put('scoredBy', text('scoredBy'));
  const levels = text('levels');
  const unitTypes = text('unitTypes');
  if (levels !== undefined || unitTypes !== undefined) node['appliesTo'] = { ...(levels && { levels: listOf(levels) }), ...(unitTypes && { unitTypes: listOf(unitTypes) }) };
  const na = text('allowNotApplicable');
  if (na !== undefined) {
    const v = yesNo(na);
    if (typeof v === 'string') issues.push(cellIssue(S, at('allowNotApplicable', r), 'NOT_YES_NO', v));
    else node['allowNotApplicable'] = v;
  }
  put('source', text('source'));
  put('status', text('status'));
  put('note', text('note'));
  const rule = readRule(text, r, issues);
  put('rule', rule.rule);
  const depthText = text('depth');
  const depth = depthText === undefined ? undefined : Number(depthText);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1)) {
    issues.push(cellIssue(S, at('depth', r), 'NOT_A_NUMBER', `"${depthText}" is not a level; write 1 for an area, 2 for a criterion, 3 for a sub-criterion…`));
    return { node, depth: undefined, ...rule };
  }
  return { node, depth, ...rule };
}

function readRule(text: (key: NodeColumn) => string | undefined, r: number, issues: Issue[]): { rule: Record<string, unknown> | undefined; tiersFromText: boolean; metricFromColumn: boolean } {
  const kind = text('kind');
  const metric = text('metric');
  const tiers = text('tiers');
  const params = text('params');
  if (kind === undefined) {
    if (metric ?? tiers ?? params) issues.push(cellIssue(S, at('kind', r), 'RULE_KIND_MISSING', 'the row has rule parameters but no rule kind (Loại quy tắc)'));
    return { rule: undefined, tiersFromText: false, metricFromColumn: false };
  }
  const rule: Record<string, unknown> = { kind };
  if (metric !== undefined) rule['metric'] = metric;
  if (tiers !== undefined) {
    const parsed = parseTiers(tiers);
    if (typeof parsed === 'string') issues.push(cellIssue(S, at('tiers', r), 'TIER_NOTATION', parsed));
    else rule['tiers'] = parsed;
  }
  if (params !== undefined) {
    const json = parseJson(params);
    if (typeof json === 'string') issues.push(cellIssue(S, at('params', r), 'JSON_INVALID', json));
    else Object.assign(rule, json);
  }
  return { rule, tiersFromText: tiers !== undefined, metricFromColumn: metric !== undefined };
}

/** An object written in JSON, or a message. */
export function parseJson(text: string, shape: 'object' | 'array' = 'object'): Record<string, unknown> | unknown[] | string {
  try {
    const v: unknown = JSON.parse(text);
    if (shape === 'array') return Array.isArray(v) ? v : 'expected a JSON list like [{"id": "self", …}]';
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    return 'expected a JSON object like {"latePoints": "0.5"}';
  } catch {
    // The parser's own message differs between Node versions; say what a person needs.
    return 'not valid JSON; write it like {"latePoints": "0.5"} (keys and text in double quotes)';
  }
}

/** A decimal cell: passed on as text; a non-number is reported here, at its cell. */
function decimal(text: string | undefined, cell: string, issues: Issue[]): string | undefined {
  if (text !== undefined && !DECIMAL_PATTERN.test(text)) {
    const hint = /^\d+,\d+$/.test(text) ? `; write ${text.replace(',', '.')} (a point, not a comma)` : '; write a number like 0.25';
    issues.push(cellIssue(S, cell, 'NOT_A_NUMBER', `"${text}" is not a number${hint}`));
  }
  return text;
}

function registerPaths(list: readonly Raw[], base: readonly (string | number)[], rows: ReadonlyMap<Raw, Placed>, cells: CellMap): void {
  list.forEach((node, i) => {
    const path = [...base, i];
    const p = rows.get(node)!;
    const cols: [readonly (string | number)[], NodeColumn][] = [
      [[], 'code'], [['name'], 'name'], [['nameEn'], 'nameEn'], [['maxPoints'], 'maxPoints'], [['scoredBy'], 'scoredBy'],
      [['rule'], 'params'], [['rule', 'kind'], 'kind'], [['appliesTo'], 'levels'], [['appliesTo', 'unitTypes'], 'unitTypes'],
      [['allowNotApplicable'], 'allowNotApplicable'], [['source'], 'source'], [['status'], 'status'], [['note'], 'note'],
    ];
    if (p.metricFromColumn) cols.push([['rule', 'metric'], 'metric']);
    if (p.tiersFromText) cols.push([['rule', 'tiers'], 'tiers']);
    for (const [sub, key] of cols) cells.set([...path, ...sub], S, at(key, p.row));
    if (node.children) registerPaths(node.children, [...path, 'children'], rows, cells);
  });
}
