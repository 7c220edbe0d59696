/**
 * Random valid criteria sets (ragged trees of depth 1–4, decimal maxima whose
 * parents are the exact sum of their children, every rule kind) and matching
 * random assessments. `scenario()` gives both, with a model of every metric.
 */
import fc from 'fast-check';
import { Decimal } from '../../src/decimal.js';
import type { CriteriaSetInput } from '../../src/schema/criteria-set.js';
import { assessmentFor } from './assessment-arbitraries.js';
import { LEVELS, UNIT_TYPES, type MetricModel, type Scenario, type SetModel } from './model.js';
import { leafRule, passFail, perOccurrence, type LeafDraft, type MetricDraft } from './rule-arbitraries.js';

export { LEVELS, UNIT_TYPES, type MetricModel, type Scenario, type SetModel } from './model.js';

interface NodeDraft {
  readonly name: string;
  readonly leaf?: LeafDraft;
  readonly children?: readonly NodeDraft[];
  readonly appliesTo?: Record<string, string[]> | undefined;
  readonly allowNA: boolean;
  readonly survey: boolean;
}

const MAXIMA = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('0.25', '0.5', '0.75', '1', '1', '1.5', '2', '2', '2.5', '3', '4') },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 5000 }).map((k) => new Decimal(k).div(1000).toString()) },
  { weight: 1, arbitrary: fc.constantFrom('0.125', '0.1', '0') },
);

const NAME = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Công tác chỉ đạo, điều hành CCHC', 'Kế hoạch CCHC năm', 'Tiêu chí', 'Area') },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }) },
);

/** Rarely set: most rows apply to every unit. */
const APPLIES_TO = fc.oneof(
  { weight: 12, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.subarray([...LEVELS], { minLength: 1 }).map((levels) => ({ levels })) },
  { weight: 1, arbitrary: fc.subarray([...UNIT_TYPES], { minLength: 1 }).map((unitTypes) => ({ unitTypes })) },
);
const SOMETIMES = fc.integer({ min: 0, max: 9 }).map((k) => k === 0);

const leafNode: fc.Arbitrary<NodeDraft> = fc
  .record({ name: NAME, leaf: MAXIMA.chain((max) => leafRule(max, LEVELS)), appliesTo: APPLIES_TO, allowNA: SOMETIMES })
  .map((n) => ({ ...n, survey: false }));

function nodeArb(depth: number): fc.Arbitrary<NodeDraft> {
  if (depth <= 1) return leafNode;
  const parent = fc.record({ name: NAME, children: fc.array(nodeArb(depth - 1), { minLength: 1, maxLength: 3, size: 'max' }), appliesTo: APPLIES_TO, allowNA: SOMETIMES, survey: fc.integer({ min: 0, max: 14 }).map((k) => k === 0) });
  return fc.oneof({ weight: 1, arbitrary: leafNode }, { weight: 4, arbitrary: parent });
}

const CALENDAR = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).map((d2) => ({
  deadlines: { d1: { month: 12, day: 31, yearOffset: -1, name: 'Ban hành kế hoạch' }, d2 },
  periods: {
    q1: { name: 'Quý I', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 3, day: 14 }, due: { dayOfEndMonth: 18 } },
    h1: { name: '6 tháng', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 6, day: 14 }, due: { dayOfEndMonth: 18 } },
    q3: { name: 'Quý III', start: { month: 6, day: 15 }, end: { month: 9, day: 14 }, due: { month: 9, day: 20 } },
    year: { name: 'Năm', start: { month: 12, day: 15, yearOffset: -1 }, end: { month: 12, day: 14 }, due: { dayOfEndMonth: 18 } },
  },
}));

const BANDS = [
  { label: 'A', min: '90' },
  { label: 'B', min: '80', max: '90' },
  { label: 'C', min: '70', max: '80', maxInclusive: false },
  { label: 'D', max: '70' },
];

const ADJUSTMENTS = fc.option(
  fc.record({
    bonusCap: fc.constantFrom('1', '2', '0.5'),
    bonus: fc.array(fc.oneof(perOccurrence('1', 'higher'), passFail('0.5')), { minLength: 1, maxLength: 2 }),
    penalty: fc.option(fc.array(fc.oneof(perOccurrence('2', 'lower'), passFail('1')), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  }),
  { nil: undefined, freq: 2 },
);

/** A random valid criteria set with a model of its metrics. */
export const setModel: fc.Arbitrary<SetModel> = fc
  .record({
    nodes: fc.constantFrom(1, 2, 3, 3, 4, 4).chain((depth) => fc.array(nodeArb(depth), { minLength: 1, maxLength: 4, size: 'max' })),
    calendar: CALENDAR,
    adjustments: ADJUSTMENTS,
    parts: fc.option(fc.record({ optional: fc.boolean(), weights: fc.constantFrom(['68', '32'], ['1', '1'], ['0.5', '0']) }), { nil: undefined, freq: 2 }),
    bands: fc.boolean(),
    rounding: fc.option(fc.record({ points: fc.integer({ min: 0, max: 4 }), index: fc.integer({ min: 0, max: 4 }) }), { nil: undefined }),
    protoNames: fc.integer({ min: 0, max: 5 }).map((k) => k === 0),
  })
  .map(finish);

/** A criteria set, an assessment for it, and the model behind both. */
export const scenario: fc.Arbitrary<Scenario> = setModel.chain((model) => assessmentFor(model).map((assessment) => ({ model, set: model.set, assessment })));

function finish(d: {
  nodes: NodeDraft[];
  calendar: CriteriaSetInput['calendar'];
  adjustments: { bonusCap: string; bonus: LeafDraft[]; penalty: LeafDraft[] | undefined } | undefined;
  parts: { optional: boolean; weights: readonly string[] } | undefined;
  bands: boolean;
  rounding: { points: number; index: number } | undefined;
  protoNames: boolean;
}): SetModel {
  const b = new Builder(d.protoNames ? [...PROTO] : []);
  const nodes = d.nodes.map((n, i) => b.node(n, d.protoNames ? (PROTO[i] ?? String(i + 1)) : String(i + 1)));
  const adjustments = d.adjustments && {
    bonus: { cap: d.adjustments.bonusCap, items: d.adjustments.bonus.map((l, i) => b.row(`B${i + 1}`, 'Điểm thưởng', l)) },
    ...(d.adjustments.penalty && { penalty: { name: 'Điểm trừ', cap: '1.5', items: d.adjustments.penalty.map((l, i) => b.row(`P${i + 1}`, 'Điểm trừ', l)) } }),
  };
  const parts = d.parts && [
    { id: 'self', select: { scoredBy: 'self' as const }, weight: d.parts.weights[0]! },
    { id: 'survey', select: { scoredBy: 'survey' as const }, weight: d.parts.weights[1]!, optional: d.parts.optional },
  ];
  const set: CriteriaSetInput = {
    id: 'prop-set',
    version: '1',
    title: 'Property-test set',
    status: 'example',
    unitLevels: [...LEVELS],
    unitTypes: [...UNIT_TYPES],
    metrics: Object.fromEntries(b.metrics.map((m) => [m.id, m.def])),
    calendar: d.calendar,
    nodes,
    ...(adjustments && { adjustments }),
    ...(parts && { index: { parts } }),
    ...(d.bands && { bands: BANDS }),
    ...(d.rounding && { rounding: d.rounding }),
  };
  return { set, metrics: b.metrics, manual: b.manual, naAllowed: b.naAllowed, hasAdjustments: adjustments !== undefined, hasParts: parts !== undefined };
}

/** Names an object literal inherits: a lookup by such a key must not find Object.prototype. */
const PROTO = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** Walks the drafts in document order: codes by position, global metric ids, parents' maxima summed. */
class Builder {
  constructor(private readonly protoIds: string[]) {}
  readonly metrics: MetricModel[] = [];
  readonly manual: { code: string; max: string; step: string | undefined }[] = [];
  readonly naAllowed: string[] = [];
  private readonly shared = new Map<string, MetricModel>();

  node(n: NodeDraft, code: string): CriteriaSetInput['nodes'][number] {
    const common = { ...(n.appliesTo && { appliesTo: n.appliesTo }), ...(n.allowNA && { allowNotApplicable: true }) };
    if (n.allowNA) this.naAllowed.push(code);
    if (n.leaf) return { ...this.row(code, n.name, n.leaf), ...common };
    const children = n.children!.map((c, i) => this.node(c, `${code}.${i + 1}`));
    const max = children.reduce((s, c) => s.plus(c.maxPoints as string), new Decimal(0)).toString();
    return { code, name: n.name, maxPoints: max, ...(n.survey && { scoredBy: 'survey' as const }), ...common, children };
  }

  row(code: string, name: string, l: LeafDraft): { code: string; name: string; maxPoints: string; rule: { kind: string }; scoredBy?: 'survey' } {
    const ids = new Map<string, string>();
    for (const [local, m] of Object.entries(l.metrics)) ids.set(local, this.metric(code, local, m));
    for (const [local, m] of Object.entries(l.metrics)) {
      if (m.capBy !== undefined) this.setCap(ids.get(local)!, ids.get(m.capBy)!);
    }
    if (l.rule['kind'] === 'manual') this.manual.push({ code, max: l.max, step: l.manualStep });
    const rule = rename(l.rule, ids) as { kind: string };
    return { code, name, maxPoints: l.max, rule, ...(l.survey && { scoredBy: 'survey' as const }) };
  }

  private metric(code: string, local: string, m: MetricDraft): string {
    if (local.startsWith('@')) {
      const id = `shared${local.slice(1)}`;
      const known = this.shared.get(id);
      if (known) {
        (known.interesting as string[]).push(...m.interesting);
        return id;
      }
      this.shared.set(id, this.add(id, m));
      return id;
    }
    return this.add(this.protoIds.shift() ?? `m${code}_${local.slice(1)}`, m).id;
  }

  private add(id: string, m: MetricDraft): MetricModel {
    const { unit } = m.def;
    const min = m.def.min ?? (unit === 'percent' || unit === 'count' ? '0' : undefined);
    const max = m.def.max ?? (unit === 'percent' ? '100' : undefined);
    const model: MetricModel = { id, def: m.def, min, max, interesting: [...m.interesting], capBy: undefined };
    this.metrics.push(model);
    return model;
  }

  private setCap(id: string, by: string): void {
    const k = this.metrics.findIndex((m) => m.id === id);
    this.metrics[k] = { ...this.metrics[k]!, capBy: by };
  }
}

function rename(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rename(v, ids));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, ids)]));
  return value;
}
