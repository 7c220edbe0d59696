/**
 * The speed limit: the same rules evaluated with plain JS numbers, no
 * validation, no traces, no exactness. Only for the kinds and features the
 * bench set uses (no asOf, no index parts, no appliesTo, no missing inputs).
 */
import type { Assessment, MetricEntry } from '../src/schema/assessment.js';
import type { CriteriaNode, CriteriaSet } from '../src/schema/criteria-set.js';

type Row = Omit<CriteriaNode, 'children'>;
// Rule parameters as each kind parses them; the reference trusts the validated set.
type Loose = Record<string, any>;
/** Points, or -1 when the row is not applicable. */
type Leaf = (a: Assessment) => number;

export interface RefEval {
  readonly codes: readonly string[];
  readonly points: Float64Array;
  readonly applicable: Float64Array;
  total: number;
  applicableTotal: number;
  index: number;
}

interface Iv { lo: number; loIn: boolean; hi: number; hiIn: boolean }
const iv = (t: { min?: string | undefined; minInclusive?: boolean; max?: string | undefined; maxInclusive?: boolean }): Iv => ({
  lo: t.min === undefined ? -Infinity : Number(t.min), loIn: t.minInclusive ?? true,
  hi: t.max === undefined ? Infinity : Number(t.max), hiIn: t.maxInclusive ?? false,
});
const inside = (i: Iv, v: number) => (v > i.lo || (v === i.lo && i.loIn)) && (v < i.hi || (v === i.hi && i.hiIn));

function raw(e: MetricEntry | undefined): unknown {
  return e !== null && typeof e === 'object' ? e.value : e;
}
const num = (a: Assessment, m: string) => Number(raw(a.metrics[m]));

function dayOfYear(month: number, day: number, year: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1, Math.min(day, last))).toISOString().slice(0, 10);
}

function dueDate(spec: Record<string, unknown>, set: CriteriaSet, year: number): string {
  if (typeof spec['date'] === 'string') return spec['date'];
  if (typeof spec['deadline'] === 'string') {
    const d = set.calendar.deadlines[spec['deadline']]!;
    return dayOfYear(d.month, d.day, year + d.yearOffset);
  }
  if (typeof spec['period'] === 'string') {
    const p = set.calendar.periods[spec['period']]!;
    return 'dayOfEndMonth' in p.due ? dayOfYear(p.end.month, p.due.dayOfEndMonth, year + p.end.yearOffset) : dayOfYear(p.due.month, p.due.day, year + p.due.yearOffset);
  }
  return dayOfYear(spec['month'] as number, spec['day'] as number, year + ((spec['yearOffset'] as number | undefined) ?? 0));
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Memoised per year, as parindex does. */
function dueOf(spec: Record<string, unknown>, set: CriteriaSet): (year: number) => string {
  const cache = new Map<number, string>();
  return (year) => cache.get(year) ?? (cache.set(year, dueDate(spec, set, year)), cache.get(year)!);
}

function compileLeaf(row: Row, set: CriteriaSet): Leaf {
  const r = row.rule as Loose;
  const max = Number(row.maxPoints);
  const n = (k: string, d = 0) => (r[k] === undefined ? d : Number(r[k]));
  switch (r['kind']) {
    case 'pass-fail': {
      const fail = n('failPoints');
      return (a) => (raw(a.metrics[r['metric']]) === true ? max : fail);
    }
    case 'all-of': {
      const conds = (r['conditions'] as Loose[]).map((c) => (c['min'] !== undefined || c['max'] !== undefined ? { m: c['metric'] as string, i: iv(c) } : { m: c['metric'] as string, eq: (c['equals'] ?? true) as boolean }));
      const otherwise = n('otherwisePoints');
      return (a) => (conds.every((c) => ('i' in c ? inside(c.i!, num(a, c.m)) : raw(a.metrics[c.m]) === c.eq)) ? max : otherwise);
    }
    case 'tiers': {
      const tiers = (r['tiers'] as Loose[]).map((t) => ({ i: iv(t), p: Number(t['points']) }));
      return (a) => {
        const v = num(a, r['metric']);
        for (const t of tiers) if (inside(t.i, v)) return t.p;
        return 0;
      };
    }
    case 'proportional': {
      const full = n('full', 100);
      const floor = r['floor'] && iv({ min: r['floor'].value, minInclusive: r['floor'].inclusive ?? true });
      return (a) => {
        const v = num(a, r['metric']);
        if ((floor && !inside(floor, v)) || v < 0) return 0;
        return v >= full ? max : (max * v) / full;
      };
    }
    case 'ratio': {
      const tiers = r['tiers'] && (r['tiers'] as Loose[]).map((t) => ({ i: iv(t), p: Number(t['points']) }));
      return (a) => {
        const nu = num(a, r['numerator']);
        const de = num(a, r['denominator']);
        if (de === 0) return r['zeroDenominator'] === 'not-applicable' ? -1 : r['zeroDenominator'] === 'full' ? max : 0;
        if (!tiers) return (max * nu) / de;
        const pct = (nu * 100) / de;
        for (const t of tiers) if (inside(t.i, pct)) return t.p;
        return 0;
      };
    }
    case 'level-target': {
      const targets = new Map((r['targets'] as Loose[]).map((t) => [t['level'] as string, { m: (t['metric'] ?? r['metric']) as string, i: iv({ min: t['min'], minInclusive: t['minInclusive'] ?? true }) }]));
      return (a) => {
        const t = targets.get(a.unit.level);
        return t === undefined ? -1 : inside(t.i, num(a, t.m)) ? max : 0;
      };
    }
    case 'deadline': {
      const due = dueOf(r['due'], set);
      const late = n('latePoints');
      const notDone = n('notDonePoints');
      const grace = r['graceDays'] as number | undefined;
      return (a) => {
        const done = raw(a.metrics[r['metric']]) as string | null;
        const d = due(a.year);
        if (done === null) return notDone;
        if (done <= d) return max;
        return grace !== undefined && done > plusDays(d, grace) ? notDone : late;
      };
    }
    case 'timely-count': {
      const items = (r['items'] as Loose[]).map((it) => ({ m: it['metric'] as string, due: dueOf(it['due'], set) }));
      const otherwise = n('otherwisePoints');
      return (a) => {
        let onTime = 0;
        for (const it of items) {
          const d = raw(a.metrics[it.m]) as string | null;
          if (d !== null && d <= it.due(a.year)) onTime++;
        }
        if (r['mode'] === 'per-item') return (max * onTime) / items.length;
        return onTime === items.length ? max : otherwise;
      };
    }
    case 'survey': {
      const scale = n('scale', 100);
      return (a) => (max * num(a, r['metric'])) / scale;
    }
    case 'manual':
      return (a) => Number(a.points[row.code]);
    case 'per-occurrence': {
      const each = n('each');
      return (a) => Math.min(max, num(a, r['metric']) * each);
    }
    default:
      throw new Error(`reference evaluator: rule kind ${String(r['kind'])} is not used by the bench set`);
  }
}

interface Flat { code: string; max: number; parent: number; leaf: Leaf | undefined; allowNA: boolean }

/** Compiles the set once; the returned function scores one unit into a reused result. */
export function compileReference(set: CriteriaSet): (a: Assessment) => RefEval {
  const flat: Flat[] = [];
  const visit = (nodes: readonly CriteriaNode[], parent: number) => {
    for (const node of nodes) {
      const i = flat.push({ code: node.code, max: Number(node.maxPoints), parent, leaf: node.children?.length ? undefined : compileLeaf(node, set), allowNA: node.allowNotApplicable ?? false }) - 1;
      if (node.children) visit(node.children, i);
    }
  };
  visit(set.nodes, -1);
  const group = (key: 'bonus' | 'penalty') => {
    const g = set.adjustments?.[key];
    return g ? { cap: Number(g.cap), items: g.items.map((it) => compileLeaf(it, set)) } : undefined;
  };
  const bonus = group('bonus');
  const penalty = group('penalty');
  const adjust = (g: ReturnType<typeof group>, a: Assessment) => (g ? Math.min(g.cap, g.items.reduce((s, f) => s + Math.max(f(a), 0), 0)) : 0);
  const out: RefEval = { codes: flat.map((f) => f.code), points: new Float64Array(flat.length), applicable: new Float64Array(flat.length), total: 0, applicableTotal: 0, index: 0 };
  return (a) => {
    out.points.fill(0);
    out.applicable.fill(0);
    for (let i = 0; i < flat.length; i++) {
      const f = flat[i]!;
      if (!f.leaf) continue;
      const p = f.allowNA && a.notApplicable[f.code] !== undefined ? -1 : f.leaf(a);
      if (p >= 0) {
        out.points[i] = p;
        out.applicable[i] = f.max;
      }
    }
    let total = 0;
    let applicable = 0;
    for (let i = flat.length - 1; i >= 0; i--) {
      const p = flat[i]!.parent;
      if (p >= 0) {
        out.points[p] = out.points[p]! + out.points[i]!;
        out.applicable[p] = out.applicable[p]! + out.applicable[i]!;
      } else {
        total += out.points[i]!;
        applicable += out.applicable[i]!;
      }
    }
    out.total = total + adjust(bonus, a) - adjust(penalty, a);
    out.applicableTotal = applicable;
    out.index = (out.total * 100) / applicable;
    return out;
  };
}
