/** An improvement plan (`seekTarget`) as a workbook: the target, where the unit stands and will stand, and each change with its cost and the points it brings. */
import ExcelJS from 'exceljs';
import type { Cell, Workbook } from 'exceljs';
import { Decimal } from '../decimal.js';
import type { TargetPlan } from '../schema/target.js';
import { encodeXmlText } from './cells.js';
import { fixProperties } from './score-sheet.js';
import { FONT, numberFormat, vnDate } from './score-sheet-layout.js';

export interface TargetWorkbookOptions {
  /** The day printed on the workbook and stored as its dates (YYYY-MM-DD), from the caller. */
  readonly produced: string;
  /** Decimals shown for points and index (the set's rounding); default 2. */
  readonly rounding?: { readonly points: number; readonly index: number };
}

const SHEET = 'Kế hoạch cải thiện';
const STATUS = { 'already-met': 'Đã đạt mục tiêu, không cần thay đổi', reached: 'Đạt mục tiêu với các thay đổi dưới đây', unreachable: 'Không đạt được trong giới hạn cho phép; dưới đây là kết quả tốt nhất' } as const;
const KIND = { index: 'Chỉ số', band: 'Xếp loại', rank: 'Thứ hạng' } as const;

function text(cell: Cell, value: string | null, bold = false): void {
  if (value === null) return;
  cell.value = encodeXmlText(value);
  cell.font = { ...FONT, bold };
}

function num(cell: Cell, value: string | null, numFmt: string): void {
  if (value === null) return;
  cell.value = new Decimal(value).toNumber();
  cell.numFmt = numFmt;
  cell.font = FONT;
}

const shown = (v: string | boolean | null) => (v === null ? 'chưa có' : typeof v === 'boolean' ? (v ? 'có' : 'không') : v);

/**
 * The plan as one printable sheet; the same plan and date give the same workbook.
 * @example await targetWorkbook(plan, { produced: '2026-02-01' }).xlsx.writeBuffer()
 */
export function targetWorkbook(plan: TargetPlan, options: TargetWorkbookOptions): Workbook {
  const wb = new ExcelJS.Workbook();
  fixProperties(wb, options.produced, 'targetWorkbook');
  const ws = wb.addWorksheet(SHEET);
  const pp = numberFormat(options.rounding?.points ?? 2);
  const ip = numberFormat(options.rounding?.index ?? 2);
  text(ws.getCell('A1'), 'KẾ HOẠCH CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', true);
  ws.getCell('A1').font = { ...FONT, bold: true, size: 14 };
  text(ws.getCell('A2'), `Đơn vị: ${plan.unit.name} (${plan.unit.id}). Ngày lập: ${vnDate(options.produced)}`);
  text(ws.getCell('A3'), `Mục tiêu: ${KIND[plan.target.kind]} ${plan.target.value} (chỉ số cần ${plan.target.inclusive ? 'từ' : 'trên'} ${new Decimal(plan.target.requiredIndex).toFixed(options.rounding?.index ?? 2)}%)`);
  text(ws.getCell('A4'), STATUS[plan.status], true);

  const head = (row: number, labels: readonly string[]) =>
    labels.forEach((l, k) => {
      const c = ws.getRow(row).getCell(k + 1);
      if (l !== '') text(c, l, true);
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    });
  head(6, ['', 'Điểm', 'Chỉ số (%)', 'Xếp loại', 'Hạng']);
  for (const [r, label, s] of [[7, 'Hiện trạng', plan.baseline], [8, 'Sau thay đổi (tính lại)', plan.result]] as const) {
    text(ws.getCell(`A${r}`), label, true);
    num(ws.getCell(`B${r}`), s.points, pp);
    num(ws.getCell(`C${r}`), s.index, ip);
    text(ws.getCell(`D${r}`), s.band);
    if (s.rank !== null) (ws.getCell(`E${r}`).value = s.rank), (ws.getCell(`E${r}`).font = FONT);
  }

  head(10, ['Chỉ tiêu', 'Hiện tại', 'Cần đạt', 'Chi phí', 'Tiêu chí được thêm điểm']);
  let r = 11;
  for (const c of plan.changes) {
    text(ws.getCell(`A${r}`), c.metric);
    text(ws.getCell(`B${r}`), shown(c.from));
    text(ws.getCell(`C${r}`), shown(c.to));
    num(ws.getCell(`D${r}`), c.cost, 'General');
    text(ws.getCell(`E${r}`), c.rows.map((g) => `${g.code}: ${g.from} → ${g.to}`).join('; '));
    ws.getCell(`E${r}`).alignment = { wrapText: true, vertical: 'top' };
    r++;
  }
  text(ws.getCell(`A${r}`), 'Tổng chi phí', true);
  num(ws.getCell(`D${r}`), plan.totalCost, 'General');
  ws.getCell(`D${r}`).font = { ...FONT, bold: true };
  if (plan.notes.length > 0) {
    r += 2;
    text(ws.getCell(`A${r++}`), 'Ghi chú', true);
    for (const n of plan.notes) text(ws.getCell(`A${r++}`), n);
  }
  [28, 14, 14, 12, 60].forEach((w, k) => (ws.getColumn(k + 1).width = w));
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return wb;
}
