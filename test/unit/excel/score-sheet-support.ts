/** Test helpers for the score sheet: a RoundsReport from a scored example (rules only), and rounds added by hand. */
import { readFileSync } from 'node:fs';
import type { Workbook } from 'exceljs';
import { Decimal } from '../../../src/decimal.js';
import { checkCriteriaSet, formatIssue, parseAssessment, scoreAssessment, scoreRounds, type ResultNode, type ScoreResult } from '../../../src/index.js';
import type { Assessment } from '../../../src/schema/assessment.js';
import type { CriteriaSet } from '../../../src/schema/criteria-set.js';
import { ROUNDS_SCHEMA_VERSION, type RoundsReport, type RoundsRow } from '../../../src/schema/rounds.js';
import { loadSet, ROOT } from './support.js';

export { loadSet };

/** The shipped examples: a criteria set and a unit scored with it. */
export const EXAMPLES = [
  { set: 'examples/example-department-2025.yaml', unit: 'examples/so-tu-phap-2025.yaml', asOf: '2025-12-31' },
  { set: 'criteria/department-example/criteria.yaml', unit: 'criteria/department-example/example-unit.yaml', asOf: '2025-12-31' },
  { set: 'criteria/commune-example/criteria.yaml', unit: 'criteria/commune-example/example-unit.yaml', asOf: '2025-12-31' },
  { set: 'criteria/province-example/criteria.yaml', unit: 'criteria/province-example/example-unit.yaml', asOf: '2025-01-31' },
  { set: 'examples/example-department-2025.yaml', unit: 'examples/rounds/so-tu-phap-2025-appraised.yaml', asOf: '2026-01-31' },
] as const;

function loadAssessment(file: string): Assessment {
  const loaded = parseAssessment(readFileSync(new URL(file, ROOT), 'utf8'), { file });
  if (!loaded.ok) throw new Error(`${file} should load:\n${loaded.issues.map(formatIssue).join('\n')}`);
  return loaded.value;
}

export function scoreFile(set: CriteriaSet, file: string, asOf: string): ScoreResult {
  return scoreAssessment(set, loadAssessment(file), { asOf });
}

function row(n: ResultNode, depth: number, kind: RoundsRow['kind']): RoundsRow {
  const na = n.status === 'not-applicable';
  const leaf = n.children.length === 0;
  return {
    code: n.code, name: n.name, depth, kind, leaf, scoredBy: n.scoredBy, maxPoints: n.maxPoints,
    applicableMaxPoints: na ? null : n.applicableMaxPoints, rules: n.points, self: null, appraisal1: null, appraisal2: null,
    final: n.points, finalFrom: leaf ? (n.scoredBy === 'survey' ? 'survey' : 'rules') : null, difference: null,
    status: na ? 'not-applicable' : n.points === null ? 'unscored' : 'agreed',
    note: null, comment1: null, comment2: null, explanationRequired: false, explanation: null, evidence: [],
  };
}

const preorder = (nodes: readonly ResultNode[], depth = 0): RoundsRow[] => nodes.flatMap((n) => [row(n, depth, 'row'), ...preorder(n.children, depth + 1)]);

/** What scoreRounds gives for a file with no rounds: the rules' points are final. */
export function reportOf(result: ScoreResult): RoundsReport {
  return {
    schemaVersion: ROUNDS_SCHEMA_VERSION,
    unit: { id: result.unit.id, name: result.unit.name, type: result.unit.type ?? null, level: result.unit.level },
    criteriaSet: { id: result.criteriaSet.id, version: result.criteriaSet.version },
    year: result.year,
    stage: 'rules',
    rounding: result.rounding,
    totals: (['rules', 'final'] as const).map((round) => ({
      round, date: null, complete: result.complete, points: result.points, applicableMaxPoints: result.applicableMaxPoints, index: result.index, band: result.band,
    })),
    rows: [
      ...preorder(result.nodes),
      ...(result.bonus?.items ?? []).map((n) => row(n, 0, 'bonus')),
      ...(result.penalty?.items ?? []).map((n) => row(n, 0, 'penalty')),
    ],
    overScored: [], waitingForExplanation: [], waitingForReappraisal: [], withoutEvidence: [], late: [],
    final: result,
    issues: [],
  };
}

/** A shipped example through `scoreRounds`, as the CLI scores it. */
export function exampleReport(k: number): { set: CriteriaSet; report: RoundsReport } {
  const e = EXAMPLES[k]!;
  const set = loadSet(e.set);
  return { set, report: scoreRounds(set, loadAssessment(e.unit), { asOf: e.asOf, file: e.unit }) };
}

/** Sets a round's points on leaves (by code) and recomputes its parents' sums from the leaves. */
export function withRound(report: RoundsReport, round: 'self' | 'appraisal1' | 'appraisal2', points: Record<string, string>): RoundsReport {
  const rows = report.rows.map((r) => ({ ...r, [round]: r.leaf ? (points[r.code] ?? r.final) : null }));
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.leaf || r.kind !== 'row') continue;
    let sum = new Decimal(0);
    for (let k = i + 1; k < rows.length && rows[k]!.depth > r.depth && rows[k]!.kind === 'row'; k++) {
      if (rows[k]!.depth === r.depth + 1) sum = sum.plus(rows[k]![round] ?? 0);
    }
    rows[i] = { ...r, [round]: sum.toString() };
  }
  return { ...report, rows };
}

/**
 * A normalised dump of an output workbook: per sheet its hidden columns, widths, panes, print settings and merges,
 * then one line per cell: `Sheet!A1 | value | =formula | cached | numFmt | bold | indent | link`.
 */
export function dumpOutput(wb: Workbook): string {
  const lines: string[] = [`# workbook | created ${wb.created.toISOString()} | modified ${wb.modified.toISOString()} | creator ${wb.creator} | sheets ${wb.worksheets.map((w) => w.name).join(' / ')}`];
  wb.eachSheet((ws) => {
    const cols = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1));
    const p = ws.pageSetup;
    lines.push(`# ${ws.name}`);
    lines.push(`columns | ${cols.map((c) => `${c.letter}:${c.width ?? ''}${c.hidden ? ' hidden' : ''}`).join(' ')}`);
    lines.push(`views | ${JSON.stringify(ws.views.map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit, ySplit: (v as { ySplit?: number }).ySplit })))}`);
    lines.push(`print | paper ${p.paperSize} | ${p.orientation} | fit ${p.fitToWidth}x${p.fitToHeight} | titles ${p.printTitlesRow ?? ''} | area ${p.printArea ?? ''}`);
    lines.push(`merges | ${Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort().join(' ')}`);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        const isFormula = typeof v === 'object' && v !== null && 'formula' in v;
        const link = typeof v === 'object' && v !== null && 'hyperlink' in v ? (v as { hyperlink: string }).hyperlink : '';
        const shown = isFormula ? '' : JSON.stringify(link ? (v as { text: unknown }).text : v);
        const cached = isFormula ? JSON.stringify(cell.result ?? null) : '';
        const extra = [cell.font?.bold === true ? 'bold' : '', cell.alignment?.indent ? `indent ${cell.alignment.indent}` : '', link ? `link ${link}` : ''];
        lines.push([`${ws.name}!${cell.address}`, shown, isFormula ? `=${cell.formula}` : '', cached, cell.numFmt ?? '', ...extra].join(' | ').replace(/( \| )+$/, ''));
      });
    });
  });
  return `${lines.join('\n')}\n`;
}

/** A set of `areas` areas with `leaves` manual leaves of 1 point each (steps of 0.25), for size and addressing tests. */
export function syntheticSet(areas: number, leaves: number): CriteriaSet {
  const nodes = Array.from({ length: areas }, (_, a) => ({
    code: String(a + 1),
    name: `Lĩnh vực ${a + 1} có một tên khá dài để thử độ rộng cột`,
    maxPoints: String(leaves),
    children: Array.from({ length: leaves }, (_, k) => ({ code: `${a + 1}.${k + 1}`, name: `Tiêu chí ${a + 1}.${k + 1}`, maxPoints: '1', rule: { kind: 'manual', step: '0.25' } })),
  }));
  const checked = checkCriteriaSet({ id: 'synthetic', version: '1', title: 'Bộ tiêu chí thử', status: 'example', unitLevels: ['province'], nodes, bands: [{ label: 'Tốt', min: '50' }, { label: 'Khá', max: '50' }] });
  if (!checked.ok) throw new Error(checked.issues.map(formatIssue).join('\n'));
  return checked.value;
}
