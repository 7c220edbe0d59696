/** The diff of two sets as a table a person reads in a terminal: one line per change, Vietnamese labels. */
import Table from 'cli-table3';
import type { Band, SetDiff } from '../index.js';

type Line = [label: string, key: string, detail: string];

/** The heading, the table of changes (or a sentence saying there are none) and a count. */
export function diffReport(diff: SetDiff, width: number): string {
  const { from, to } = diff;
  const heading = [`So sánh bộ tiêu chí: ${from.id} (phiên bản ${from.version}) → ${to.id} (phiên bản ${to.version})`, `  Từ:  ${from.title}`, `  Đến: ${to.title}`];
  const lines = [...rowLines(diff.rows), ...bandLines(diff.bands), ...metricLines(diff.metrics)];
  if (lines.length === 0) return [...heading, '', 'Không có thay đổi về tiêu chí, xếp loại hay chỉ tiêu.'].join('\n');
  return [...heading, '', table(lines, width), `Tổng: ${lines.length} thay đổi.`].join('\n');
}

const parentText = (code: string | null): string => (code === null ? 'cấp cao nhất' : `thuộc ${code}`);
const ruleText = (rule: { kind: string } | null): string => (rule === null ? 'không có (hàng cha)' : rule.kind);

function rowLines(rows: SetDiff['rows']): Line[] {
  return [
    ...rows.added.map((r): Line => ['Thêm', r.code, `${r.name} (${r.maxPoints} điểm, ${parentText(r.parent)})`]),
    ...rows.removed.map((r): Line => ['Bỏ', r.code, `${r.name} (${r.maxPoints} điểm, ${parentText(r.parent)})`]),
    ...rows.renamed.map((r): Line => ['Đổi tên', r.code, `${r.from} → ${r.to}`]),
    ...rows.repointed.map((r): Line => ['Đổi điểm', r.code, `${r.from} → ${r.to} điểm`]),
    ...rows.rulesChanged.map((r): Line => {
      const same = r.from !== null && r.to !== null && r.from.kind === r.to.kind;
      return ['Đổi cách chấm', r.code, same ? `${ruleText(r.to)}: đổi tham số` : `${ruleText(r.from)} → ${ruleText(r.to)}`];
    }),
    ...rows.moved.map((r): Line => ['Chuyển', r.code, `${parentText(r.from)} → ${parentText(r.to)}`]),
  ];
}

/** A band's interval as written in math: [80, 90) or [90, +∞). */
function interval(b: Band): string {
  return `${b.minInclusive ? '[' : '('}${b.min ?? '−∞'}, ${b.max ?? '+∞'}${b.maxInclusive && b.max !== undefined ? ']' : ')'}`;
}

function bandLines(bands: SetDiff['bands']): Line[] {
  return [
    ...bands.added.map((b): Line => ['Thêm xếp loại', b.label, interval(b)]),
    ...bands.removed.map((b): Line => ['Bỏ xếp loại', b.label, interval(b)]),
    ...bands.changed.map((b): Line => ['Đổi xếp loại', b.label, `${interval(b.from)} → ${interval(b.to)}`]),
  ];
}

function metricLines(metrics: SetDiff['metrics']): Line[] {
  const about = (m: { unit: string; name?: string | undefined }) => (m.name ? `${m.name} (${m.unit})` : m.unit);
  return [
    ...metrics.added.map((m): Line => ['Thêm chỉ tiêu', m.id, about(m.metric)]),
    ...metrics.removed.map((m): Line => ['Bỏ chỉ tiêu', m.id, about(m.metric)]),
    ...metrics.changed.map((m): Line => ['Đổi chỉ tiêu', m.id, `${about(m.from)} → ${about(m.to)}`]),
  ];
}

function table(lines: readonly Line[], width: number): string {
  const labelWidth = Math.max(...lines.map((l) => l[0].length), 'Thay đổi'.length) + 2;
  const keyWidth = Math.min(24, Math.max(...lines.map((l) => l[1].length), 'Mã'.length) + 2);
  // Three columns cost four borders.
  const detailWidth = Math.max(20, width - labelWidth - keyWidth - 4);
  const t = new Table({
    head: ['Thay đổi', 'Mã', 'Nội dung'],
    colWidths: [labelWidth, keyWidth, detailWidth],
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  t.push(...lines.map((l) => [...l]));
  return t.toString();
}
