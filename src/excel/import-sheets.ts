/** Metrics ("Số liệu") and evidence documents ("Tài liệu kiểm chứng") read back from a filled template. */
import type { Worksheet } from 'exceljs';
import type { Plan } from '../engine/compile.js';
import type { Issue } from '../errors.js';
import { EvidenceDocument, type MetricEntry } from '../schema/assessment.js';
import { cellText } from './cells.js';
import { readDate, readMetric, readText } from './import-cells.js';
import { cellIssue } from './sheet-issues.js';
import { ECOL, MCOL, TEMPLATE_SHEETS } from './template-layout.js';

/** One entry per metric row with a value, a note or a source. */
export function readMetrics(ws: Worksheet, plan: Plan): { metrics: Record<string, MetricEntry>; listed: Set<string>; issues: Issue[] } {
  const S = TEMPLATE_SHEETS.metrics;
  const metrics: Record<string, MetricEntry> = {};
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const id = cellText(ws.getCell(`${MCOL.id}${r}`))?.trim();
    const value = ws.getCell(`${MCOL.value}${r}`);
    const note = readText(ws.getCell(`${MCOL.note}${r}`));
    const source = readText(ws.getCell(`${MCOL.source}${r}`));
    if (id === undefined) {
      if (cellText(value) !== undefined || note !== undefined || source !== undefined) issues.push(cellIssue(S, `${MCOL.id}${r}`, 'METRIC_UNKNOWN', `row ${r} has a value but no metric id`));
      continue;
    }
    const def = Object.hasOwn(plan.set.metrics, id) ? plan.set.metrics[id] : undefined;
    if (def === undefined) {
      issues.push(cellIssue(S, `${MCOL.id}${r}`, 'METRIC_UNKNOWN', `metric "${id}" is not declared in criteria set ${plan.set.id}`));
      continue;
    }
    if (seen.has(id)) {
      issues.push(cellIssue(S, `${MCOL.id}${r}`, 'METRIC_DUPLICATE', `metric "${id}" is already on row ${seen.get(id)}`));
      continue;
    }
    seen.set(id, r);
    const read = readMetric(value, def);
    if (read !== undefined && 'problem' in read) {
      issues.push(cellIssue(S, value.address, read.code, `metric ${id}: ${read.problem}`));
      continue;
    }
    if (read === undefined && note === undefined && source === undefined) continue;
    const v = read === undefined ? null : read.value;
    metrics[id] = note === undefined && source === undefined ? v : { value: v, ...(note !== undefined && { note }), ...(source !== undefined && { source }) };
  }
  return { metrics, listed: new Set(seen.keys()), issues };
}

const FIELDS = ['number', 'issuer', 'summary', 'link', 'file'] as const;

/** Documents per row code, in sheet order. */
export function readEvidence(ws: Worksheet, plan: Plan): { evidence: Record<string, EvidenceDocument[]>; issues: Issue[] } {
  const S = TEMPLATE_SHEETS.evidence;
  const evidence: Record<string, EvidenceDocument[]> = {};
  const issues: Issue[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const text = (c: string) => readText(ws.getCell(`${c}${r}`));
    const code = text(ECOL.code)?.trim();
    const doc: Record<string, string> = {};
    for (const f of FIELDS) {
      const t = text(ECOL[f]);
      if (t !== undefined) doc[f] = t;
    }
    const date = readDate(ws.getCell(`${ECOL.date}${r}`));
    if (code === undefined && Object.keys(doc).length === 0 && date === undefined) continue;
    if (date !== undefined && 'problem' in date) issues.push(cellIssue(S, `${ECOL.date}${r}`, date.code, date.problem));
    else if (date !== undefined) doc['date'] = date.value;
    if (code === undefined || !plan.rows.has(code)) {
      issues.push(cellIssue(S, `${ECOL.code}${r}`, 'EVIDENCE_ROW_UNKNOWN', code === undefined ? 'the document has no row code (e.g. 1.1.4)' : `"${code}" is not a row of criteria set ${plan.set.id}`));
      continue;
    }
    const checked = EvidenceDocument.safeParse(doc);
    if (!checked.success) {
      issues.push(cellIssue(S, `${ECOL.number}${r}`, 'EVIDENCE_EMPTY', 'a document needs at least a number (số hiệu), a summary (trích yếu), a link or a file name'));
      continue;
    }
    (evidence[code] ??= []).push(checked.data);
  }
  return { evidence, issues };
}
