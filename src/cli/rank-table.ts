/** The ranking as tables for people, one per group: rank, code, unit, points, applicable maximum, index, band; then bands and the mean. */
import Table from 'cli-table3';
import type { Ranking, RankingGroup } from '../index.js';
import { maxText } from './format.js';

const HEAD = ['Hạng', 'Mã', 'Đơn vị', 'Điểm', 'Tối đa áp dụng', 'Chỉ số (%)', 'Xếp loại'];

/**
 * Renders every group of `ranking`; `titles` maps a set id to its title.
 * @example rankReport(rankUnits(entries), new Map([['department-example', 'Bộ tiêu chí …']]))
 */
export function rankReport(ranking: Ranking, titles: ReadonlyMap<string, string>): string {
  const heading = `BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (${ranking.ties === 'dense' ? 'hạng liên tiếp' : 'đồng hạng thì bỏ qua hạng kế tiếp'})`;
  return [heading, ...ranking.groups.flatMap((g) => ['', ...groupReport(g, titles)])].join('\n');
}

function groupReport(g: RankingGroup, titles: ReadonlyMap<string, string>): string[] {
  const sets = g.criteriaSets.map((s) => `${titles.get(s.id) ?? s.id} (${s.id}, phiên bản ${s.version})`);
  const table = new Table({ head: HEAD, colAligns: ['right', 'left', 'left', 'right', 'right', 'right', 'left'], style: { head: [], border: [] } });
  for (const u of g.units) {
    table.push([u.rank === null ? '—' : String(u.rank), u.unit.id, u.unit.name, u.points.display ?? '—', maxText(u.applicableMaxPoints, u.rounding.points), u.index.display ?? '—', u.band ?? (u.rank === null ? 'chưa xếp hạng' : '—')]);
  }
  const bands = g.bands.map((b) => `${b.label ?? 'ngoài các mức'}: ${b.count}`).join('; ');
  const unranked = g.units.filter((u) => u.rank === null);
  return [
    `Bộ tiêu chí: ${sets.join('; ')}`,
    withoutRowLines(table.toString()),
    `Số đơn vị: ${g.units.length} (xếp hạng ${g.ranked}${g.unranked > 0 ? `, chưa xếp hạng ${g.unranked}` : ''})`,
    `Xếp loại: ${bands}`,
    `Chỉ số bình quân: ${g.mean.display === null ? '—' : `${g.mean.display}%`}`,
    ...(unranked.length > 0 ? ['Chưa xếp hạng:', ...unranked.map((u) => `  ${u.unit.name} (${u.label ?? u.unit.id}): ${u.reason ?? ''}`)] : []),
  ];
}

/** Keeps the line under the header only: a ranking is read down its columns. */
function withoutRowLines(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('├'));
  return lines.filter((l, k) => k === first || !l.startsWith('├')).join('\n');
}
