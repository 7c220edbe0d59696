/** The workbook layout shared by the builder and the importer: sheet names, columns and their guide text. */

export const SHEETS = { nodes: 'Tiêu chí', set: 'Bộ tiêu chí', guide: 'Hướng dẫn' } as const;

/** Refused above these sizes: a criteria table has hundreds of rows, not thousands. */
export const LIMITS = { bytes: 20 * 1024 * 1024, rows: 5000 } as const;

/** Fixed so the same set always gives the same workbook. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Yes/no cells: "có" / "không" (TRUE/FALSE typed by hand is accepted too). */
export const YES = 'có';
export const NO = 'không';

export interface Column {
  readonly key: NodeColumn;
  readonly header: string;
  readonly width: number;
  readonly guide: string;
}

export type NodeColumn =
  | 'code' | 'depth' | 'name' | 'nameEn' | 'maxPoints' | 'scoredBy' | 'kind' | 'metric' | 'tiers' | 'params'
  | 'levels' | 'unitTypes' | 'allowNotApplicable' | 'source' | 'status' | 'note';

/** Columns of the "Tiêu chí" sheet, in order (A, B, …). */
export const NODE_COLUMNS: readonly Column[] = [
  { key: 'code', header: 'Mã', width: 10, guide: 'Mã tiêu chí, ví dụ 1.1.4. Mã quyết định cây: 1.1.4 là con của 1.1 (nếu có dòng 1.1 phía trên). Không trùng nhau.' },
  { key: 'depth', header: 'Cấp', width: 6, guide: 'Cấp trong cây: 1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần… Chỉ dùng khi mã không cho biết dòng cha.' },
  { key: 'name', header: 'Tên tiêu chí', width: 60, guide: 'Tên tiêu chí như trong phụ lục của quyết định (thụt lề theo cấp; khoảng thụt lề không thuộc tên).' },
  { key: 'nameEn', header: 'Tên tiếng Anh', width: 30, guide: 'Tên tiếng Anh (không bắt buộc).' },
  { key: 'maxPoints', header: 'Điểm tối đa', width: 12, guide: 'Điểm tối đa, số thập phân dùng dấu chấm (0.25, 14.5). Điểm của dòng cha phải bằng đúng tổng điểm các dòng con.' },
  { key: 'scoredBy', header: 'Chấm bởi', width: 10, guide: 'self (tự đánh giá) hoặc survey (điều tra xã hội học). Để trống: theo dòng cha.' },
  { key: 'kind', header: 'Loại quy tắc', width: 14, guide: 'Loại quy tắc chấm điểm của dòng lá (chọn trong danh sách, xem lệnh `parindex rules`). Dòng cha để trống.' },
  { key: 'metric', header: 'Chỉ số', width: 22, guide: 'Mã chỉ số (metric) mà quy tắc đọc; phải được khai báo trong bảng Chỉ số của trang Bộ tiêu chí.' },
  { key: 'tiers', header: 'Bậc điểm', width: 40, guide: 'Các bậc điểm, cách nhau bằng dấu chấm phẩy: `>90: 2; [70,90]: 1; <70: 0`. Khoảng: >a (trên a), >=a (từ a), <b (dưới b), <=b (đến b), [a,b] (từ a đến b), [a,b) (từ a đến dưới b), (a,b], (a,b), * (mọi giá trị). Sau dấu hai chấm là số điểm; nhãn tùy chọn trong ngoặc kép: `>90: 2 "trên 90%"`.' },
  { key: 'params', header: 'Tham số (JSON)', width: 40, guide: 'Các tham số khác của quy tắc, viết bằng JSON, ví dụ {"latePoints": "0.5", "due": {"deadline": "planIssue"}}. Điều kiện (all-of), các kỳ báo cáo (timely-count), mục tiêu theo cấp (level-target) và hạn (deadline) ghi ở đây.' },
  { key: 'levels', header: 'Áp dụng cho cấp', width: 16, guide: 'Các cấp đơn vị được chấm dòng này, cách nhau bằng dấu phẩy (province, commune). Để trống: mọi cấp.' },
  { key: 'unitTypes', header: 'Áp dụng cho loại đơn vị', width: 16, guide: 'Các loại đơn vị (so, xa, phuong…), cách nhau bằng dấu phẩy. Để trống: mọi loại.' },
  { key: 'allowNotApplicable', header: 'Cho phép KAD', width: 12, guide: `Đơn vị được khai "không phát sinh / không áp dụng" cho dòng này: ${YES} hoặc ${NO}.` },
  { key: 'source', header: 'Nguồn', width: 40, guide: 'Nguồn của dòng (văn bản, điều, khoản).' },
  { key: 'status', header: 'Trạng thái', width: 12, guide: 'official (nguyên văn văn bản), adapted (điều chỉnh) hoặc example (ví dụ).' },
  { key: 'note', header: 'Ghi chú', width: 30, guide: 'Ghi chú (không bắt buộc).' },
];

/** Column letter of a node column. */
export function nodeColumn(key: NodeColumn): string {
  return letter(NODE_COLUMNS.findIndex((c) => c.key === key) + 1);
}

/** 1 → A, 27 → AA. */
export function letter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Key-value rows at the top of "Bộ tiêu chí": the key in column A, the value in B, the label in C. */
export const SET_FIELDS: readonly { key: string; label: string; json?: true; int?: true; decimal?: true }[] = [
  { key: '$schema', label: 'Lược đồ JSON (không bắt buộc)' },
  { key: 'id', label: 'Mã bộ tiêu chí (chữ không dấu, số, - _ .)' },
  { key: 'version', label: 'Phiên bản' },
  { key: 'title', label: 'Tên bộ tiêu chí' },
  { key: 'legalBasis.number', label: 'Số quyết định, ví dụ 876/QĐ-BNV' },
  { key: 'legalBasis.date', label: 'Ngày ban hành (YYYY-MM-DD)' },
  { key: 'legalBasis.issuer', label: 'Cơ quan ban hành' },
  { key: 'legalBasis.name', label: 'Trích yếu' },
  { key: 'legalBasis.url', label: 'Đường dẫn văn bản' },
  { key: 'unitLevels', label: 'Các cấp đơn vị, cách nhau bằng dấu phẩy (province, commune)' },
  { key: 'unitTypes', label: 'Các loại đơn vị, cách nhau bằng dấu phẩy' },
  { key: 'validFrom', label: 'Hiệu lực từ ngày (YYYY-MM-DD)' },
  { key: 'validTo', label: 'Hiệu lực đến ngày (YYYY-MM-DD)' },
  { key: 'status', label: 'official, adapted hoặc example' },
  { key: 'source', label: 'Nguồn' },
  { key: 'description', label: 'Mô tả' },
  { key: 'rounding.points', label: 'Số chữ số thập phân khi hiển thị điểm', int: true },
  { key: 'rounding.index', label: 'Số chữ số thập phân khi hiển thị chỉ số %', int: true },
  { key: 'calendar', label: 'Lịch: hạn (deadlines) và kỳ báo cáo (periods), JSON', json: true },
  { key: 'index.parts', label: 'Các phần của chỉ số (tự đánh giá, điều tra), JSON', json: true },
  { key: 'adjustments', label: 'Điểm thưởng, điểm trừ (bonus, penalty), JSON', json: true },
  { key: 'pointStep', label: 'Bước điểm: điểm chấm ở mọi vòng là bội số của số này, ví dụ 0.25 (không bắt buộc)', decimal: true },
  { key: 'workflow', label: 'Hạn các vòng: tự đánh giá (self), thẩm định 1 (appraisal1), giải trình (explanation), thẩm định 2 (appraisal2), JSON', json: true },
];

/** The metrics and bands tables below the key-value rows: a title row, a header row, then one row each. */
export const METRIC_HEADERS = ['id', 'unit', 'name', 'min', 'max', 'better', 'description', 'from'] as const;
export const BAND_HEADERS = ['label', 'min', 'minInclusive', 'max', 'maxInclusive'] as const;
export const TABLE_TITLES = { metrics: 'Chỉ số (metrics)', bands: 'Xếp loại (bands)' } as const;
