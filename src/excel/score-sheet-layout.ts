/** The unit score sheet's layout: columns, labels, fonts and number formats shared by its builders. */
import type { Font } from 'exceljs';

/** Columns A…M. L and M are hidden helpers: the applicable maximum per row and the index part of a leaf. */
export const COL = {
  stt: 'A', code: 'B', name: 'C', max: 'D', self: 'E', appraisal1: 'F', appraisal2: 'G', final: 'H', survey: 'I',
  evidence: 'J', notes: 'K', applicable: 'L', part: 'M',
} as const;
export type ColKey = keyof typeof COL;

/** Point columns a parent sums, in order. */
export const POINT_COLUMNS = ['max', 'self', 'appraisal1', 'appraisal2', 'final', 'survey', 'applicable'] as const;
export type PointColumn = (typeof POINT_COLUMNS)[number];

/** Columns that carry a round's points, an index and a band in the totals. */
export const ROUND_COLUMNS = ['self', 'appraisal1', 'appraisal2', 'final'] as const;
export type RoundColumn = (typeof ROUND_COLUMNS)[number];

export const HEADERS: Record<ColKey, string> = {
  stt: 'STT',
  code: 'Mã',
  name: 'Lĩnh vực / Tiêu chí / Tiêu chí thành phần',
  max: 'Điểm tối đa',
  self: 'Điểm tự đánh giá',
  appraisal1: 'Điểm thẩm định lần 1',
  appraisal2: 'Điểm thẩm định lần 2',
  final: 'Điểm đạt được',
  survey: 'Điều tra XHH',
  evidence: 'Tài liệu kiểm chứng',
  notes: 'Giải trình / Ghi chú',
  applicable: 'Điểm tối đa áp dụng (cột phụ)',
  part: 'Phần chỉ số (cột phụ)',
};

export const WIDTHS: Record<ColKey, number> = {
  stt: 6, code: 8, name: 52, max: 10, self: 10, appraisal1: 10, appraisal2: 10, final: 10, survey: 10, evidence: 34, notes: 30, applicable: 10, part: 10,
};

export const LABELS = {
  title: (year: number) => `BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
  unit: 'Đơn vị',
  set: 'Bộ tiêu chí',
  basis: 'Căn cứ',
  produced: 'Ngày lập',
  notApplicable: 'Không áp dụng',
  incomplete: 'Kết quả chưa đầy đủ: còn tiêu chí chưa được chấm, chỉ số chưa được tính.',
  treeTotal: 'Tổng điểm các lĩnh vực',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
  cap: (cap: string) => `tối đa ${cap}`,
  total: 'TỔNG ĐIỂM ĐẠT ĐƯỢC',
  applicable: 'Tổng điểm tối đa áp dụng (không tính tiêu chí không áp dụng)',
  part: (name: string, weight: string) => `Phần "${name}" (trọng số ${weight})`,
  index: 'CHỈ SỐ CCHC (%)',
  band: 'Xếp loại',
  note: 'Ghi chú',
  comment1: 'Thẩm định lần 1',
  explanationRequired: 'Yêu cầu giải trình',
  explanation: 'Giải trình',
  comment2: 'Thẩm định lần 2',
} as const;

export const FONT_NAME = 'Times New Roman';
export const FONT: Partial<Font> = { name: FONT_NAME, size: 11 };

/** Rows 1–5 hold the title block; the column headers are on row 7. */
export const HEADER_ROW = 7;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

/**
 * An Excel number format showing `places` decimals.
 * @example numberFormat(2) // '0.00'
 */
export function numberFormat(places: number): string {
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

/** The same format showing nothing for zero: survey sums of areas without survey rows stay blank. */
export function blankZero(format: string): string {
  return `${format};-${format};;@`;
}

/**
 * A YYYY-MM-DD date as Vietnamese tables write it.
 * @example vnDate('2025-01-15') // '15/01/2025'
 */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * I, II, III… for the areas' STT.
 * @example roman(14) // 'XIV'
 */
export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let k = n;
  for (const [v, s] of table) for (; k >= v; k -= v) out += s;
  return out;
}
