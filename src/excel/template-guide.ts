/** The template's Vietnamese instructions ("Hướng dẫn") and its hidden machine-readable sheet ("_parindex"). */
import type { Worksheet } from 'exceljs';
import type { RoundName } from '../schema/rounds.js';
import { NO, YES } from './layout.js';
import { META_KEYS, META_ROWS_FROM, NO_DATA, NOT_DONE, TEMPLATE_SHEETS, THEADERS, type MetaKey } from './template-layout.js';

const ROUND_GUIDE: Record<RoundName, string> = {
  self: `Đơn vị nhập điểm tự đánh giá vào cột "${THEADERS.self}" cho các tiêu chí thành phần, ghi giải trình/ghi chú và khai báo "không áp dụng" (nếu tiêu chí cho phép) kèm lý do.`,
  appraisal1: `Hội đồng thẩm định nhập điểm thẩm định lần 1 vào cột "${THEADERS.appraisal1}", ý kiến thẩm định và đánh dấu "${YES}" ở cột "${THEADERS.explain}" cho các tiêu chí đơn vị phải giải trình. Cột điểm tự đánh giá chỉ để tham khảo.`,
  appraisal2: `Hội đồng thẩm định nhập điểm thẩm định lần 2 vào cột "${THEADERS.appraisal2}" và ý kiến thẩm định. Các cột điểm trước chỉ để tham khảo.`,
};

/** Instructions in Vietnamese for the person filling the template in. */
export function writeGuide(ws: Worksheet, round: RoundName): void {
  ws.columns = [{ width: 100 }];
  const lines = [
    'HƯỚNG DẪN ĐIỀN BIỂU MẪU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH',
    '',
    ROUND_GUIDE[round],
    'Chỉ nhập vào các ô để trống không bị khóa (nền trắng). Ô nền xám, tên tiêu chí, mã, điểm tối đa, điểm các dòng cha và tổng điểm bị khóa: không sửa, không chèn, xóa hay di chuyển dòng. Trang được bảo vệ không có mật khẩu chỉ để tránh sửa nhầm; nếu bỏ bảo vệ, vẫn không được thay đổi cấu trúc.',
    'Điểm là số thập phân dùng dấu chấm (0.25, 1.5), không dùng dấu phẩy; từ 0 đến điểm tối đa của dòng và là bội số của bước điểm (nếu có). Tiêu chí đạt/không đạt: chọn trong danh sách.',
    'Ô để trống: tiêu chí được chấm theo quy tắc từ số liệu (tự đánh giá) hoặc giữ điểm của vòng trước (thẩm định). Điểm các dòng cha và tổng điểm là công thức; khi nhập, chương trình tính lại toàn bộ bằng số chính xác, không dùng tổng điểm ghi trong bảng.',
    `Dòng ghi "Không áp dụng" không áp dụng cho cấp/loại đơn vị này. Dòng chấm bằng điều tra xã hội học bị khóa.`,
    `Trang "${TEMPLATE_SHEETS.metrics}": nhập giá trị, ghi chú và nguồn của từng số liệu. Tỷ lệ % ghi 92.38 (không ghi dấu %); ngày ghi YYYY-MM-DD hoặc dd/mm/yyyy; có/không ghi "${YES}" hoặc "${NO}". Ngày chưa thực hiện ghi "${NOT_DONE}"; chưa có số liệu ghi "${NO_DATA}" hoặc để trống.`,
    `Trang "${TEMPLATE_SHEETS.evidence}": mỗi dòng một tài liệu kiểm chứng: mã tiêu chí (ví dụ 1.1.4), số hiệu, ngày ban hành, cơ quan ban hành, trích yếu, đường dẫn (link), tên tệp đính kèm. Mỗi tài liệu cần ít nhất số hiệu, trích yếu, đường dẫn hoặc tên tệp. Cột "${THEADERS.evidence}" ở trang "${TEMPLATE_SHEETS.rows}" tự đếm.`,
    'Nội dung bắt đầu bằng =, +, - hoặc @ được giữ nguyên là chữ, không thành công thức.',
    `Nhập lại bằng lệnh: parindex import <tệp.xlsx> --criteria <bộ tiêu chí> --out <thư mục>. Mọi lỗi được báo kèm ô, ví dụ "${TEMPLATE_SHEETS.rows}!E17". Không đổi tên trang tính; không sửa trang ẩn "${TEMPLATE_SHEETS.meta}".`,
  ];
  lines.forEach((text, k) => {
    const cell = ws.getCell(`A${k + 1}`);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { name: 'Times New Roman', size: 11, bold: k === 0 };
    // Spreadsheets do not grow wrapped rows on opening: about 115 characters fit on a line of this width.
    ws.getRow(k + 1).height = 15 * Math.max(1, Math.ceil(text.length / 115)) + 2;
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: `A1:A${lines.length}` };
}

/** Key-value rows, then the rows the template was made for (code, maximum, sheet row): what the importer checks. */
export function writeMeta(ws: Worksheet, meta: Record<MetaKey, string>, rows: readonly (readonly [string, string, number])[]): void {
  ws.state = 'veryHidden';
  META_KEYS.forEach((key, k) => {
    ws.getCell(`A${k + 1}`).value = key;
    ws.getCell(`B${k + 1}`).value = meta[key];
  });
  rows.forEach(([code, max, r], k) => {
    const row = ws.getRow(META_ROWS_FROM + k);
    row.getCell(1).value = code;
    row.getCell(2).value = max;
    row.getCell(3).value = r;
  });
}
