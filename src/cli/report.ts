/** The score table with what surrounds it: who and what was scored, the totals, the legend, the issues. */
import { formatIssues, type CriteriaSet, type ResultNode, type ScoreResult } from '../index.js';
import { maxText, rounded, vnDate } from './format.js';
import { STATUS_MARK, scoreTable } from './table.js';

/** Width used when stdout is not a terminal, so piped output and tests are deterministic. */
export const DEFAULT_WIDTH = 100;

/**
 * The report's width: the terminal's, within limits that keep names readable; 100 when piped.
 * @example reportWidth(undefined) // 100
 */
export function reportWidth(columns: number | undefined): number {
  return columns === undefined ? DEFAULT_WIDTH : Math.min(140, Math.max(60, columns));
}

/** The full human-readable report for one scored unit. */
export function scoreReport(result: ScoreResult, set: CriteriaSet, width = DEFAULT_WIDTH, headingLines: readonly string[] = []): string {
  return [...heading(result), ...headingLines, '', scoreTable(result, set, width), ...legend(result), '', ...totals(result, set), ...issues(result)].join('\n');
}

function heading(r: ScoreResult): string[] {
  const unit = [r.unit.name, ...(r.asOf === null ? [] : [`tính đến ngày ${vnDate(r.asOf)}`])];
  return [
    `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${r.year}`,
    `Đơn vị: ${unit.join(' — ')}`,
    `Bộ tiêu chí: ${r.criteriaSet.title} (${r.criteriaSet.id}, phiên bản ${r.criteriaSet.version})`,
  ];
}

const MEANING = { KAD: 'không áp dụng (không phát sinh)', thiếu: 'thiếu dữ liệu', lỗi: 'dữ liệu không hợp lệ' } as const;

function legend(r: ScoreResult): string[] {
  const seen = new Set<string>();
  const visit = (n: ResultNode): void => {
    if (n.status !== 'scored') seen.add(STATUS_MARK[n.status]);
    n.children.forEach(visit);
  };
  [...r.nodes, ...(r.bonus?.items ?? []), ...(r.penalty?.items ?? [])].forEach(visit);
  const marks = Object.entries(MEANING).filter(([mark]) => seen.has(mark));
  return marks.length === 0 ? [] : [`Ghi chú: ${marks.map(([mark, meaning]) => `${mark} = ${meaning}`).join('; ')}.`];
}

function totals(r: ScoreResult, set: CriteriaSet): string[] {
  const missing = 'chưa tính được (xem các vấn đề bên dưới)';
  const rows: [string, string][] = [
    ['Tổng điểm', r.display.points === null ? missing : `${r.display.points} / ${maxText(r.applicableMaxPoints, set.rounding.points)}`],
    ['Chỉ số CCHC', r.display.index === null ? missing : `${r.display.index}%`],
  ];
  if (set.bands.length > 0) rows.push(['Xếp loại', r.band ?? (r.index === null ? missing : 'không thuộc mức nào')]);
  return [...aligned(rows, ''), ...parts(r, set)];
}

/** Index parts (e.g. self-assessment and survey), when the set weighs them. */
function parts(r: ScoreResult, set: CriteriaSet): string[] {
  if (!r.parts) return [];
  const { points: pp, index: ip } = set.rounding;
  const rows = r.parts.map((part): [string, string] => {
    const name = set.index?.parts.find((p) => p.id === part.id)?.name ?? part.id;
    const value = part.points === null ? 'chưa tính được' : `${rounded(part.points, pp)} / ${maxText(part.applicableMaxPoints, pp)} điểm`;
    const pct = part.ratio === null ? '' : ` (${rounded(part.ratio, ip)}%)`;
    return [name, `${value}${pct}, trọng số ${part.weight}${part.present ? '' : ', không tính vì không có dữ liệu'}`];
  });
  return ['', 'Theo thành phần chỉ số:', ...aligned(rows, '  ')];
}

function aligned(rows: readonly [string, string][], indent: string): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${indent}${`${label}:`.padEnd(width)} ${value}`);
}

function issues(r: ScoreResult): string[] {
  if (r.issues.length === 0) return [];
  return ['', `Vấn đề (${r.issues.length}):`, ...formatIssues(r.issues).split('\n').map((l) => `  ${l}`)];
}
