/**
 * The what-if comparison as a workbook: a summary sheet with the baseline and each
 * scenario side by side per unit (changes highlighted), then one sheet per scenario
 * listing the areas and rows whose points changed.
 */
import ExcelJS from 'exceljs';
import type { Cell, Fill, Workbook, Worksheet } from 'exceljs';
import { Decimal } from '../decimal.js';
import type { ScenarioComparison, ScenarioOutcome, UnitDelta, UnitStanding } from '../schema/scenario.js';
import { encodeXmlText } from './cells.js';
import { uniqueSheetNames } from './ranking-workbook-names.js';
import { fixProperties } from './score-sheet.js';
import { FONT, numberFormat, vnDate } from './score-sheet-layout.js';

export interface ScenarioWorkbookOptions {
  /** The day printed on the workbook and stored as its dates (YYYY-MM-DD), from the caller: never the clock. */
  readonly produced: string;
}

const SUMMARY = 'So sánh';
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Light green for a gain, light red for a loss, as officers mark changes by hand. */
const GAIN = fill('FFD9EAD3');
const LOSS = fill('FFF4CCCC');
const HEAD = fill('FFEFEFEF');

/** Writes a decimal string as a number with the set's format; text never becomes a formula. */
function put(cell: Cell, value: string | number | null, numFmt?: string): void {
  if (value === null) return;
  cell.value = typeof value === 'number' ? value : numFmt === undefined ? encodeXmlText(value) : new Decimal(value).toNumber();
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

function mark(cell: Cell, change: string | null): void {
  if (change === null) return;
  const sign = new Decimal(change).cmp(0);
  if (sign !== 0) cell.fill = sign > 0 ? GAIN : LOSS;
}

function header(ws: Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, k) => {
    const cell = ws.getRow(row).getCell(k + 1);
    cell.value = label;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEAD;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** One unit's standing in four cells: points, index, band, rank. */
function standing(ws: Worksheet, row: number, col: number, s: UnitStanding, pp: string, ip: string): void {
  const r = ws.getRow(row);
  put(r.getCell(col), s.points.exact, pp);
  put(r.getCell(col + 1), s.index.exact, ip);
  put(r.getCell(col + 2), s.band);
  put(r.getCell(col + 3), s.rank);
}

function summary(ws: Worksheet, c: ScenarioComparison, produced: string): void {
  const pp = numberFormat(c.rounding.points);
  const ip = numberFormat(c.rounding.index);
  ws.getCell('A1').value = 'SO SÁNH KỊCH BẢN (WHAT-IF)';
  ws.getCell('A1').font = { ...FONT, bold: true, size: 14 };
  ws.getCell('A2').value = encodeXmlText(`Bộ tiêu chí: ${c.criteriaSet.id}, phiên bản ${c.criteriaSet.version}. Ngày lập: ${vnDate(produced)}`);
  ws.getCell('A2').font = FONT;
  const top = 4;
  const labels = ['Đơn vị', 'Hiện trạng: điểm', 'chỉ số (%)', 'xếp loại', 'hạng'];
  for (const s of c.scenarios) labels.push(`${s.id}: điểm`, '± điểm', 'chỉ số (%)', '± chỉ số', 'xếp loại', 'hạng');
  header(ws, top, labels);
  c.baseline.forEach((b, k) => {
    const row = top + 1 + k;
    put(ws.getRow(row).getCell(1), b.unit.name);
    standing(ws, row, 2, b.standing, pp, ip);
    c.scenarios.forEach((s, j) => {
      const d = s.units.find((u) => u.unit.id === b.unit.id);
      if (d) scenarioCells(ws, row, 6 + j * 6, d, pp, ip);
    });
  });
  ws.getColumn(1).width = 32;
  for (let k = 2; k <= labels.length; k++) ws.getColumn(k).width = 11;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: top }];
  ws.eachRow((r) => r.eachCell((cell) => (cell.font ??= FONT)));
}

function scenarioCells(ws: Worksheet, row: number, col: number, d: UnitDelta, pp: string, ip: string): void {
  const r = ws.getRow(row);
  put(r.getCell(col), d.after.points.exact, pp);
  put(r.getCell(col + 1), d.pointsChange.exact, pp);
  put(r.getCell(col + 2), d.after.index.exact, ip);
  put(r.getCell(col + 3), d.indexChange.exact, ip);
  put(r.getCell(col + 4), d.after.band);
  put(r.getCell(col + 5), d.after.rank);
  mark(r.getCell(col + 1), d.pointsChange.exact);
  mark(r.getCell(col + 3), d.indexChange.exact);
  if (d.bandChange) r.getCell(col + 4).font = { ...FONT, bold: true };
  if (d.rankChange && d.rankChange.from !== null && d.rankChange.to !== null) mark(r.getCell(col + 5), String(d.rankChange.from - d.rankChange.to));
}

/** One sheet per scenario: for each unit, its areas and rows whose points changed. */
function detail(ws: Worksheet, s: ScenarioOutcome, pp: string): void {
  ws.getCell('A1').value = encodeXmlText(`Kịch bản ${s.id}${s.name ? `: ${s.name}` : ''}`);
  ws.getCell('A1').font = { ...FONT, bold: true, size: 13 };
  if (s.description) put(ws.getCell('A2'), s.description);
  if (s.chain.length > 1) put(ws.getCell('A3'), `Áp dụng lần lượt: ${s.chain.join(' → ')}`);
  let row = 5;
  header(ws, row++, ['Đơn vị', 'Mã', 'Tiêu chí', 'Trước', 'Sau', '±', 'Tối đa trước', 'Tối đa sau']);
  for (const u of s.units) {
    for (const [kind, list] of [['Lĩnh vực', u.areas], ['Tiêu chí', u.rows]] as const) {
      for (const d of list) {
        const r = ws.getRow(row++);
        put(r.getCell(1), u.unit.name);
        put(r.getCell(2), d.code);
        put(r.getCell(3), kind === 'Lĩnh vực' ? `${kind}: ${d.name}` : d.name);
        put(r.getCell(4), d.before, pp);
        put(r.getCell(5), d.after, pp);
        put(r.getCell(6), d.change, pp);
        put(r.getCell(7), d.maxBefore, pp);
        put(r.getCell(8), d.maxAfter, pp);
        mark(r.getCell(6), d.change);
        if (kind === 'Lĩnh vực') r.font = { ...FONT, bold: true };
        r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  [24, 10, 60, 10, 10, 10, 12, 12].forEach((w, k) => (ws.getColumn(k + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 5 }];
}

/**
 * The comparison from `compareScenarios` as a workbook; the same input gives the same workbook.
 * @example await scenarioWorkbook(comparison, { produced: '2026-02-01' }).xlsx.writeBuffer()
 */
export function scenarioWorkbook(comparison: ScenarioComparison, options: ScenarioWorkbookOptions): Workbook {
  const wb = new ExcelJS.Workbook();
  fixProperties(wb, options.produced, 'scenarioWorkbook');
  summary(wb.addWorksheet(SUMMARY), comparison, options.produced);
  const names = uniqueSheetNames(comparison.scenarios.map((s) => `KB ${s.id}`), [SUMMARY]);
  comparison.scenarios.forEach((s, k) => detail(wb.addWorksheet(names[k]!), s, numberFormat(comparison.rounding.points)));
  for (const ws of wb.worksheets) ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return wb;
}
