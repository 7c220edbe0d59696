/** Reads the "Bộ tiêu chí" sheet: key | value rows, then the metrics and bands tables. */
import type { Worksheet } from 'exceljs';
import { DECIMAL_PATTERN } from '../decimal.js';
import type { Issue } from '../errors.js';
import { cellText, listOf, yesNo } from './cells.js';
import { parseSource } from './source-notation.js';
import { BAND_HEADERS, METRIC_HEADERS, SET_FIELDS, SHEETS, TABLE_TITLES, letter } from './layout.js';
import { parseJson } from './node-rows.js';
import { CellMap, cellIssue } from './sheet-issues.js';

const S = SHEETS.set;
type Data = Record<string, unknown>;

function setDotted(obj: Data, key: string, value: unknown): void {
  const keys = key.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Data;
  o[keys[keys.length - 1]!] = value;
}

/** The set-level data (without nodes) and every problem found. */
export function readSetSheet(ws: Worksheet, cells: CellMap): { data: Data; issues: Issue[] } {
  const data: Data = {};
  const issues: Issue[] = [];
  let section: 'fields' | 'metrics' | 'bands' = 'fields';
  let header = false;
  for (let r = 2; r <= ws.rowCount; r++) {
    const at = (c: number) => cellText(ws.getCell(r, c));
    const a = at(1)?.trim();
    if (a === undefined) continue;
    if (a === TABLE_TITLES.metrics || a === TABLE_TITLES.bands) {
      section = a === TABLE_TITLES.metrics ? 'metrics' : 'bands';
      header = true;
      continue;
    }
    if (header) {
      header = false;
      continue;
    }
    if (section === 'fields') readField(a, at(2), r, data, issues, cells);
    else if (section === 'metrics') readMetric(a, at, r, data, issues, cells);
    else readBand(at, r, data, issues, cells);
  }
  return { data, issues };
}

function readField(key: string, value: string | undefined, r: number, data: Data, issues: Issue[], cells: CellMap): void {
  const field = SET_FIELDS.find((f) => f.key === key);
  if (!field) {
    issues.push(cellIssue(S, `A${r}`, 'UNKNOWN_FIELD', `unknown field "${key}"; the fields are ${SET_FIELDS.map((f) => f.key).join(', ')}`));
    return;
  }
  cells.set(key.split('.'), S, `B${r}`);
  if (value === undefined) return;
  if (field.json) {
    const v = parseJson(value, key === 'index.parts' ? 'array' : 'object');
    if (typeof v === 'string') issues.push(cellIssue(S, `B${r}`, 'JSON_INVALID', v));
    else setDotted(data, key, v);
  } else if (field.int) {
    const n = Number(value);
    if (!Number.isInteger(n)) issues.push(cellIssue(S, `B${r}`, 'NOT_A_NUMBER', `"${value}" is not a whole number`));
    else setDotted(data, key, n);
  } else if (field.decimal) {
    const text = value.trim();
    if (DECIMAL_PATTERN.test(text)) setDotted(data, key, text);
    else issues.push(cellIssue(S, `B${r}`, 'NOT_A_NUMBER', `"${value}" is not a number; ${/^\d+,\d+$/.test(text) ? `write ${text.replace(',', '.')} (a point, not a comma)` : 'write a number like 0.25'}`));
  } else setDotted(data, key, key === 'unitLevels' || key === 'unitTypes' ? listOf(value) : value);
}

function readMetric(id: string, at: (c: number) => string | undefined, r: number, data: Data, issues: Issue[], cells: CellMap): void {
  const metric: Data = {};
  METRIC_HEADERS.slice(1).forEach((h, i) => {
    const v = at(i + 2);
    const cell = `${letter(i + 2)}${r}`;
    cells.set(['metrics', id, h], S, cell);
    if (v === undefined) return;
    if (h !== 'from') metric[h] = h === 'unit' || h === 'better' || h === 'min' || h === 'max' ? v.trim() : v;
    else {
      const from = parseSource(v);
      if (typeof from === 'string') issues.push(cellIssue(S, cell, 'METRIC_SOURCE_INVALID', from));
      else metric[h] = from;
    }
  });
  cells.set(['metrics', id], S, `A${r}`);
  ((data['metrics'] ??= {}) as Data)[id] = metric;
}

function readBand(at: (c: number) => string | undefined, r: number, data: Data, issues: Issue[], cells: CellMap): void {
  const band: Data = {};
  const bands = (data['bands'] ??= []) as Data[];
  BAND_HEADERS.forEach((h, i) => {
    const v = at(i + 1)?.trim();
    cells.set(['bands', bands.length, h], S, `${letter(i + 1)}${r}`);
    if (v === undefined) return;
    if (h === 'minInclusive' || h === 'maxInclusive') {
      const b = yesNo(v);
      if (typeof b === 'string') issues.push(cellIssue(S, `${letter(i + 1)}${r}`, 'NOT_YES_NO', b));
      else band[h] = b;
    } else band[h] = v;
  });
  cells.set(['bands', bands.length], S, `A${r}`);
  bands.push(band);
}
