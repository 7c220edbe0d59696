/**
 * A realistic 100-leaf criteria set for the benchmark: 7 areas, 28 criteria,
 * 100 sub-criteria worth 100 points; mostly tiers, pass/fail, deadlines,
 * all-of and timely counts, ~13% proportional/ratio/survey, a few manual rows,
 * plus a bonus and a penalty group. Deterministic for a seed.
 */
import type { CriteriaSetInput } from '../src/schema/criteria-set.js';
import { Random } from './random.js';

/** How the unit generator fills a metric. */
export type MetricPlan =
  | { id: string; fill: 'rate' | 'bool' | 'score10' | 'count' }
  | { id: string; fill: 'date'; month: number; day: number; yearOffset: number }
  | { id: string; fill: 'numerator'; of: string };

type Rule = Record<string, unknown>;
type Node = CriteriaSetInput['nodes'][number];

const KINDS = [
  ['tiers', 30], ['pass-fail', 20], ['deadline', 14], ['all-of', 10], ['timely-count', 8],
  ['proportional', 5], ['ratio', 5], ['survey', 3], ['manual', 3], ['level-target', 2],
] as const;
const PERIODS = { q1: [3, 18], h1: [6, 18], q3: [9, 18], year: [12, 18] } as const;
const SHARED_RATES = ['onTimeRate', 'onlineRate', 'paymentRate', 'digitisedRate', 'satisfactionRate'];

const pts = (quarters: number) => String(quarters / 4);

export interface BenchSet {
  readonly input: CriteriaSetInput;
  readonly metrics: readonly MetricPlan[];
  readonly manualCodes: readonly { code: string; quarters: number }[];
  readonly naCodes: readonly string[];
}

export function generateSet(seed: number): BenchSet {
  const rnd = new Random(seed);
  const kinds = rnd.shuffle(KINDS.flatMap(([k, n]) => Array<string>(n).fill(k)));
  // 400 quarter-points over 100 leaves, each at least 0.25.
  const quarters = kinds.map(() => 1);
  for (let i = 0; i < 300; i++) quarters[rnd.int(0, 99)]! += 1;
  const g = new Builder(rnd);
  let leaf = 0;
  const nodes: Node[] = [];
  for (let a = 1; a <= 7; a++) {
    const criteria: Node[] = [];
    for (let c = 1; c <= 4; c++) {
      const count = (a - 1) * 4 + c <= 16 ? 4 : 3;
      const leaves = Array.from({ length: count }, (_, k) => g.leaf(`${a}.${c}.${k + 1}`, kinds[leaf]!, quarters[leaf++]!));
      criteria.push({ code: `${a}.${c}`, name: `Tiêu chí ${a}.${c}`, maxPoints: sum(leaves), children: leaves });
    }
    nodes.push({ code: String(a), name: `Lĩnh vực ${a}`, maxPoints: sum(criteria), children: criteria });
  }
  const bonus = [g.row('B1', 'Sáng kiến CCHC', 4, { kind: 'per-occurrence', metric: g.metric('initiatives', 'count'), each: '0.5' }), g.row('B2', 'Giải thưởng', 2, { kind: 'pass-fail', metric: g.metric('award', 'bool') })];
  const penalty = [g.row('P1', 'Vi phạm', 4, { kind: 'per-occurrence', metric: g.metric('violations', 'count'), each: '0.25' })];
  const input: CriteriaSetInput = {
    id: 'bench-100', version: '1', title: 'Benchmark set (100 leaves)', status: 'example',
    unitLevels: ['province', 'district', 'commune'],
    metrics: g.metricDefs,
    calendar: {
      deadlines: { plan: { month: 12, day: 31, yearOffset: -1 }, report: { month: 1, day: 15 } },
      periods: Object.fromEntries(Object.entries(PERIODS).map(([id, [m]]) => [id, { name: id, start: { month: 12, day: 15, yearOffset: -1 }, end: { month: m, day: 14 }, due: { dayOfEndMonth: 18 } }])),
    },
    nodes,
    adjustments: { bonus: { cap: '1.5', items: bonus }, penalty: { cap: '1', items: penalty } },
    bands: [{ label: 'Xuất sắc', min: '90' }, { label: 'Tốt', min: '80', max: '90' }, { label: 'Khá', min: '70', max: '80' }, { label: 'Trung bình', max: '70' }],
  };
  return { input, metrics: g.plans, manualCodes: g.manual, naCodes: g.na };
}

function sum(nodes: readonly Node[]): string {
  return String(nodes.reduce((s, n) => s + Number(n.maxPoints) * 4, 0) / 4);
}

class Builder {
  readonly metricDefs: Record<string, { unit: 'percent' | 'count' | 'number' | 'date' | 'boolean'; min?: string; max?: string; better?: 'higher' }> = {};
  readonly plans: MetricPlan[] = [];
  readonly manual: { code: string; quarters: number }[] = [];
  readonly na: string[] = [];

  constructor(private readonly rnd: Random) {}

  metric(id: string, fill: 'rate' | 'bool' | 'score10' | 'count', extra: Partial<MetricPlan> = {}): string {
    if (this.metricDefs[id]) return id;
    const unit = fill === 'rate' ? 'percent' : fill === 'bool' ? 'boolean' : fill === 'score10' ? 'number' : 'count';
    this.metricDefs[id] = { unit, ...(fill === 'score10' && { min: '0', max: '10' }), ...(fill === 'rate' && { better: 'higher' as const }) };
    this.plans.push({ id, fill, ...extra } as MetricPlan);
    return id;
  }

  private date(id: string, month: number, day: number, yearOffset = 0): string {
    this.metricDefs[id] = { unit: 'date' };
    this.plans.push({ id, fill: 'date', month, day, yearOffset });
    return id;
  }

  row(code: string, name: string, q: number, rule: Rule): Node {
    return { code, name, maxPoints: pts(q), rule: rule as Node['rule'] & object };
  }

  leaf(code: string, kind: string, q: number): Node {
    const id = (s: string) => `m${code.replace(/\./g, '_')}${s}`;
    const rnd = this.rnd;
    const rate = () => (rnd.chance(0.3) ? this.metric(rnd.pick(SHARED_RATES), 'rate') : this.metric(id('r'), 'rate'));
    const node = this.row(code, `Tiêu chí thành phần ${code}`, q, this.rule(kind, q, id, rate));
    if (kind === 'manual') this.manual.push({ code, quarters: q });
    if (kind === 'survey') node.scoredBy = 'survey';
    if (this.na.length < 3 && kind === 'pass-fail') {
      node.allowNotApplicable = true;
      this.na.push(code);
    }
    return node;
  }

  private rule(kind: string, q: number, id: (s: string) => string, rate: () => string): Rule {
    const rnd = this.rnd;
    switch (kind) {
      case 'tiers': {
        const low = rnd.int(50, 80);
        const high = rnd.int(low + 5, 95);
        // "trên high" (exclusive) or "từ high" (inclusive); the middle tier takes the other side of the cut.
        const above = rnd.chance(0.5);
        return { kind, metric: rate(), tiers: [
          above ? { min: String(high), minInclusive: false, points: pts(q) } : { min: String(high), points: pts(q) },
          { min: String(low), max: String(high), ...(above && { maxInclusive: true }), points: pts(Math.floor(q / 2)) },
          { max: String(low), points: '0' },
        ] };
      }
      case 'pass-fail':
        return { kind, metric: this.metric(id('b'), 'bool') };
      case 'deadline': {
        const [month, day] = rnd.pick([[1, 15], [3, 31], [6, 30], [12, 31]] as const);
        return { kind, metric: this.date(id('d'), month, day), due: { month, day }, latePoints: pts(Math.floor(q / 2)), graceDays: 30 };
      }
      case 'all-of':
        return { kind, conditions: [{ metric: this.metric(id('a'), 'bool') }, rnd.chance(0.5) ? { metric: this.metric(id('b'), 'bool') } : { metric: rate(), min: String(rnd.int(60, 90)) }] };
      case 'timely-count':
        return { kind, mode: rnd.chance(0.5) ? 'all-or-nothing' : 'per-item', items: Object.entries(PERIODS).map(([p, [m, d]]) => ({ metric: this.date(id(p), m, d), due: { period: p } })) };
      case 'proportional':
        return { kind, metric: rate(), ...(rnd.chance(0.5) && { full: '80' }), ...(rnd.chance(0.3) && { floor: { value: '30' } }) };
      case 'ratio': {
        const den = this.metric(id('den'), 'count');
        const num = id('num');
        this.metricDefs[num] = { unit: 'count' };
        this.plans.push({ id: num, fill: 'numerator', of: den });
        const tiers = [{ min: '95', points: pts(q) }, { min: '80', max: '95', points: pts(Math.floor(q / 2)) }, { max: '80', points: '0' }];
        return { kind, numerator: num, denominator: den, zeroDenominator: rnd.pick(['full', 'not-applicable']), ...(rnd.chance(0.4) && { tiers }) };
      }
      case 'survey':
        return rnd.chance(0.5) ? { kind, metric: this.metric(id('s'), 'rate') } : { kind, metric: this.metric(id('s'), 'score10'), scale: '10' };
      case 'manual':
        return { kind, step: '0.25' };
      default:
        return { kind: 'level-target', mode: 'unit-level', metric: rate(), targets: [{ level: 'province', min: '90' }, { level: 'district', min: '80' }, { level: 'commune', min: '60' }] };
    }
  }
}
