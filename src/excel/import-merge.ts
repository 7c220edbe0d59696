/** Puts what a filled template holds into an assessment: the round it is for, metrics, evidence and not-applicable rows. */
import type { Plan } from '../engine/compile.js';
import type { Assessment, EvidenceDocument, MetricEntry, MetricValue } from '../schema/assessment.js';
import type { RoundName } from '../schema/rounds.js';
import { Decimal, DECIMAL_PATTERN } from '../decimal.js';
import type { RoundInputs } from './import-rows.js';

export interface SheetInputs extends RoundInputs {
  readonly metrics: Record<string, MetricEntry>;
  /** Metric ids on the "Số liệu" sheet, with or without a value. */
  readonly listed: ReadonlySet<string>;
  readonly evidence: Record<string, EvidenceDocument[]>;
}

/**
 * `base` with the sheet's round replacing its own, the sheet's metrics (a value the base writes differently but
 * means the same, 3 for "3", keeps the base's form), evidence and not-applicable rows. Does not mutate `base`.
 */
export function mergeInputs(plan: Plan, base: Assessment, round: RoundName, s: SheetInputs): Assessment {
  const metrics: Record<string, MetricEntry> = {};
  for (const [id, entry] of Object.entries(base.metrics)) if (!s.listed.has(id)) metrics[id] = entry;
  for (const [id, entry] of Object.entries(s.metrics)) {
    const old = Object.hasOwn(base.metrics, id) ? base.metrics[id] : undefined;
    metrics[id] = old !== undefined && sameEntry(old, entry) ? old : entry;
  }
  const notApplicable: Record<string, string> = {};
  for (const [code, reason] of Object.entries(base.notApplicable)) if (!plan.rows.get(code)?.allowNotApplicable) notApplicable[code] = reason;
  Object.assign(notApplicable, s.notApplicable);
  const meta = { ...(s.date !== undefined && { date: s.date }), ...(s.by !== undefined && { by: s.by }) };
  const entered = round === 'self'
    ? { self: { ...meta, points: s.points, notes: s.texts } }
    : { [round]: { ...meta, points: s.points, comments: s.texts, explanationRequired: s.explanationRequired } };
  return { ...base, metrics, notApplicable, evidence: s.evidence, rounds: { ...base.rounds, ...entered } };
}

function sameEntry(a: MetricEntry, b: MetricEntry): boolean {
  const norm = (e: MetricEntry) => {
    const o = e !== null && typeof e === 'object' ? e : { value: e };
    return JSON.stringify([normValue(o.value), o.note ?? null, o.source ?? null]);
  };
  return norm(a) === norm(b);
}

/** The same number however written: 3, "3", "3.0"; other values as they are (text trimmed). */
function normValue(v: MetricValue): MetricValue {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : undefined;
  if (text === undefined) return v;
  return DECIMAL_PATTERN.test(text) ? new Decimal(text).toString() : text;
}
