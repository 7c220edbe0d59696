/** The "Bộ tiêu chí" sheet: set-level fields as key | value | label rows, then the metrics and bands tables. */
import type { Worksheet } from 'exceljs';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { decimalValue, textValue } from './cells.js';
import { formatSource } from './source-notation.js';
import { BAND_HEADERS, METRIC_HEADERS, NO, SET_FIELDS, TABLE_TITLES, YES } from './layout.js';

type Content = string | number | null;

/** Reads `a.b` from an object. */
export function getDotted(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function fieldValue(set: CriteriaSet, field: (typeof SET_FIELDS)[number]): Content {
  const v = getDotted(set, field.key);
  if (v === undefined) return null;
  if (field.json) return JSON.stringify(v);
  if (field.decimal) return decimalValue(String(v));
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'number') return v;
  return textValue(String(v));
}

export function writeSetSheet(ws: Worksheet, set: CriteriaSet): void {
  ws.columns = [{ width: 20 }, { width: 50 }, { width: 50 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 40 }, { width: 22 }];
  let r = 1;
  const put = (values: Content[], bold = false) => {
    const row = ws.getRow(r++);
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
    if (bold) row.font = { bold: true };
  };
  put(['Trường', 'Giá trị', 'Ghi chú'], true);
  for (const f of SET_FIELDS) put([f.key, fieldValue(set, f), f.label]);
  r++;
  put([TABLE_TITLES.metrics], true);
  put([...METRIC_HEADERS], true);
  for (const [id, m] of Object.entries(set.metrics)) {
    put([id, m.unit, textValue(m.name), dec(m.min), dec(m.max), textValue(m.better), textValue(m.description), m.from ? formatSource(m.from) : null]);
  }
  r++;
  put([TABLE_TITLES.bands], true);
  put([...BAND_HEADERS], true);
  for (const b of set.bands) put([b.label, dec(b.min), b.minInclusive ? YES : NO, dec(b.max), b.maxInclusive ? YES : NO]);
}

function dec(v: string | undefined): Content {
  return v === undefined ? null : decimalValue(v);
}
