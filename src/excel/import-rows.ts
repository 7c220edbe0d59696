/** The round's inputs on "Tiêu chí": points per row, notes or comments, rows to explain, not-applicable rows, date and scorer. */
import type { Worksheet } from 'exceljs';
import type { Plan } from '../engine/compile.js';
import { applicability, BY_RULE } from '../engine/evaluate.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import type { RoundName } from '../schema/rounds.js';
import { yesNo } from './cells.js';
import { checkPoints, readDate, readDecimal, readText } from './import-cells.js';
import { cellIssue } from './sheet-issues.js';
import { ROUND_FIELDS, TCOL, TEMPLATE_SHEETS } from './template-layout.js';

const S = TEMPLATE_SHEETS.rows;

export interface RoundInputs {
  readonly date?: string;
  readonly by?: string;
  readonly points: Record<string, string>;
  /** Self-assessment notes, or the appraisal round's comments. */
  readonly texts: Record<string, string>;
  readonly explanationRequired: string[];
  readonly notApplicable: Record<string, string>;
}

/** Reads the round column and the text columns of every located row; problems at their cells. */
export function readRoundInputs(ws: Worksheet, plan: Plan, rows: ReadonlyMap<string, number>, round: RoundName, unit: Assessment): { inputs: RoundInputs; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (cell: string, code: string, message: string) => issues.push(cellIssue(S, cell, code, message));
  const points: Record<string, string> = {};
  const texts: Record<string, string> = {};
  const explanationRequired: string[] = [];
  const notApplicable: Record<string, string> = {};
  const excluded = excludedRows(plan, unit);
  for (const [code, r] of rows) {
    const node = plan.rows.get(code);
    if (node === undefined) continue;
    const x = `${TCOL[round]}${r}`;
    if (node.children.length === 0 && node.scoredBy === 'self' && !excluded.has(code)) {
      const d = readDecimal(ws.getCell(x));
      const checked = d !== undefined && 'value' in d ? checkPoints(d.value, node.maxText, node.step) : d;
      if (checked !== undefined && 'value' in checked) points[code] = checked.value;
      else if (checked !== undefined) at(x, checked.code, `row ${code}: ${checked.problem}`);
    }
    const na = readText(ws.getCell(`${TCOL.na}${r}`));
    if (na !== undefined && node.allowNotApplicable) {
      notApplicable[code] = na;
      // The engine ignores points on a row declared not applicable; say so where the officer typed them.
      if (points[code] !== undefined) issues.push({ ...cellIssue(S, x, 'POINTS_ON_NOT_APPLICABLE', `row ${code} is declared không áp dụng ("${na}"); its points ${points[code]} are ignored`), severity: 'warning' });
    }
    const text = readText(ws.getCell(`${round === 'self' ? TCOL.notes : TCOL.comments}${r}`));
    if (text !== undefined) texts[code] = text;
    if (round === 'self') continue;
    const ask = readText(ws.getCell(`${TCOL.explain}${r}`));
    const yes = ask === undefined ? false : yesNo(ask);
    if (typeof yes === 'string') at(`${TCOL.explain}${r}`, 'NOT_YES_NO', `row ${code}: ${yes}`);
    else if (yes) explanationRequired.push(code);
  }
  const fr = ROUND_FIELDS.row;
  const date = readDate(ws.getCell(`${ROUND_FIELDS.date}${fr}`));
  if (date !== undefined && 'problem' in date) at(`${ROUND_FIELDS.date}${fr}`, date.code, date.problem);
  const by = readText(ws.getCell(`${ROUND_FIELDS.by}${fr}`));
  const inputs: RoundInputs = {
    ...(date !== undefined && 'value' in date && { date: date.value }),
    ...(by !== undefined && { by }),
    points, texts, explanationRequired, notApplicable,
  };
  return { inputs, issues };
}

/** Rows that do not apply to the unit's level or type (or sit under one that does not): their cells are not read. */
export function excludedRows(plan: Plan, unit: Assessment): Set<string> {
  const out = new Set<string>();
  plan.nodes.forEach((node) => {
    const parent = node.parent >= 0 ? plan.nodes[node.parent]!.code : undefined;
    if ((parent !== undefined && out.has(parent)) || applicability(node, unit, false) !== BY_RULE) out.add(node.code);
  });
  for (const item of [...(plan.bonus?.items ?? []), ...(plan.penalty?.items ?? [])]) if (applicability(item, unit, false) !== BY_RULE) out.add(item.code);
  return out;
}
