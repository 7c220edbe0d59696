/** `parindex whatif` as tables for people: standings side by side, changed rows, rank changes; points left on the table. */
import Table from 'cli-table3';
import { Decimal, type PointsLeft, type RowDelta, type ScenarioComparison, type UnitStanding, type UnitDelta } from '../index.js';
import { wrap } from './format.js';

const table = (head: string[], aligns: ('left' | 'right')[]) => new Table({ head, colAligns: aligns, style: { head: [], border: [] } });

/**
 * A signed change as people read it.
 * @example signed('0.32') // '+0.32'; signed('-1.50') // '−1.50'; signed('0.00') // '0'
 */
export function signed(display: string | null): string {
  if (display === null) return '—';
  const d = new Decimal(display);
  return d.isZero() ? '0' : d.isNeg() ? `−${display.slice(1)}` : `+${display}`;
}

const nameCell = (name: string, width: number) => wrap(name, width, 0).join('\n');

function standingCells(s: UnitStanding): string[] {
  return [s.points.display ?? '—', s.index.display ?? '—', s.band ?? '—'];
}

/**
 * Baseline and every scenario for each unit, then the rows each scenario changes.
 * @example comparisonReport(compareScenarios(set, a, [s]).value, 100)
 */
export function comparisonReport(c: ScenarioComparison, width: number): string {
  const out = [`SO SÁNH KỊCH BẢN (what-if) — bộ tiêu chí ${c.criteriaSet.id} (phiên bản ${c.criteriaSet.version})`];
  out.push(...c.scenarios.map((s) => `  ${s.id}${s.name ? `: ${s.name}` : ''}${s.chain.length > 1 ? ` (áp dụng lần lượt: ${s.chain.join(' → ')})` : ''}${s.criteriaChanged ? ' [đổi bộ tiêu chí]' : ''}`));
  const batch = c.baseline.length > 1;
  if (batch) out.push('', rankTable(c));
  const pp = c.rounding.points;
  c.baseline.forEach((b, k) => {
    const deltas = c.scenarios.map((s) => s.units[k]!);
    if (batch && deltas.every((d) => d.rows.length === 0 && d.areas.length === 0)) return;
    out.push('', `Đơn vị: ${b.unit.name} (${b.unit.id})`, unitTable(b.standing, c, k, batch));
    c.scenarios.forEach((s, j) => {
      const d = deltas[j]!;
      if (d.rows.length > 0 || d.areas.length > 0) out.push(`Kịch bản ${s.id}: điểm thay đổi`, rowTable(d, width, pp));
      for (const i of d.issues) out.push(`  ${i.severity === 'error' ? 'lỗi' : 'lưu ý'}: ${i.path}: ${i.message} [${i.code}]`);
    });
  });
  return out.join('\n');
}

function unitTable(base: UnitStanding, c: ScenarioComparison, k: number, batch: boolean): string {
  const t = table(['Kịch bản', 'Điểm', '±', 'Chỉ số (%)', '±', 'Xếp loại', ...(batch ? ['Hạng'] : [])], ['left', 'right', 'right', 'right', 'right', 'left', 'right']);
  t.push(['Hiện trạng', base.points.display ?? '—', '', base.index.display ?? '—', '', base.band ?? '—', ...(batch ? [rank(base.rank)] : [])]);
  for (const s of c.scenarios) {
    const d = s.units[k]!;
    const [points, index, band] = standingCells(d.after);
    const bandText = d.bandChange ? `${band} (từ ${d.bandChange.from ?? '—'})` : band!;
    t.push([s.id, points!, signed(d.pointsChange.display), index!, signed(d.indexChange.display), bandText, ...(batch ? [rankText(d)] : [])]);
  }
  return t.toString();
}

const rank = (r: number | null) => (r === null ? '—' : String(r));
const rankText = (d: UnitDelta) => (d.rankChange ? `${rank(d.rankChange.from)} → ${rank(d.rankChange.to)}` : rank(d.after.rank));

function rankTable(c: ScenarioComparison): string {
  const t = table(['Đơn vị', 'Hạng hiện trạng', ...c.scenarios.map((s) => `Hạng ${s.id}`)], ['left', 'right', ...c.scenarios.map(() => 'right' as const)]);
  c.baseline.forEach((b, k) => t.push([b.unit.name, rank(b.standing.rank), ...c.scenarios.map((s) => rankText(s.units[k]!))]));
  return t.toString();
}

function rowTable(d: UnitDelta, width: number, places: number): string {
  const round = (v: string) => fixed(v, places);
  const t = table(['Mã', 'Tiêu chí', 'Trước', 'Sau', '±', 'Tối đa'], ['left', 'left', 'right', 'right', 'right', 'right']);
  const nameWidth = Math.max(24, width - 60);
  const cell = (v: string | null) => (v === null ? '—' : round(v));
  const push = (r: RowDelta, area: boolean) =>
    t.push([r.code, nameCell(`${area ? 'Lĩnh vực: ' : ''}${r.name}`, nameWidth), cell(r.before), cell(r.after), signed(r.change === null ? null : round(r.change)), r.maxBefore === r.maxAfter ? r.maxAfter : `${r.maxBefore} → ${r.maxAfter}`]);
  d.areas.forEach((r) => push(r, true));
  d.rows.forEach((r) => push(r, false));
  return t.toString();
}

const fixed = (v: string, places: number) => new Decimal(v).toFixed(places, Decimal.ROUND_HALF_UP);

/**
 * One unit's points left on the table: rows by the points the next change earns, then the gap to each higher band.
 * @example pointsLeftReport(pointsLeft(set, a), 100)
 */
export function pointsLeftReport(l: PointsLeft, width: number): string {
  const s = l.standing;
  const round2 = (v: string) => fixed(v, l.rounding.points);
  const out = [`ĐIỂM CÒN THIẾU — ${l.unit.name} (${l.unit.id}): ${s.points.display ?? '—'} / ${l.applicableMaxPoints} điểm, chỉ số ${s.index.display ?? '—'}%, ${s.band ?? '—'}`];
  const t = table(['Mã', 'Tiêu chí', 'Cách chấm', 'Điểm', 'Thiếu', 'Thay đổi gần nhất để được thêm điểm'], ['left', 'left', 'left', 'right', 'right', 'left']);
  const nameWidth = Math.max(20, Math.floor((width - 50) / 2));
  for (const r of l.rows) {
    const what = r.next ? [r.next.text, ...(r.full ? [`tối đa: ${r.full.text}`] : [])].join('\n') : r.note;
    t.push([r.code, nameCell(r.name, nameWidth), r.kind, r.points === null ? '—' : round2(r.points), round2(r.lost), wrap(what, nameWidth + 10, 0).join('\n')]);
  }
  out.push(t.toString(), `Tổng điểm còn thiếu: ${round2(l.lostTotal)}`);
  for (const b of l.bands) {
    const points = b.pointsNeeded === null ? '' : ` ≈ ${round2(b.pointsNeeded)} điểm${b.via ? ` (ở phần ${b.via})` : ''}`;
    out.push(`Để đạt ${b.label} (${b.minInclusive ? '≥' : '>'} ${b.min}%): còn thiếu ${b.minInclusive ? '' : 'hơn '}${fixed(b.indexGap, l.rounding.index)} điểm chỉ số${points}`);
  }
  return out.join('\n');
}
