/** Compiles a validated criteria set once into a flat evaluation plan reused for every unit. */
import { Decimal } from '../decimal.js';
import { dataError, usageError } from '../errors.js';
import { exactOf, type Exact } from '../exact.js';
import { checkCriteriaSet } from '../load/criteria.js';
import { RuleRegistry } from '../rules/registry.js';
import type { MetricHandle, MetricRead, Scorer } from '../rules/types.js';
import type { Applicability } from '../schema/common.js';
import type { CriteriaNode, CriteriaSet } from '../schema/criteria-set.js';
import { compileBands, type CompiledBand } from './bands.js';
import { metricReader } from './metrics.js';
import { partLeaves } from './validate-parts.js';
import { flattenTree } from './walk.js';

export interface PlanNode {
  readonly code: string;
  readonly name: string;
  readonly scoredBy: 'self' | 'survey';
  readonly max: Exact;
  readonly maxText: string;
  readonly parent: number;
  readonly children: readonly number[];
  readonly kind: string | undefined;
  readonly scorer: Scorer | undefined;
  readonly appliesTo: Applicability | undefined;
  readonly allowNotApplicable: boolean;
  /** Step points entered in a round must be a multiple of: the manual rule's step, else the set's pointStep. */
  readonly step: string | undefined;
}

export interface PlanPart {
  readonly id: string;
  readonly weight: Decimal;
  readonly optional: boolean;
  readonly leaves: readonly number[];
}

export interface PlanAdjustment {
  readonly cap: Exact;
  readonly items: readonly PlanNode[];
}

export interface Plan {
  readonly set: CriteriaSet;
  readonly nodes: readonly PlanNode[];
  readonly roots: readonly number[];
  readonly leaves: readonly number[];
  readonly byCode: ReadonlyMap<string, number>;
  readonly bonus: PlanAdjustment | undefined;
  readonly penalty: PlanAdjustment | undefined;
  readonly parts: readonly PlanPart[] | undefined;
  readonly bands: readonly CompiledBand[];
  readonly maxPoints: Exact;
  /** Declared metrics, resolved once. */
  readonly metrics: ReadonlyMap<string, MetricHandle>;
  /** Maximum per node in micro-points: the applicable maximum of a unit to which every row applies. */
  readonly maxUnits: Float64Array;
  /** Every row by code, tree and adjustment items alike. */
  readonly rows: ReadonlyMap<string, PlanNode>;
}

const cache = new WeakMap<CriteriaSet, WeakMap<RuleRegistry, Plan>>();
const compiled = new WeakSet<object>();

/** True for a plan returned by `compilePlan` (what `evaluate` accepts). */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && compiled.has(value);
}

/**
 * Validates and compiles a criteria set. Compiling is cached per set object and registry.
 * @throws ParIndexError (invalid-data) listing every problem when the set is invalid.
 */
export function compilePlan(set: CriteriaSet, rules: RuleRegistry = RuleRegistry.builtIn()): Plan {
  if (set === null || typeof set !== 'object') throw usageError('compilePlan', 'expected a criteria set object');
  if (!(rules instanceof RuleRegistry)) throw usageError('compilePlan', 'rules must be a RuleRegistry, e.g. RuleRegistry.builtIn().with(myKind)');
  let byRegistry = cache.get(set);
  const hit = byRegistry?.get(rules);
  if (hit) return hit;
  const checked = checkCriteriaSet(set, { rules });
  if (!checked.ok) {
    const id = (set as { id?: unknown }).id;
    throw dataError(typeof id === 'string' ? `criteria set "${id}" is invalid` : 'criteria set is invalid', checked.issues);
  }
  // The checked value, not `set`: it carries the defaults (rounding, calendar, bands) results read.
  const plan = build(checked.value, rules);
  compiled.add(plan);
  if (!byRegistry) cache.set(set, (byRegistry = new WeakMap()));
  byRegistry.set(rules, plan);
  return plan;
}

function compileRow(row: Omit<CriteriaNode, 'children'>, set: CriteriaSet, rules: RuleRegistry, metrics: ReadonlyMap<string, MetricHandle>, scoredBy: 'self' | 'survey', parent: number, children: number[]): PlanNode {
  const max = exactOf(row.maxPoints);
  let scorer: Scorer | undefined;
  if (row.rule && children.length === 0) {
    const kind = rules.get(row.rule.kind)!;
    const metric = (name: string) => metrics.get(name) ?? missingHandle(name);
    scorer = kind.compile(kind.schema.parse(row.rule), { code: row.code, maxPoints: max, metrics: set.metrics, calendar: set.calendar, metric });
  }
  return {
    code: row.code,
    name: row.name,
    scoredBy,
    max,
    maxText: row.maxPoints,
    parent,
    children,
    kind: children.length === 0 ? row.rule?.kind : undefined,
    scorer,
    appliesTo: row.appliesTo,
    allowNotApplicable: row.allowNotApplicable ?? false,
    step: manualStep(row.rule) ?? set.pointStep,
  };
}

function build(set: CriteriaSet, rules: RuleRegistry): Plan {
  const flat = flattenTree(set.nodes);
  const metrics = new Map(Object.entries(set.metrics).map(([name, def]) => [name, { name, read: metricReader(def) }]));
  const nodes = flat.map((f) => compileRow(f.node, set, rules, metrics, f.scoredBy, f.parent, f.children));
  const adjustment = (key: 'bonus' | 'penalty'): PlanAdjustment | undefined => {
    const group = set.adjustments?.[key];
    return group && { cap: exactOf(group.cap), items: group.items.map((it) => compileRow(it, set, rules, metrics, it.scoredBy ?? 'self', -1, [])) };
  };
  const bonus = adjustment('bonus');
  const penalty = adjustment('penalty');
  const roots = nodes.map((n, i) => (n.parent === -1 ? i : -1)).filter((i) => i >= 0);
  return {
    set,
    nodes,
    roots,
    leaves: nodes.map((n, i) => (n.children.length === 0 ? i : -1)).filter((i) => i >= 0),
    byCode: new Map(nodes.map((n, i) => [n.code, i])),
    bonus,
    penalty,
    rows: new Map([...nodes, ...(bonus?.items ?? []), ...(penalty?.items ?? [])].map((n) => [n.code, n])),
    parts: set.index?.parts.map((p) => ({ id: p.id, weight: new Decimal(p.weight), optional: p.optional, leaves: partLeaves(p, flat) })),
    bands: compileBands(set.bands),
    metrics,
    maxUnits: maxUnitsOf(nodes),
    maxPoints: exactOf(roots.reduce((s, i) => s.plus(nodes[i]!.max.dec), new Decimal(0)).toString()),
  };
}

function manualStep(rule: CriteriaNode['rule']): string | undefined {
  const step = rule?.kind === 'manual' ? rule['step'] : undefined;
  return typeof step === 'string' ? step : typeof step === 'number' ? String(step) : undefined;
}

/** Validation guarantees rules read declared metrics; a custom kind that does not gets "missing". */
function missingHandle(name: string): MetricHandle {
  const missing: MetricRead = { kind: 'missing' };
  return { name, read: () => missing };
}

/** Applicable maxima when every row applies: leaves' maxima summed up the tree, in micro-points. */
function maxUnitsOf(nodes: readonly PlanNode[]): Float64Array {
  const out = new Float64Array(nodes.length);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.children.length === 0) out[i] = n.max.units!;
    if (n.parent >= 0) out[n.parent] = out[n.parent]! + out[i]!;
  }
  return out;
}
