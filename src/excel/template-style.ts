/** The template's title block, headers, fonts, fills, hidden columns, print settings and sheet protection. */
import type { Borders, Worksheet } from 'exceljs';
import type { Assessment } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { RoundName } from '../schema/rounds.js';
import { encodeXmlText } from './cells.js';
import { FONT, vnDate } from './score-sheet-layout.js';
import { legalBasisText } from './score-sheet-style.js';
import { ROUND_FIELDS, ROUND_TITLES, ROUNDS, T_HEADER_ROW, TCOL, THEADERS, TWIDTHS, type TColKey } from './template-layout.js';
import type { TemplatePlacement } from './template-place.js';
import type { RowsContext } from './template-rows.js';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;
const KEYS = Object.keys(TCOL) as TColKey[];
const PRINTED = KEYS.filter((k) => k !== 'markCode' && k !== 'markMax' && k !== 'effective');

/** Rows 1–5: title, unit and year, criteria set, legal basis, date produced; row 7: the headers. */
export function writeTitle(ws: Worksheet, set: CriteriaSet, a: Assessment, round: RoundName, produced: string): void {
  const lines: [string, boolean][] = [
    [`BIỂU MẪU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${a.year}: ${ROUND_TITLES[round]}`, true],
    [`Đơn vị: ${a.unit.name} (mã ${a.unit.id}, cấp ${a.unit.level}${a.unit.type !== undefined ? `, loại ${a.unit.type}` : ''})`, true],
    [`Bộ tiêu chí: ${set.title} (${set.id}, phiên bản ${set.version})`, false],
    [`Căn cứ: ${legalBasisText(set) ?? '—'}`, false],
    [`Ngày lập biểu mẫu: ${vnDate(produced)}`, false],
  ];
  lines.forEach(([text, bold], k) => {
    ws.mergeCells(`A${k + 1}:L${k + 1}`);
    const cell = ws.getCell(`A${k + 1}`);
    cell.value = encodeXmlText(text);
    cell.font = { ...FONT, bold, size: k === 0 ? 13 : 11 };
    cell.alignment = { horizontal: k === 0 ? 'center' : 'left', vertical: 'middle', wrapText: true };
  });
  writeRoundFields(ws, a, round);
  const header = ws.getRow(T_HEADER_ROW);
  for (const k of KEYS) {
    const cell = header.getCell(TCOL[k]);
    cell.value = THEADERS[k];
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  }
  header.height = 48;
}

/** Row 6: the round's date and who scored it, typed in. */
function writeRoundFields(ws: Worksheet, a: Assessment, round: RoundName): void {
  const r = ROUND_FIELDS.row;
  ws.mergeCells(`A${r}:C${r}`);
  ws.mergeCells(`${ROUND_FIELDS.by}${r}:L${r}`);
  const label = ws.getCell(`A${r}`);
  label.value = 'Ngày ký/nộp (YYYY-MM-DD); người chấm (đơn vị, hội đồng thẩm định):';
  label.alignment = { horizontal: 'right' };
  const given = a.rounds?.[round];
  const date = ws.getCell(`${ROUND_FIELDS.date}${r}`);
  const by = ws.getCell(`${ROUND_FIELDS.by}${r}`);
  if (given?.date !== undefined) date.value = given.date;
  if (given?.by !== undefined) by.value = encodeXmlText(given.by);
  for (const c of [label, date, by]) c.font = { ...FONT, italic: c === label };
  for (const c of [date, by]) {
    c.border = BORDER;
    c.protection = { locked: false };
  }
}

/** Fonts, borders and fills of the data rows; later rounds and helper columns hidden; A4 landscape, frozen panes. */
export function styleRows(ws: Worksheet, ctx: RowsContext, place: TemplatePlacement): void {
  const bold = new Set([...place.tree.filter((r) => r.children.length > 0 && r.depth <= 1).map((r) => r.r), ...Object.values(place.totals).filter((r): r is number => r !== undefined)]);
  for (let r = T_HEADER_ROW + 1; r <= place.lastRow; r++) {
    for (const k of PRINTED) {
      const cell = ws.getCell(`${TCOL[k]}${r}`);
      cell.font = { ...FONT, bold: bold.has(r) };
      cell.border = BORDER;
      if (k !== 'name') cell.alignment = { vertical: 'top', wrapText: k === 'notes' || k === 'comments' || k === 'na', ...(k === 'stt' || k === 'code' || k === 'explain' ? { horizontal: 'center' as const } : {}) };
      if (ctx.grey.has(cell.address) || (!ctx.unlocked.has(cell.address) && ROUNDS.includes(k as RoundName))) cell.fill = GREY;
    }
  }
  for (const k of KEYS) ws.getColumn(TCOL[k]).width = TWIDTHS[k];
  for (const row of [...place.tree, ...place.bonus, ...place.penalty]) ws.getRow(row.r).height = rowHeight(ws, row.r, row.depth, ctx.round);
  const later = ROUNDS.slice(ROUNDS.indexOf(ctx.round) + 1).map((r) => TCOL[r]);
  const hidden = [...later, TCOL.markCode, TCOL.markMax, TCOL.effective, ...(ctx.round === 'self' ? [TCOL.comments, TCOL.explain] : [])];
  for (const c of hidden) ws.getColumn(c).hidden = true;
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: T_HEADER_ROW, topLeftCell: `D${T_HEADER_ROW + 1}`, activeCell: `D${T_HEADER_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `${T_HEADER_ROW}:${T_HEADER_ROW}`, printArea: `A1:L${place.lastRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Times New Roman 11 fits about this many characters per unit of column width (as the score sheet measured). */
const CHARS_PER_WIDTH = 1.25;
const LINE_HEIGHT = 14.5;

/** Spreadsheets do not grow a wrapped row when opening a file: estimate the lines of the wrapped columns. */
function rowHeight(ws: Worksheet, r: number, depth: number, round: RoundName): number {
  const lines = (k: TColKey, indent: number) => {
    const text = ws.getCell(`${TCOL[k]}${r}`).text;
    const perLine = Math.max(8, Math.floor((TWIDTHS[k] - indent * 2) * CHARS_PER_WIDTH));
    return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  };
  const wrapped = [lines('name', depth), lines('notes', 0), lines('na', 0), ...(round === 'self' ? [] : [lines('comments', 0)])];
  return LINE_HEIGHT * Math.max(1, ...wrapped) + 3;
}

/** Unlocks `unlocked` and protects the sheet without a password: structure and formulas cannot be edited by mistake. */
export function protect(ws: Worksheet, unlocked: ReadonlySet<string>): void {
  for (const address of unlocked) ws.getCell(address).protection = { locked: false };
  // No password, so no random salt: the same input gives the same workbook. The promise settles synchronously.
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
