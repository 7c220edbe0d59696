/** `parindex rounds`: one unit through self-assessment and appraisal, row by row, with what is over-scored, pending, unevidenced or late. */
import Table from 'cli-table3';
import { formatIssues, locateIssues, parseAssessment, parseCriteriaSet, scoreRounds, type Issue, type RoundsReport, type RoundsRow } from '../index.js';
import { EXIT, type ExitCode } from './exit.js';
import { maxText, plural, rounded, vnDate, wrap } from './format.js';
import type { Io } from './io.js';
import { reportWidth } from './report.js';

export interface RoundsArgs {
  criteria: string;
  assessment: string;
  format: 'table' | 'json';
  asOf?: string | undefined;
}

const ROUND_HEAD = { rules: 'Theo dữ liệu', self: 'Tự ĐG', appraisal1: 'TĐ lần 1', appraisal2: 'TĐ lần 2', final: 'Đạt' } as const;
const STATUS_MARK = { 'over-scored': 'tự chấm cao', 'under-scored': 'tự chấm thấp', agreed: '', unscored: 'chưa có điểm', 'not-applicable': 'KAD' } as const;

/** Runs `rounds`; returns 1 when a file is invalid or the final result has error issues. */
export function roundsCommand(args: RoundsArgs, io: Io): ExitCode {
  const criteriaText = io.readText(args.criteria, 'criteria file');
  const assessmentText = io.readText(args.assessment, 'assessment file');
  const set = parseCriteriaSet(criteriaText, { file: args.criteria });
  const assessment = parseAssessment(assessmentText, { file: args.assessment });
  if (!set.ok || !assessment.ok) {
    for (const [ok, file, what, issues] of [[set.ok, args.criteria, 'criteria set', set.issues], [assessment.ok, args.assessment, 'assessment', assessment.issues]] as const) {
      if (ok) continue;
      io.err(`error: ${file}: invalid ${what} (${plural(issues.filter((i) => i.severity === 'error').length, 'error')}); nothing was scored`);
      io.err(formatIssues(issues));
    }
    return EXIT.data;
  }
  if (set.issues.length + assessment.issues.length > 0) io.err(formatIssues([...set.issues, ...assessment.issues]));
  const scored = scoreRounds(set.value, assessment.value, { asOf: args.asOf, file: args.assessment });
  const report: RoundsReport = { ...scored, issues: locateIssues(scored.issues, assessmentText, args.assessment) };
  if (args.format === 'json') io.out(JSON.stringify(report, null, 2));
  else {
    const issues = report.issues.length === 0 ? [] : ['', `Vấn đề (${report.issues.length}):`, ...formatIssues(report.issues).split('\n').map((l) => `  ${l}`)];
    io.out([roundsTable(report, reportWidth(io.columns)), ...issues].join('\n'));
  }
  const errors = report.final.issues.filter((i: Issue) => i.severity === 'error').length;
  if (errors === 0) return EXIT.ok;
  io.err(`error: ${args.assessment}: ${plural(errors, 'error')} in the final result; ${report.final.index === null ? 'no index was computed' : 'the index may be wrong'}`);
  return EXIT.data;
}

/** The rows with a column per round present, then totals and the lists. */
export function roundsTable(r: RoundsReport, width: number): string {
  const pp = r.rounding.points;
  const rounds = (['rules', 'self', 'appraisal1', 'appraisal2'] as const).filter((k) => k === 'rules' || r.totals.some((t) => t.round === k));
  const cols = [...rounds, 'final'] as const;
  const num = (v: string | null) => (v === null ? '—' : rounded(v, pp));
  const fixed = 8 + 8 + cols.length * 12 + 10 + 14;
  const nameWidth = Math.max(20, width - fixed);
  const table = new Table({
    head: ['Mã', 'Tiêu chí', 'Tối đa', ...cols.map((c) => ROUND_HEAD[c]), 'Chênh lệch', 'Ghi chú'],
    colAligns: ['left', 'left', 'right', ...cols.map(() => 'right' as const), 'right', 'left'],
    style: { head: [], border: [] },
  });
  const line = (row: RoundsRow) => {
    const name = wrap(row.name, nameWidth, row.depth * 2).join('\n');
    const flags = [STATUS_MARK[row.status], row.explanationRequired ? (row.explanation === null ? 'chờ giải trình' : 'đã giải trình') : ''].filter(Boolean).join('; ');
    return [row.code, name, maxText(row.maxPoints, pp), ...cols.map((c) => num(row[c])), row.difference === null ? '—' : rounded(row.difference, pp), flags];
  };
  for (const row of r.rows) table.push(line(row));
  const total = (k: (typeof cols)[number]) => r.totals.find((t) => t.round === k);
  table.push(['', 'Tổng điểm', '', ...cols.map((c) => num(total(c)?.points ?? null)), '', '']);
  table.push(['', 'Chỉ số (%)', '', ...cols.map((c) => num(total(c)?.index ?? null)), '', '']);
  table.push(['', 'Xếp loại', '', ...cols.map((c) => total(c)?.band ?? '—'), '', '']);

  const out = [`${r.unit.name} — năm ${r.year} — bộ tiêu chí ${r.criteriaSet.id} (phiên bản ${r.criteriaSet.version}) — giai đoạn: ${STAGE[r.stage]}`, table.toString()];
  const list = (title: string, items: string[]) => items.length > 0 && out.push(`${title} (${items.length}):`, ...items.map((s) => `  ${s}`));
  list('Tự chấm cao hơn kết quả', r.overScored.map((o) => `${o.code}: tự chấm ${num(o.self)}, đạt ${num(o.final)}, cao hơn ${num(o.by)}`));
  list('Chờ giải trình', r.waitingForExplanation);
  list('Đã giải trình, chờ thẩm định lại', r.waitingForReappraisal);
  list('Có điểm nhưng không có tài liệu kiểm chứng', r.withoutEvidence.map((w) => `${w.code}: ${num(w.claimed)} điểm${w.explained ? ' (có ghi chú giải trình)' : ''}`));
  list('Nộp muộn', r.late.map((l) => `${PHASE[l.phase]}${l.code ? ` ${l.code}` : ''}: ${vnDate(l.date)}, hạn ${vnDate(l.due)} (muộn ${l.daysLate} ngày)`));
  return out.join('\n');
}

const STAGE = { rules: 'chưa có vòng chấm (điểm theo dữ liệu)', self: 'tự đánh giá', appraisal1: 'thẩm định lần 1', appraisal2: 'thẩm định lần 2' } as const;
const PHASE = { self: 'Tự đánh giá', appraisal1: 'Thẩm định lần 1', explanation: 'Giải trình', appraisal2: 'Thẩm định lần 2', evidence: 'Tài liệu kiểm chứng' } as const;
