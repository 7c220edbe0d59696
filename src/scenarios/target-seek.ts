/**
 * Target seeking: the cheapest changes to a unit's metrics that reach an
 * index, a band or a rank, within each lever's bounds. The answer is
 * re-scored by the engine on the changed assessment, so it proves itself.
 */
import { Decimal } from '../decimal.js';
import { dataError, hasErrors, usageError } from '../errors.js';
import { compilePlan } from '../engine/compile.js';
import { checkAssessmentDeep, checkOptionsObject } from '../engine/guards.js';
import { enteredPoints } from '../engine/entered.js';
import { evaluate } from '../engine/evaluate.js';
import { compareRational } from '../engine/rational.js';
import { RuleRegistry } from '../rules/registry.js';
import type { Assessment, MetricValue } from '../schema/assessment.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { LeversFile, type LeversFileInput, type TargetPlan } from '../schema/target.js';
import { leverSpace, type LeverSpace } from './target-candidates.js';
import { groupLevers, groupOptions, type Pick } from './target-groups.js';
import { checkLevers, resolveLevers } from './target-levers.js';
import { closeGap } from './target-linear.js';
import { baseRows, gainsOf, groupGain, neededGain } from './target-model.js';
import { rowsByMetric } from './target-reads.js';
import { requiredIndex, type Target } from './target-required.js';
import { planOf } from './target-result.js';
import { below, best, frontier, paretoOptions, unwind, type Chosen, type Option } from './target-search.js';

export interface SeekOptions {
  /** Which metrics may move, within which bounds, at what cost; default: every typed metric a self-scored row reads, cost 1 per threshold crossed. */
  levers?: LeversFileInput | undefined;
  asOf?: string | undefined;
  rules?: RuleRegistry | undefined;
}

const ZERO = new Decimal(0);

/**
 * The cheapest changes that reach `target`, re-scored by the engine; `status: 'unreachable'` with the best reachable result otherwise.
 * @throws ParIndexError (invalid-data) when the unit's score has errors or the levers name what does not exist.
 * @example seekTarget(set, unit, { band: 'Xuất sắc' }).changes[0] // { metric: 'planCompletionRate', from: '90', to: '90.01', … }
 */
export function seekTarget(set: CriteriaSet, assessment: Assessment, target: Target, options: SeekOptions = {}): TargetPlan {
  if (target === null || typeof target !== 'object') throw usageError('seekTarget', 'target must be { index }, { band } or { rank, among }');
  checkOptionsObject('seekTarget', options);
  checkAssessmentDeep('seekTarget', assessment);
  const rules = options.rules ?? RuleRegistry.builtIn();
  const leversFile = options.levers === undefined ? undefined : LeversFile.safeParse(options.levers);
  if (leversFile && !leversFile.success) throw usageError('seekTarget', `levers are not valid (${leversFile.error.issues[0]?.message ?? 'bad shape'}); load files with parseLevers`);
  const leversChecked = leversFile?.data;
  const plan = compilePlan(set, rules);
  const ev = evaluate(plan, assessment, { asOf: options.asOf });
  if (!ev.complete || ev.indexFraction === null) throw dataError(`seekTarget: unit ${assessment.unit.id} has no index to improve`, ev.issues);
  const required = requiredIndex(plan, target, assessment, options.asOf);
  const rows = rowsByMetric(plan, rules);
  const metrics = ev.assessment.metrics;
  if (leversChecked) {
    const issues = checkLevers(plan.set, leversChecked, rows, assessment.metrics, metrics);
    if (hasErrors(issues)) throw dataError('seekTarget: the levers are invalid', issues);
  }
  const levers = resolveLevers(plan.set, leversChecked, rows, metrics, assessment.metrics);
  const base = ev.indexFraction;
  const c = compareRational(base, required.index ?? base);
  const met = required.index === undefined || c > 0 || (c === 0 && required.inclusive);
  if (met) return planOf({ ev, assessment, plan, required, levers, chosen: [], status: 'already-met', cost: ZERO, asOf: options.asOf });

  const ctx = { set: plan.set, year: assessment.year, number: (m: string) => decimalOf(metrics[m]) };
  const spaces = levers.map((l) => leverSpace(l, ctx, options.asOf));
  const gains = gainsOf(ev);
  const need = neededGain(base, required.index!, gains.den, required.inclusive);
  const entered = new Set(enteredPoints(ev.assessment, 'final')?.keys() ?? []);
  const groups = groupLevers(spaces);
  const gainFns = groups.map((g) => groupGain(ev, baseRows(ev, [...new Set(g.flatMap((s) => s.lever.rows))], entered), gains, metrics, options.asOf));
  const options_ = groups.map((g, k) => paretoOptions(groupOptions(k, g, gainFns[k]!, ZERO)));

  let chosen = best(frontier(options_, need), need);
  for (const exact of exactSolves(groups, options_, gainFns, need)) {
    if (chosen.reached && (exact.cost.gt(chosen.chosen.cost) || (exact.cost.eq(chosen.chosen.cost) && exact.changes > chosen.chosen.changes))) continue;
    chosen = { chosen: exact, reached: true };
  }
  const picks = chosen.chosen.picks.flatMap((p) => p.values.map((v, i) => ({ space: groups[p.group]![i]!, to: v }))).filter((x) => x.to !== x.space.lever.from);
  return planOf({ ev, assessment, plan, required, levers, chosen: picks, status: chosen.reached ? 'reached' : 'unreachable', cost: chosen.chosen.cost, asOf: options.asOf });
}

/** For each lone linear lever: the other groups' frontier, each entry's gap closed exactly by that lever. */
function exactSolves(groups: readonly LeverSpace[][], options: readonly Option<Pick>[][], gainFns: readonly ((p: readonly (readonly [string, MetricValue])[]) => bigint | undefined)[], need: bigint): Chosen<Pick>[] {
  const out: Chosen<Pick>[] = [];
  groups.forEach((g, k) => {
    const space = g[0]!;
    if (g.length !== 1 || !space.linear || space.step === undefined) return;
    const others = options.filter((_, j) => j !== k);
    const gain = (v: MetricValue) => gainFns[k]!([[space.lever.metric, v]]);
    for (const e of below(frontier(others, need), need)) {
      const to = closeGap(space, gain, need - e.gain);
      if (to === undefined) continue;
      const rest = unwind(e);
      out.push({ cost: rest.cost.plus(space.cost(to)), gain: need, changes: rest.changes + 1, picks: [...rest.picks, { group: k, values: [to] }] });
    }
  });
  return out.sort((a, b) => a.cost.cmp(b.cost) || a.changes - b.changes);
}

function decimalOf(entry: unknown): Decimal | undefined {
  const v = entry !== null && typeof entry === 'object' ? (entry as { value: unknown }).value : entry;
  return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) ? new Decimal(v) : undefined;
}
