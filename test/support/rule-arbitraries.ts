/**
 * Valid rules for one leaf, with the metrics they read. Metric names are local
 * (`$a`) or shared (`@0`, a percent where higher is better) and are made
 * global when the tree is finished. Every numeric rule is non-decreasing in a
 * metric declared `better: higher`, so raising it may never lower a row.
 */
import fc from 'fast-check';
import { Decimal } from '../../src/decimal.js';
import { cutsInside, numericDomain, PERCENT_HIGHER, pointsUpTo, risingPoints, valueInside, type NumDomain } from './numeric-arbitraries.js';

export interface MetricDraft {
  readonly def: { unit: 'percent' | 'count' | 'number' | 'date' | 'boolean'; min?: string; max?: string; better?: 'higher' | 'lower' };
  /** Thresholds worth hitting exactly. */
  readonly interesting: readonly string[];
  /** Local name of the metric this one may not exceed (a ratio's numerator). */
  readonly capBy?: string;
}

export interface LeafDraft {
  readonly max: string;
  readonly rule: Record<string, unknown>;
  readonly metrics: Readonly<Record<string, MetricDraft>>;
  readonly survey?: boolean;
  readonly manualStep?: string | undefined;
}

type Rule = Record<string, unknown>;
const leaf = (max: string, rule: Rule, metrics: Record<string, MetricDraft>, extra: Partial<LeafDraft> = {}): LeafDraft => ({ max, rule, metrics, ...extra });

export function metricDraft(d: NumDomain, interesting: readonly string[], capBy?: string): MetricDraft {
  const def = { unit: d.unit, ...d.declared, ...(d.better && { better: d.better }) };
  return capBy === undefined ? { def, interesting } : { def, interesting, capBy };
}

/** A numeric metric: its own (`$name`) or, for a rising percent, sometimes a shared one. */
function numericRef(name: string, d: NumDomain): fc.Arbitrary<string> {
  if (d.unit !== 'percent' || d.better !== 'higher' || d.step !== '1') return fc.constant(name);
  return fc.constantFrom(name, name, '@0', '@1');
}

const bool = (): MetricDraft => ({ def: { unit: 'boolean' }, interesting: [] });
const date = (): MetricDraft => ({ def: { unit: 'date' }, interesting: [] });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Writes `key: value` only when defined. */
const maybe = (key: string, value: unknown): Rule => (value === undefined ? {} : { [key]: value });

/** Tiers covering the domain without gap or overlap, points rising with the value, in shuffled order. */
export function tierList(d: NumDomain, max: string): fc.Arbitrary<{ tiers: Rule[]; cuts: string[] }> {
  return cutsInside(d, 4).chain((cuts) =>
    fc
      .record({
        toUpper: fc.array(fc.boolean(), { minLength: cuts.length, maxLength: cuts.length }),
        points: risingPoints(cuts.length + 1, max),
        openLow: fc.boolean(),
        openHigh: fc.boolean(),
        keys: fc.array(fc.nat(), { minLength: cuts.length + 1, maxLength: cuts.length + 1 }),
        labels: fc.boolean(),
      })
      .map(({ toUpper, points, openLow, openHigh, keys, labels }) => {
        const tiers = points.map((p, i): Rule => {
          const low = i === 0 ? (openLow ? undefined : d.min) : cuts[i - 1];
          const high = i === cuts.length ? (openHigh || d.max === undefined ? undefined : d.max) : cuts[i];
          const minInclusive = i === 0 ? true : toUpper[i - 1]!;
          const maxInclusive = i === cuts.length ? true : !toUpper[i]!;
          return {
            ...maybe('min', low),
            ...(low !== undefined && !minInclusive && { minInclusive: false }),
            ...maybe('max', high),
            ...(high !== undefined && maxInclusive && { maxInclusive: true }),
            points: p,
            ...(labels && { label: `tier ${i}` }),
          };
        });
        const order = tiers.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        return { tiers: order.map((i) => tiers[i]!), cuts };
      }),
  );
}

const numericDomainAny = numericDomain(['percent', 'count', 'number'], ['higher', undefined]);

function tiersRule(max: string): fc.Arbitrary<LeafDraft> {
  return numericDomainAny.chain((d) =>
    fc.tuple(numericRef('$v', d), tierList(d, max)).map(([ref, t]) => leaf(max, { kind: 'tiers', metric: ref, tiers: t.tiers }, { [ref]: metricDraft(d, t.cuts) })),
  );
}

function passFail(max: string): fc.Arbitrary<LeafDraft> {
  return opt(pointsUpTo(max)).map((fail) => leaf(max, { kind: 'pass-fail', metric: '$b', ...maybe('failPoints', fail) }, { $b: bool() }));
}

/** A numeric condition; upward-closed when higher is better, so meeting it can only get easier. */
function numericCondition(name: string): fc.Arbitrary<{ cond: Rule; metric: MetricDraft; ref: string }> {
  return numericDomainAny.chain((d) =>
    fc.tuple(numericRef(name, d), cutsInside(d, 2), fc.boolean(), fc.boolean(), fc.boolean()).map(([ref, cuts, lowIncl, highIncl, oneSided]) => {
      const lo = cuts[0] ?? d.min;
      const hi = cuts[1];
      const rising = d.better === 'higher' || oneSided || hi === undefined;
      const cond: Rule = { metric: ref, min: lo, ...(!lowIncl && { minInclusive: false }), ...(!rising && { max: hi, ...(highIncl && { maxInclusive: true }) }) };
      return { cond, metric: metricDraft(d, cuts), ref };
    }),
  );
}

function allOf(max: string): fc.Arbitrary<LeafDraft> {
  const condition = (i: number) =>
    fc.oneof(
      fc.tuple(opt(fc.boolean()), fc.boolean()).map(([equals, label]) => ({ cond: { metric: `$b${i}`, ...maybe('equals', equals), ...(label && { label: `c${i}` }) } as Rule, metric: bool(), ref: `$b${i}` })),
      numericCondition(`$n${i}`),
    );
  return fc.tuple(fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => condition(i)))), opt(pointsUpTo(max))).map(([conds, otherwise]) =>
    leaf(max, { kind: 'all-of', conditions: conds.map((c) => c.cond), ...maybe('otherwisePoints', otherwise) }, Object.fromEntries(conds.map((c) => [c.ref, c.metric]))),
  );
}

function proportional(max: string): fc.Arbitrary<LeafDraft> {
  return numericDomainAny.chain((d) => {
    const positive = { ...d, min: new Decimal(d.min).isNeg() ? '0' : d.min };
    const full = d.unit === 'percent' ? opt(fc.constantFrom('100', '80', '50.5')) : valueInside(positive).filter((f) => new Decimal(f).gt(0));
    const floor = opt(fc.record({ value: valueInside(d), inclusive: opt(fc.boolean()) }));
    return fc.tuple(numericRef('$v', d), full, floor).map(([ref, f, fl]) => {
      const floorRule = fl && { value: fl.value, ...maybe('inclusive', fl.inclusive) };
      const cuts = [f ?? '100', ...(fl ? [fl.value] : [])];
      return leaf(max, { kind: 'proportional', metric: ref, ...maybe('full', f), ...maybe('floor', floorRule) }, { [ref]: metricDraft(d, cuts) });
    });
  });
}

const PERCENT_DOMAIN: NumDomain = { ...PERCENT_HIGHER, better: undefined };

function ratio(max: string): fc.Arbitrary<LeafDraft> {
  const scoring = fc.oneof(
    fc.constant({}),
    tierList(PERCENT_DOMAIN, max).map((t) => ({ tiers: t.tiers })),
    fc.record({ value: valueInside(PERCENT_DOMAIN), inclusive: opt(fc.boolean()) }).map((f) => ({ floor: { value: f.value, ...maybe('inclusive', f.inclusive) } })),
  );
  const domain = numericDomain(['count', 'number'], [undefined]);
  return fc.tuple(domain, fc.constantFrom<'higher' | undefined>('higher', undefined), fc.constantFrom('full', 'not-applicable', 'zero'), scoring).map(([d, better, zero, s]) =>
    leaf(max, { kind: 'ratio', numerator: '$num', denominator: '$den', zeroDenominator: zero, ...s }, {
      $num: metricDraft({ ...d, better }, ['0'], '$den'),
      $den: metricDraft(d, ['0']),
    }),
  );
}

function survey(max: string): fc.Arbitrary<LeafDraft> {
  const onPercent = fc.tuple(fc.constantFrom<'higher' | undefined>('higher', undefined), opt(fc.constant('100'))).map(([better, scale]) =>
    leaf(max, { kind: 'survey', metric: '$s', ...maybe('scale', scale) }, { $s: metricDraft({ ...PERCENT_HIGHER, better }, ['50']) }, { survey: true }),
  );
  const onScore = fc.tuple(fc.constantFrom<'higher' | undefined>('higher', undefined), fc.constantFrom('10', '5', '4.5')).map(([better, scale]) =>
    leaf(max, { kind: 'survey', metric: '$s', scale }, { $s: metricDraft({ unit: 'number', min: '0', max: scale, declared: { min: '0', max: scale }, step: '0.5', better }, []) }, { survey: true }),
  );
  return fc.oneof(onPercent, onScore);
}

function deduction(max: string): fc.Arbitrary<LeafDraft> {
  return fc.tuple(fc.constantFrom('0.25', '0.5', '0.1', '1', '0'), opt(pointsUpTo(max)), fc.constantFrom<'lower' | undefined>('lower', undefined)).map(([each, floor, better]) =>
    leaf(max, { kind: 'deduction', metric: '$n', each, ...maybe('floor', floor) }, { $n: metricDraft({ unit: 'count', min: '0', max: undefined, declared: {}, step: '1', better }, ['0', '1']) }),
  );
}

function manual(max: string): fc.Arbitrary<LeafDraft> {
  const steps = ['0.25', '0.5', '0.125', '0.05'].filter((s) => new Decimal(max).mod(s).isZero() && !new Decimal(s).isZero());
  const step = steps.length > 0 ? opt(fc.constantFrom(...steps)) : fc.constant(undefined);
  return step.map((st) => leaf(max, { kind: 'manual', ...maybe('step', st) }, {}, { manualStep: st }));
}

function levelTarget(max: string, levels: readonly string[]): fc.Arbitrary<LeafDraft> {
  const target = (i: number, own: boolean) =>
    fc.record({ min: valueInside(PERCENT_HIGHER), incl: opt(fc.boolean()) }).map((t) => ({ ...maybe('metric', own ? `$t${i}` : undefined), min: t.min, ...maybe('minInclusive', t.incl) }));
  const unitLevel = fc.tuple(fc.shuffledSubarray([...levels], { minLength: 1 }), fc.boolean()).chain(([lv, own]) =>
    fc.tuple(...lv.map((_, i) => target(i, own))).map((ts) => ({ mode: 'unit-level', targets: ts.map((t, i) => ({ level: lv[i]!, ...t })), own })),
  );
  const parts = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()).chain(([n, own]) =>
    fc.tuple(risingPoints(n - 1, max), fc.tuple(...Array.from({ length: n }, (_, i) => target(i, own))), fc.array(fc.constantFrom(...levels), { minLength: n, maxLength: n })).map(([cuts, ts, lv]) => {
      const edges = ['0', ...cuts, max];
      return { mode: 'parts', targets: ts.map((t, i) => ({ level: lv[i]!, ...t, points: new Decimal(edges[i + 1]!).minus(edges[i]!).toString() })), own };
    }),
  );
  return fc.oneof(unitLevel, parts).map(({ mode, targets, own }) => {
    const metric = (d: Rule) => metricDraft(PERCENT_HIGHER, [String(d['min'])]);
    const metrics: Record<string, MetricDraft> = own ? Object.fromEntries(targets.map((t, i) => [`$t${i}`, metric(t)])) : { $v: { ...metric(targets[0]!), interesting: targets.map((t) => String(t['min'])) } };
    return leaf(max, { kind: 'level-target', mode, ...(!own && { metric: '$v' }), targets }, metrics);
  });
}

const DUE = fc.oneof(
  fc.constantFrom({ deadline: 'd1' }, { deadline: 'd2' }, { period: 'q1' }, { period: 'h1' }, { period: 'q3' }, { period: 'year' }, { date: '2025-03-31' }),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), yearOffset: opt(fc.integer({ min: -1, max: 1 })) }).map((d) => ({ month: d.month, day: d.day, ...maybe('yearOffset', d.yearOffset) })),
);

function deadline(max: string): fc.Arbitrary<LeafDraft> {
  return fc.tuple(DUE, opt(pointsUpTo(max)), opt(pointsUpTo(max)), opt(fc.integer({ min: 0, max: 30 }))).map(([due, late, notDone, grace]) =>
    leaf(max, { kind: 'deadline', metric: '$d', due, ...maybe('latePoints', late), ...maybe('notDonePoints', notDone), ...maybe('graceDays', grace) }, { $d: date() }),
  );
}

function timelyCount(max: string): fc.Arbitrary<LeafDraft> {
  const items = fc.uniqueArray(fc.constantFrom('q1', 'h1', 'q3', 'year'), { minLength: 1, maxLength: 4 });
  return fc.tuple(items, fc.constantFrom('all-or-nothing', 'per-item'), opt(pointsUpTo(max))).map(([periods, mode, otherwise]) =>
    leaf(max, { kind: 'timely-count', mode, items: periods.map((p, i) => ({ metric: `$r${i}`, due: { period: p } })), ...maybe('otherwisePoints', mode === 'all-or-nothing' ? otherwise : undefined) }, Object.fromEntries(periods.map((_, i) => [`$r${i}`, date()]))),
  );
}

/** Count × each, capped at the maximum: the bonus rule. */
export function perOccurrence(max: string, better: 'higher' | 'lower' | undefined): fc.Arbitrary<LeafDraft> {
  return fc.constantFrom('0.25', '0.5', '1').map((each) => leaf(max, { kind: 'per-occurrence', metric: '$n', each }, { $n: metricDraft({ unit: 'count', min: '0', max: undefined, declared: {}, step: '1', better }, ['0', '1']) }));
}

export { passFail };

/** A leaf rule of any kind, with a realistic mix. */
export function leafRule(max: string, levels: readonly string[]): fc.Arbitrary<LeafDraft> {
  return fc.oneof(
    { weight: 4, arbitrary: tiersRule(max) },
    { weight: 3, arbitrary: passFail(max) },
    { weight: 2, arbitrary: allOf(max) },
    { weight: 3, arbitrary: deadline(max) },
    { weight: 1, arbitrary: timelyCount(max) },
    { weight: 2, arbitrary: proportional(max) },
    { weight: 2, arbitrary: ratio(max) },
    { weight: 1, arbitrary: survey(max) },
    { weight: 1, arbitrary: deduction(max) },
    { weight: 1, arbitrary: manual(max) },
    { weight: 1, arbitrary: levelTarget(max, levels) },
    { weight: 1, arbitrary: perOccurrence(max, 'higher') },
  );
}
