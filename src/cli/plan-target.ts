/** `parindex plan`: the cheapest changes that bring one unit to an index, a band or a rank. */
import Table from 'cli-table3';
import { formatIssues, locateIssues, parseAssessment, parseCriteriaSet, ParIndexError, type Assessment, type CriteriaSet, type TargetPlan } from '../index.js';
import { parseLevers, seekTarget, type Target } from '../index.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { rounded } from './format.js';
import type { Io } from './io.js';
import { expandInputs } from './rank-files.js';
import { targetWorkbook } from '../excel/target-workbook.js';
import { today, writeWorkbook } from './score.js';

export interface PlanTargetArgs {
  criteria: string;
  assessment: string;
  target: string;
  levers?: string | undefined;
  batch?: string[] | undefined;
  format: 'table' | 'json';
  asOf?: string | undefined;
  /** Also write the plan as a workbook here (xlsx). */
  out?: string | undefined;
  /** Date printed on the workbook (default: today). */
  produced?: string | undefined;
}

const STATUS = { 'already-met': 'đã đạt mục tiêu, không cần thay đổi', reached: 'đạt mục tiêu', unreachable: 'KHÔNG đạt được trong giới hạn cho phép; đây là kết quả tốt nhất có thể' } as const;

/** `90` or `90.5` an index, `rank:3` a rank among --batch, anything else a band label. */
export function parseTarget(text: string, among: readonly Assessment[]): Target {
  const rank = /^rank:(\d+)$/i.exec(text.trim());
  if (rank) {
    if (among.length === 0) throw new CliError(EXIT.usage, 'plan: a rank target needs the other units: --batch <assessments…|folder>');
    return { rank: Number(rank[1]), among };
  }
  if (/^\d+(\.\d+)?$/.test(text.trim())) return { index: text.trim() };
  return { band: text.trim() };
}

function loadOrFail<T>(io: Io, file: string, what: string, parse: (t: string, o: { file: string }) => { ok: boolean; value?: T; issues: import('../index.js').Issue[] }): T {
  const r = parse(io.readText(file, what), { file });
  if (!r.ok) throw new CliError(EXIT.data, `${file}: invalid ${what}\n${formatIssues(r.issues)}`);
  return r.value!;
}

/** Runs `plan`: 0 the target is reached (or already met), 1 unreachable or bad data. */
export async function planTargetCommand(args: PlanTargetArgs, io: Io): Promise<ExitCode> {
  const set = loadOrFail<CriteriaSet>(io, args.criteria, 'criteria set', parseCriteriaSet);
  const text = io.readText(args.assessment, 'assessment file');
  const unit = parseAssessment(text, { file: args.assessment });
  if (!unit.ok) throw new CliError(EXIT.data, `${args.assessment}: invalid assessment\n${formatIssues(unit.issues)}`);
  const levers = args.levers === undefined ? undefined : loadOrFail(io, args.levers, 'levers file', parseLevers);
  // Units of another criteria set (a folder of mixed units) are not ranked with this one.
  const among = expandInputs(args.batch ?? [], io)
    .map(({ file, text: t }) => loadOrFail<Assessment>(io, file, 'assessment', () => parseAssessment(t, { file })))
    .filter((a) => a.criteriaSet.id === set.id);
  let plan: TargetPlan;
  try {
    plan = seekTarget(set, unit.value, parseTarget(args.target, among), { levers, asOf: args.asOf });
  } catch (e) {
    if (e instanceof ParIndexError && e.kind === 'invalid-data') {
      io.err(`error: ${e.message.split('\n', 1)[0]}`);
      io.err(formatIssues(locateIssues(e.issues.filter((i) => i.severity === 'error'), text, args.assessment)));
      return EXIT.data;
    }
    throw e;
  }
  io.out(args.format === 'json' ? JSON.stringify(plan, null, 2) : planReport(plan, set));
  // An unreachable target still has a best plan worth printing and keeping.
  if (args.out !== undefined) await writeWorkbook(args.out, targetWorkbook(plan, { produced: args.produced ?? today(), rounding: set.rounding }), io);
  return plan.status === 'unreachable' ? EXIT.data : EXIT.ok;
}

/** The plan for people, in Vietnamese. */
export function planReport(p: TargetPlan, set: CriteriaSet): string {
  const ip = set.rounding.index;
  const pp = set.rounding.points;
  const what = p.target.kind === 'index' ? `chỉ số ≥ ${p.target.value}%` : p.target.kind === 'band' ? `xếp loại "${p.target.value}"` : `hạng ${p.target.value}`;
  const out = [`KẾ HOẠCH ĐẠT MỤC TIÊU — ${p.unit.name} (${p.unit.id}): ${what}`, `Kết quả: ${STATUS[p.status]}.`];
  if (p.changes.length > 0) {
    const t = new Table({ head: ['Chỉ tiêu', 'Hiện tại', 'Cần đạt', 'Chi phí', 'Dòng: điểm'], colAligns: ['left', 'right', 'right', 'right', 'left'], style: { head: [], border: [] } });
    for (const c of p.changes) t.push([c.metric, String(c.from), String(c.to), c.cost, c.rows.map((r) => `${r.code}: ${rounded(r.from, pp)} → ${rounded(r.to, pp)}`).join('\n')]);
    out.push(t.toString(), `Tổng chi phí: ${p.totalCost} (${p.changes.length} thay đổi)`);
  }
  const s = new Table({ head: ['', 'Điểm', 'Chỉ số (%)', 'Xếp loại', ...(p.target.kind === 'rank' ? ['Hạng'] : [])], colAligns: ['left', 'right', 'right', 'left', 'right'], style: { head: [], border: [] } });
  for (const [label, st] of [['Hiện trạng', p.baseline], ['Sau thay đổi (chấm lại)', p.result]] as const) {
    s.push([label, st.points === null ? '—' : rounded(st.points, pp), st.index === null ? '—' : rounded(st.index, ip), st.band ?? '—', ...(p.target.kind === 'rank' ? [st.rank === null ? '—' : String(st.rank)] : [])]);
  }
  const levers = p.levers.length > 8 ? `${p.levers.length} chỉ tiêu (${p.levers.slice(0, 8).join(', ')}, …)` : p.levers.join(', ') || '(không có)';
  out.push(s.toString(), `Chỉ tiêu được phép thay đổi: ${levers}`);
  for (const n of p.notes) out.push(`lưu ý: ${n}`);
  return out.join('\n');
}
