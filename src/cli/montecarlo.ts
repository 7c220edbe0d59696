/** `parindex simulate`: Monte Carlo over uncertain inputs; each unit's index distribution, band chances and rank interval. */
import Table from 'cli-table3';
import { Decimal, formatIssues, locateIssues, ParIndexError, parseCriteriaSet, parseUncertainty, simulate, type Assessment, type CriteriaSet, type Simulation, type Uncertainty } from '../index.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { rounded } from './format.js';
import type { Io } from './io.js';
import { expandInputs, loadUnit, splitPaths } from './rank-files.js';

export interface SimulateArgs {
  criteria: string[];
  assessments: string[];
  uncertainty: string;
  draws: string;
  seed: string;
  format: 'table' | 'json';
  asOf?: string | undefined;
}

function whole(text: string, what: string, min: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) throw new CliError(EXIT.usage, `simulate: ${what} must be a whole number ≥ ${min}, got "${text}"`);
  return n;
}

/** Runs `simulate`: 0 simulated, 1 an invalid file (criteria, assessment, uncertainty). */
export function simulateCommand(args: SimulateArgs, io: Io): ExitCode {
  const draws = whole(args.draws, '--draws', 1);
  const seed = whole(args.seed, '--seed', 0);
  const paths = splitPaths(args.criteria, args.assessments, io);
  if (paths.assessments.length === 0) throw new CliError(EXIT.usage, 'simulate needs assessment files or folders after the criteria sets');
  const sets: CriteriaSet[] = [];
  for (const file of paths.criteria) {
    const r = parseCriteriaSet(io.readText(file, 'criteria file'), { file });
    if (!r.ok) throw new CliError(EXIT.data, `${file}: invalid criteria set; nothing was simulated\n${formatIssues(r.issues.filter((i) => i.severity === 'error'))}`);
    sets.push(r.value);
  }
  const uncertaintyText = io.readText(args.uncertainty, 'uncertainty file');
  const u = parseUncertainty(uncertaintyText, { file: args.uncertainty });
  if (!u.ok) throw new CliError(EXIT.data, `${args.uncertainty}: invalid uncertainty file\n${formatIssues(u.issues)}`);
  const bySet = new Map<CriteriaSet, Assessment[]>();
  for (const { file, text } of expandInputs(paths.assessments, io)) {
    const unit = loadUnit(file, text, sets);
    if (!unit.ok) throw new CliError(EXIT.data, `${file}: cannot be simulated\n${formatIssues(unit.issues)}`);
    bySet.set(unit.set, [...(bySet.get(unit.set) ?? []), unit.assessment]);
  }
  const declared = (m: string) => sets.some((set) => Object.hasOwn(set.metrics, m));
  const unknown = [...Object.keys(u.value.metrics), ...Object.values(u.value.units).flatMap((ms) => Object.keys(ms))].filter((m) => !declared(m));
  if (unknown.length > 0) throw new CliError(EXIT.data, `${args.uncertainty}: no criteria set given declares ${[...new Set(unknown)].join(', ')}`);
  const noPart = Object.keys(u.value.weights).filter((id) => !sets.some((set) => hasPart(set, id)));
  if (noPart.length > 0) throw new CliError(EXIT.data, `${args.uncertainty}: no criteria set given has an index part ${noPart.join(', ')} (weights name the ids of index.parts)`);
  // With several sets, each simulates the metrics it declares and the units it holds.
  let results: Simulation[];
  try {
    results = [...bySet].map(([set, units]) => simulate(set, units, forSet(u.value, set, units), { draws, seed, asOf: args.asOf }));
  } catch (e) {
    // A distribution that does not fit its metric or part: the uncertainty file's problem, shown at its line.
    if (!(e instanceof ParIndexError) || e.kind !== 'invalid-data') throw e;
    throw new CliError(EXIT.data, `${args.uncertainty}: does not fit the criteria set; nothing was simulated\n${formatIssues(locateIssues(e.issues.filter((i) => i.severity === 'error').map((i) => ({ ...i, file: args.uncertainty })), uncertaintyText, args.uncertainty))}`);
  }
  io.out(args.format === 'json' ? JSON.stringify(results.length === 1 ? results[0] : results, null, 2) : results.map((r) => {
    const set = sets.find((s) => s.id === r.criteriaSet.id)!;
    return simulationReport(r, set, Object.keys(forSet(u.value, set, []).weights));
  }).join('\n\n'));
  return EXIT.ok;
}

function forSet(u: Uncertainty, set: CriteriaSet, units: readonly Assessment[]): Uncertainty {
  const own = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([m]) => Object.hasOwn(set.metrics, m)));
  const ids = new Set(units.map((a) => a.unit.id));
  const weights = Object.fromEntries(Object.entries(u.weights).filter(([id]) => hasPart(set, id)));
  return { ...u, metrics: own(u.metrics), units: Object.fromEntries(Object.entries(u.units).filter(([id]) => ids.has(id)).map(([id, ms]) => [id, own(ms)])), weights };
}

const hasPart = (set: CriteriaSet, id: string) => set.index?.parts.some((p) => p.id === id) ?? false;

const pct = (p: string) => `${new Decimal(p).times(100).toDecimalPlaces(1).toFixed(1)}%`;

/** The simulation for people, in Vietnamese. */
export function simulationReport(s: Simulation, set: CriteriaSet, drawnWeights: readonly string[] = []): string {
  const ip = set.rounding.index;
  const batch = s.units.length > 1;
  const tops = batch ? Object.keys(s.units[0]?.rank?.top ?? {}) : [];
  const interval = `${new Decimal(s.rankInterval).times(100).toString()}%`;
  const head = ['Đơn vị', 'Hiện tại', 'Trung bình', 'P5', 'P50', 'P95', ...set.bands.map((b) => `P(${b.label})`), ...(batch ? ['Hạng', `Hạng (${interval})`, ...tops.map((k) => `P(top ${k})`)] : [])];
  const t = new Table({ head, style: { head: [], border: [] } });
  for (const u of s.units) {
    const ix = u.index;
    const r = (v: string | undefined | null) => (v === undefined || v === null ? '—' : rounded(v, ip));
    t.push([
      u.unit.name, r(u.baseline.index), r(ix?.mean), r(ix?.p5), r(ix?.p50), r(ix?.p95),
      ...set.bands.map((b) => pct(u.bands[b.label]?.probability ?? '0')),
      ...(batch ? [String(u.baseline.rank ?? '—'), u.rank ? (u.rank.low === u.rank.high ? String(u.rank.low) : `${u.rank.low}–${u.rank.high}`) : '—', ...tops.map((k) => pct(u.rank?.top[k]?.probability ?? '0'))] : []),
    ]);
  }
  const note = s.units.some((u) => u.noIndex > 0) ? '\nMột số lần rút thăm làm đơn vị không có chỉ số (thiếu hoặc sai dữ liệu): xem noIndex trong --format json.' : '';
  const parts = set.index?.parts.filter((p) => drawnWeights.includes(p.id)).map((p) => `${p.name ?? p.id} (${p.id}, trọng số ${p.weight} trong bộ tiêu chí)`) ?? [];
  const weights = parts.length > 0 ? `Trọng số rút thăm, chung cho mọi đơn vị: ${parts.join('; ')}.\n` : '';
  return `MÔ PHỎNG MONTE CARLO — bộ tiêu chí ${s.criteriaSet.id}: ${s.draws.toLocaleString('en')} lần rút thăm, seed ${s.seed}\nChỉ số (%): trung bình chính xác, P5/P50/P95 theo thứ hạng gần nhất.\n${weights}${t.toString()}${note}`;
}
