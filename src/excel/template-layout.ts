/** The unit template's layout, shared by its builder and its importer: sheets, columns, labels and hidden markers. */
import type { RoundName } from '../schema/rounds.js';
import { HEADERS } from './score-sheet-layout.js';

export const TEMPLATE_SHEETS = {
  rows: 'Tiêu chí',
  metrics: 'Số liệu',
  evidence: 'Tài liệu kiểm chứng',
  guide: 'Hướng dẫn',
  meta: '_parindex',
} as const;

/** Version of the hidden "_parindex" sheet; an importer refuses a template of another format. */
export const TEMPLATE_FORMAT = 1;

/** Refused before exceljs sees the bytes: compressed size, uncompressed size and ratio (zip bombs), entries. */
export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 5000, unzipped: 100 * 1024 * 1024, ratio: 100, entries: 10_000 } as const;

/** Columns of "Tiêu chí". M–O are hidden: the row's code and maximum as written (markers), and its effective points. */
export const TCOL = {
  stt: 'A', code: 'B', name: 'C', max: 'D', self: 'E', appraisal1: 'F', appraisal2: 'G', na: 'H', evidence: 'I',
  notes: 'J', comments: 'K', explain: 'L', markCode: 'M', markMax: 'N', effective: 'O',
} as const;
export type TColKey = keyof typeof TCOL;

/** The columns the template shares with the score sheet carry the same headers. */
export const THEADERS: Record<TColKey, string> = {
  stt: HEADERS.stt,
  code: HEADERS.code,
  name: HEADERS.name,
  max: HEADERS.max,
  self: HEADERS.self,
  appraisal1: HEADERS.appraisal1,
  appraisal2: HEADERS.appraisal2,
  na: 'Không áp dụng (lý do)',
  evidence: 'Số tài liệu kiểm chứng',
  notes: 'Giải trình / Ghi chú của đơn vị',
  comments: 'Ý kiến thẩm định',
  explain: 'Yêu cầu giải trình (có/không)',
  markCode: 'Mã (cột phụ, không sửa)',
  markMax: 'Điểm tối đa (cột phụ, không sửa)',
  effective: 'Điểm tính (cột phụ)',
};

export const TWIDTHS: Record<TColKey, number> = {
  stt: 6, code: 8, name: 52, max: 10, self: 11, appraisal1: 11, appraisal2: 11, na: 18, evidence: 11,
  notes: 32, comments: 32, explain: 12, markCode: 10, markMax: 10, effective: 10,
};

/** Rows 1–5: the title block; row 7: the headers; data from row 8. */
export const T_HEADER_ROW = 7;
export const T_FIRST_ROW = T_HEADER_ROW + 1;

/** Row 6 holds the round's date and who scored it. */
export const ROUND_FIELDS = { row: 6, date: 'D', by: 'E' } as const;

/** Markers of the total rows in the hidden code column. */
export const TOTAL_MARKS = { tree: '#tree', bonus: '#bonus', penalty: '#penalty', total: '#total' } as const;

export const ROUND_TITLES: Record<RoundName, string> = { self: 'TỰ ĐÁNH GIÁ', appraisal1: 'THẨM ĐỊNH LẦN 1', appraisal2: 'THẨM ĐỊNH LẦN 2' };
export const ROUNDS: readonly RoundName[] = ['self', 'appraisal1', 'appraisal2'];

/** Columns of "Số liệu": the metric id, name and unit are locked; value, note and source are typed in. */
export const MCOL = { id: 'A', name: 'B', unit: 'C', value: 'D', note: 'E', source: 'F' } as const;
export const MHEADERS = ['Mã số liệu', 'Tên số liệu', 'Đơn vị tính', 'Giá trị', 'Ghi chú', 'Nguồn số liệu'] as const;

/** Columns of "Tài liệu kiểm chứng": one document a row. */
export const ECOL = { code: 'A', number: 'B', date: 'C', issuer: 'D', summary: 'E', link: 'F', file: 'G' } as const;
export const EHEADERS = ['Mã tiêu chí', 'Số hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu', 'Đường dẫn (link)', 'Tên tệp đính kèm'] as const;

/** Typed for a metric with no value: "not done" for a date (null), "no data" otherwise. */
export const NOT_DONE = 'chưa thực hiện';
export const NO_DATA = 'chưa có';
export const NOT_APPLICABLE_TEXT = 'Không áp dụng';

export const UNIT_LABELS: Record<string, string> = {
  percent: 'Tỷ lệ % (0–100)', count: 'Số lượng', number: 'Số', date: 'Ngày (YYYY-MM-DD)', boolean: 'có/không', text: 'Văn bản',
};

/** Keys of the hidden "_parindex" sheet (column A; the value in B). */
export const META_KEYS = ['format', 'setId', 'setVersion', 'unitId', 'unitName', 'unitType', 'unitLevel', 'year', 'round', 'produced', 'hash'] as const;
export type MetaKey = (typeof META_KEYS)[number];
/** The row list (code, maximum, sheet row) starts below the key-value rows. */
export const META_ROWS_FROM = META_KEYS.length + 2;

/**
 * FNV-1a (32-bit) of the codes and maxima, in hex: a quick identity of the rows a template was made for.
 * @example rowsHash([['1', '2']]) // '…8 hex digits…'
 */
export function rowsHash(rows: readonly (readonly [string, string])[]): string {
  let h = 0x811c9dc5;
  for (const ch of rows.map(([c, m]) => `${c}\u0000${m}`).join('\n')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
