/** The "Tổng hợp" sheet: per group of units, one row per unit linked to its score sheet, then the mean and counts per band. */
import type { Borders, Worksheet } from 'exceljs';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { Ranking, RankingGroup, RankedUnit } from '../schema/ranking.js';
import type { RoundsReport } from '../schema/rounds.js';
import { encodeXmlText } from './cells.js';
import { letter } from './layout.js';
import { sheetRef } from './ranking-workbook-names.js';
import { SheetCells } from './score-sheet-cells.js';
import { COL, FONT, LABELS, numberFormat, vnDate } from './score-sheet-layout.js';
import type { ScoreSheetCells } from './score-sheet.js';

export const SUMMARY_SHEET = 'Tổng hợp';

export interface SummaryUnit {
  readonly ranked: RankedUnit;
  readonly report: RoundsReport;
  readonly set: CriteriaSet;
  readonly cells: ScoreSheetCells;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TAIL = ['Tổng điểm', 'Điểm tối đa áp dụng', 'Chỉ số CCHC (%)', 'Xếp loại', 'Ghi chú'] as const;

/** Fills the summary sheet; the unit sheets are already written. */
export function writeSummary(ws: Worksheet, ranking: Ranking, units: readonly SummaryUnit[], produced: string): void {
  const cells = new SheetCells(ws);
  const years = [...new Set(units.map((u) => u.report.year))].join(', ');
  cells.text('A1', `TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${years === '' ? '' : ` NĂM ${years}`}`);
  cells.text('A2', `${LABELS.produced}: ${vnDate(produced)}`);
  ws.getCell('A1').font = { ...FONT, bold: true, size: 14 };
  ws.getCell('A2').font = FONT;
  let r = 4;
  let firstHeader = 0;
  let widest = 0;
  let k = 0;
  for (const group of ranking.groups) {
    const mine = units.slice(k, k + group.units.length);
    k += group.units.length;
    const written = writeGroup(cells, group, mine, r);
    firstHeader ||= written.header;
    widest = Math.max(widest, written.columns);
    r = written.next + 1;
  }
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 34;
  for (let c = 3; c <= widest; c++) ws.getColumn(c).width = 11;
  ws.getColumn(widest).width = 30;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: firstHeader, topLeftCell: `C${firstHeader + 1}`, activeCell: `C${firstHeader + 1}` }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `${firstHeader}:${firstHeader}`, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P / &N' };
}

/** Areas of the group's units, by set and code, in order of first appearance (units ranked together may use different sets). */
function areasOf(units: readonly SummaryUnit[]): Area[] {
  const seen = new Map<string, Area>();
  const mixed = new Set(units.map((u) => u.set.id)).size > 1;
  for (const u of units) {
    for (const row of u.report.rows) {
      const key = `${u.set.id}\u0000${row.code}`;
      if (row.kind !== 'row' || row.depth !== 0 || seen.has(key)) continue;
      seen.set(key, { key, code: row.code, title: `${row.code}. ${row.name}${mixed ? ` (${u.set.id})` : ''}` });
    }
  }
  return [...seen.values()];
}

interface Area { key: string; code: string; title: string }

function writeGroup(cells: SheetCells, group: RankingGroup, units: readonly SummaryUnit[], start: number): { header: number; next: number; columns: number } {
  const ws = cells.ws;
  const areas = areasOf(units);
  const col = (i: number) => letter(i + 1);
  const at = { rank: col(0), name: col(1), area: (a: number) => col(2 + a), total: col(2 + areas.length), applicable: col(3 + areas.length), index: col(4 + areas.length), band: col(5 + areas.length), note: col(6 + areas.length) };
  const columns = 7 + areas.length;
  cells.text(`A${start}`, `${LABELS.set}: ${[...new Set(units.map((u) => `${u.set.title} (${u.set.id})`))].join('; ')}`);
  ws.getCell(`A${start}`).font = { ...FONT, bold: true };
  const header = start + 1;
  const heads = ['Hạng', 'Đơn vị', ...areas.map((a) => a.title), ...TAIL];
  heads.forEach((h, i) => cells.text(`${col(i)}${header}`, h));
  const first = header + 1;
  units.forEach((u, i) => writeUnit(cells, u, first + i, at, areas));
  const last = first + units.length - 1;
  let r = last + 1;
  const stat = (label: string, formula: string | null, value: string | null, text = false) => {
    cells.text(`${at.name}${r}`, label);
    if (formula === null) cells.number(`${at.index}${r}`, value);
    else if (text) cells.textFormula(`${at.index}${r}`, formula, value ?? '');
    else cells.formula(`${at.index}${r}`, formula, value, null, numberFormat(units[0]?.ranked.rounding.index ?? 2));
    r++;
  };
  const range = (c: string) => `${c}${first}:${c}${Math.max(first, last)}`;
  stat('Số đơn vị được xếp hạng', `COUNT(${range(at.index)})`, String(group.ranked));
  ws.getCell(`${at.index}${r - 1}`).numFmt = '0';
  if (group.mean.exact !== null) stat('Chỉ số trung bình (%)', `AVERAGE(${range(at.index)})`, group.mean.exact);
  for (const b of group.bands) {
    if (b.label === null) stat('Số đơn vị không thuộc xếp loại nào', null, String(b.count));
    else stat(`Số đơn vị xếp loại "${b.label}"`, `COUNTIF(${range(at.band)},"${b.label.replace(/"/g, '""')}")`, String(b.count));
    ws.getCell(`${at.index}${r - 1}`).numFmt = '0';
  }
  style(ws, header, r - 1, columns, last);
  return { header, next: r, columns };
}

interface At { rank: string; name: string; area: (a: number) => string; total: string; applicable: string; index: string; band: string; note: string }

/** One unit: its rank, its name linking to its sheet, and its figures as references to that sheet (static when unranked). */
function writeUnit(cells: SheetCells, u: SummaryUnit, r: number, at: At, areas: readonly Area[]): void {
  const { ranked, cells: sheet } = u;
  const ref = (cell: string) => `${sheetRef(sheet.sheetName)}!${cell}`;
  const pf = numberFormat(ranked.rounding.points);
  if (ranked.rank !== null) cells.number(`${at.rank}${r}`, String(ranked.rank));
  cells.ws.getCell(`${at.name}${r}`).value = { text: encodeXmlText(ranked.unit.name), hyperlink: `#${ref('A1')}` };
  cells.text(`${at.note}${r}`, ranked.reason);
  if (ranked.rank === null) return;
  const roots = u.report.rows.filter((x) => x.kind === 'row' && x.depth === 0);
  areas.forEach((a, i) => {
    const k = roots.findIndex((x) => `${u.set.id}\u0000${x.code}` === a.key);
    const row = roots[k];
    if (row === undefined) return;
    const f = ref(`${COL.final}${sheet.areas[k]}`);
    if (row.applicableMaxPoints === null) cells.textFormula(`${at.area(i)}${r}`, f, LABELS.notApplicable);
    else cells.formula(`${at.area(i)}${r}`, f, row.final, null, pf);
  });
  cells.formula(`${at.total}${r}`, ref(`${COL.final}${sheet.total}`), ranked.points.exact, null, pf);
  cells.formula(`${at.applicable}${r}`, ref(`${COL.max}${sheet.applicable}`), ranked.applicableMaxPoints, null, pf);
  cells.formula(`${at.index}${r}`, ref(`${COL.final}${sheet.index}`), ranked.index.exact, null, numberFormat(ranked.rounding.index));
  if (sheet.band !== null) cells.textFormula(`${at.band}${r}`, ref(`${COL.final}${sheet.band}`), ranked.band ?? '');
}

/** Rank and band centred, figures (and "Không áp dụng") right, names and notes left. */
function horizontal(c: number, columns: number): 'center' | 'right' | 'left' {
  if (c === 1 || c === columns - 1) return 'center';
  return c === 2 || c === columns ? 'left' : 'right';
}

function style(ws: Worksheet, header: number, lastRow: number, columns: number, lastUnit: number): void {
  for (let r = header; r <= lastRow; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      const link = typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value;
      cell.font = { ...FONT, bold: r === header || r > lastUnit, ...(link ? { color: { argb: 'FF0563C1' }, underline: true } : {}) };
      if (r <= lastUnit) cell.border = BORDER;
      cell.alignment = r === header ? { horizontal: 'center', vertical: 'middle', wrapText: true } : { vertical: 'top', wrapText: c === 2 || c === columns, horizontal: horizontal(c, columns) };
    }
  }
  // Area names wrap in 11-wide columns: about 13 characters a line.
  const longest = Math.max(0, ...Array.from({ length: columns - 3 }, (_, i) => ws.getCell(header, i + 3).text.length));
  ws.getRow(header).height = 15 * Math.max(2, Math.ceil(longest / 13)) + 4;
}
