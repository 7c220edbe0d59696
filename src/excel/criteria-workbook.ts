/** Builds the criteria workbook officers edit: the node table, the set-level sheet and a guide. Pure: no file I/O. */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { RuleRegistry } from '../rules/registry.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { encodeXmlText } from './cells.js';
import { FIXED_DATE, NODE_COLUMNS, SET_FIELDS, SHEETS } from './layout.js';
import { writeNodeSheet } from './node-sheet.js';
import { writeSetSheet } from './set-sheet.js';

export interface WorkbookOptions {
  /** Rule kinds offered in the drop-down; defaults to the built-in ones. */
  rules?: RuleRegistry;
}

/**
 * A workbook for `set`: sheets "Tiêu chí", "Bộ tiêu chí" and "Hướng dẫn". The same set gives the same workbook.
 * @example await buildCriteriaWorkbook(set).xlsx.writeBuffer()
 */
export function buildCriteriaWorkbook(set: CriteriaSet, options: WorkbookOptions = {}): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'parindex';
  wb.lastModifiedBy = 'parindex';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  writeNodeSheet(wb.addWorksheet(SHEETS.nodes), set, (options.rules ?? RuleRegistry.builtIn()).kinds());
  writeSetSheet(wb.addWorksheet(SHEETS.set), set);
  writeGuide(wb.addWorksheet(SHEETS.guide));
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string') cell.value = encodeXmlText(cell.value);
  })));
  return wb;
}

const GUIDE_INTRO = [
  'Bảng này là bộ tiêu chí chấm điểm Chỉ số CCHC, nhập từ phụ lục của quyết định. Lệnh `parindex criteria import-xlsx` kiểm tra và chuyển bảng thành tệp YAML; mọi lỗi được báo kèm ô (ví dụ Tiêu chí!E17).',
  'Trang "Tiêu chí": mỗi dòng một tiêu chí, theo thứ tự của cây. Trang "Bộ tiêu chí": thông tin chung, bảng chỉ số (metrics) và bảng xếp loại (bands).',
  'Số thập phân dùng dấu chấm (0.25), không dùng dấu phẩy. Ngày viết YYYY-MM-DD. Ô có/không: ghi "có" hoặc "không".',
];

function writeGuide(ws: ExcelJS.Worksheet): void {
  ws.columns = [{ width: 28 }, { width: 100 }];
  let r = 1;
  for (const line of GUIDE_INTRO) ws.getRow(r++).getCell(1).value = line;
  r++;
  const head = (title: string) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = title;
    row.font = { bold: true };
  };
  const put = (a: string, b: string) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    row.getCell(2).alignment = { wrapText: true };
  };
  head(`Trang "${SHEETS.nodes}": các cột`);
  for (const c of NODE_COLUMNS) put(c.header, c.guide);
  r++;
  head(`Trang "${SHEETS.set}": các trường`);
  for (const f of SET_FIELDS) put(f.key, f.label);
  put('Chỉ số (metrics)', 'Mỗi dòng một chỉ số: id, unit (percent, count, number, date, boolean, text), name, min, max, better (higher/lower), description, from (nguồn của chỉ số khi đơn vị không nhập: report:q1 = ngày gửi báo cáo kỳ q1; plan:on-time-percent = tỷ lệ % nhiệm vụ kế hoạch hoàn thành đúng hạn; plan:done-percent = tỷ lệ % nhiệm vụ đã hoàn thành).');
  put('Xếp loại (bands)', 'Mỗi dòng một mức xếp loại: label, min, minInclusive (có/không), max, maxInclusive (có/không); theo chỉ số %.');
}
