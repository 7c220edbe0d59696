/** The score sheet's title block, column headers, fonts, borders, widths and print settings (A4 landscape). */
import type { Borders, Style, Worksheet } from 'exceljs';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { RoundsReport } from '../schema/rounds.js';
import { encodeXmlText } from './cells.js';
import { COL, FONT, HEADER_ROW, HEADERS, LABELS, vnDate, WIDTHS, type ColKey } from './score-sheet-layout.js';

const KEYS = Object.keys(COL) as ColKey[];
const LAST_PRINTED = COL.notes;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Times New Roman 11 fits about this many characters per unit of column width (measured on a LibreOffice render, less a margin). */
const CHARS_PER_WIDTH = 1.5;
const LINE_HEIGHT = 13;
/** About this many characters of 11-point text fit on one line across the merged title. */
const TITLE_CHARS = 150;

/** "Số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ — <name>", from whatever the set gives. */
export function legalBasisText(set: CriteriaSet): string | null {
  const b = set.legalBasis;
  if (b === undefined) return null;
  const head = [b.number && `Số ${b.number}`, b.date && `ngày ${vnDate(b.date)}`, b.issuer && `của ${b.issuer}`].filter(Boolean).join(' ');
  const text = [head, b.name].filter(Boolean).join(' — ');
  return text === '' ? null : text;
}

/** Rows 1–5: title, unit, set, legal basis, date produced; row 7: the column headers. */
export function writeHeader(ws: Worksheet, report: RoundsReport, options: { set: CriteriaSet; produced: string }): void {
  const lines: [string, boolean][] = [
    [LABELS.title(report.year), true],
    [`${LABELS.unit}: ${report.unit.name}`, true],
    [`${LABELS.set}: ${options.set.title} (${options.set.id}, phiên bản ${options.set.version})`, false],
    [`${LABELS.basis}: ${legalBasisText(options.set) ?? '—'}`, false],
    [`${LABELS.produced}: ${vnDate(options.produced)}`, false],
  ];
  lines.forEach(([text, bold], k) => {
    const r = k + 1;
    ws.mergeCells(`${COL.stt}${r}:${LAST_PRINTED}${r}`);
    const cell = ws.getCell(`${COL.stt}${r}`);
    cell.value = encodeXmlText(text);
    cell.font = { ...FONT, bold, size: k === 0 ? 14 : 11 };
    cell.alignment = { horizontal: k === 0 ? 'center' : 'left', vertical: 'middle', wrapText: true };
    ws.getRow(r).height = 16 * Math.max(1, Math.ceil(text.length / TITLE_CHARS)) + (k === 0 ? 6 : 0);
  });
  const header = ws.getRow(HEADER_ROW);
  KEYS.forEach((k) => {
    const cell = header.getCell(COL[k]);
    cell.value = HEADERS[k];
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  header.height = 48;
}

export interface StyleInput {
  /** Depth of every tree row, by sheet row, and whether it is a parent. */
  readonly tree: ReadonlyMap<number, { depth: number; parent: boolean }>;
  /** Total rows (bold, like areas). */
  readonly labelled: readonly number[];
  readonly lastRow: number;
}

/** Fonts, borders, wrapping and indents below the header; widths, frozen panes and print settings. */
export function styleSheet(ws: Worksheet, input: StyleInput): void {
  for (const k of KEYS) ws.getColumn(COL[k]).width = WIDTHS[k];
  // Areas and criteria that have sub-criteria are bold, as in the decisions' annexes.
  const bold = new Set([...input.labelled, ...[...input.tree].filter(([, t]) => t.parent && t.depth <= 1).map(([r]) => r)]);
  const styleOf = styleCache();
  for (let r = HEADER_ROW + 1; r <= input.lastRow; r++) {
    const depth = input.tree.get(r)?.depth ?? 0;
    for (const k of KEYS) {
      const cell = ws.getCell(`${COL[k]}${r}`);
      const link = typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value;
      cell.style = styleOf(k, depth, bold.has(r), link, cell.numFmt);
    }
    ws.getRow(r).height = rowHeight(ws, r, depth);
  }
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW, topLeftCell: `D${HEADER_ROW + 1}`, activeCell: `D${HEADER_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, printArea: `${COL.stt}1:${LAST_PRINTED}${input.lastRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P / &N' };
}

/**
 * Cells with the same look share one style object: exceljs then writes each style once (a third of the time of a
 * 150-unit workbook otherwise). To restyle one cell, assign it a new object (`cell.style = { ...cell.style, font }`).
 */
function styleCache(): (k: ColKey, depth: number, bold: boolean, link: boolean, numFmt: string | undefined) => Partial<Style> {
  const cache = new Map<string, Partial<Style>>();
  return (k, depth, bold, link, numFmt) => {
    const key = `${k}|${depth}|${bold}|${link}|${numFmt ?? ''}`;
    let style = cache.get(key);
    if (style === undefined) {
      style = {
        font: { ...FONT, bold, ...(link ? { color: { argb: 'FF0563C1' }, underline: true } : {}) },
        alignment: alignment(k, depth),
        ...(k === 'applicable' || k === 'part' ? {} : { border: BORDER }),
        ...(numFmt === undefined ? {} : { numFmt }),
      };
      cache.set(key, style);
    }
    return style;
  };
}

/** Spreadsheets do not grow a wrapped row when opening a file: estimate the lines of the wrapped columns. */
function rowHeight(ws: Worksheet, r: number, depth: number): number {
  const lines = (k: ColKey, indent: number) => {
    if (ws.getColumn(COL[k]).hidden) return 1;
    const text = ws.getCell(`${COL[k]}${r}`).text;
    const perLine = Math.max(8, Math.floor((WIDTHS[k] - indent * 2) * CHARS_PER_WIDTH));
    return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  };
  return LINE_HEIGHT * Math.max(1, lines('name', depth), lines('evidence', 0), lines('notes', 0)) + 3;
}

function alignment(k: ColKey, depth: number): ExcelAlignment {
  if (k === 'stt' || k === 'code') return { horizontal: 'center', vertical: 'top' };
  // An indent shows only on left-aligned cells (LibreOffice ignores it otherwise).
  if (k === 'name') return { horizontal: 'left', vertical: 'top', wrapText: true, indent: depth };
  if (k === 'evidence' || k === 'notes') return { vertical: 'top', wrapText: true };
  return { horizontal: 'right', vertical: 'top' };
}

type ExcelAlignment = NonNullable<ReturnType<Worksheet['getCell']>['alignment']>;
