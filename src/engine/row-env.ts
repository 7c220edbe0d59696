/**
 * The RuleEnv the engine hands to scorers: one object per unit, reset per
 * row. Without tracing it records only the verdict's points and what was
 * missing or invalid; with tracing it also keeps inputs, branch and notes.
 */
import { fromUnits, type Exact } from '../exact.js';
import {
  INVALID, MISSING, NOT_APPLICABLE, SCORED,
  type Inputs, type MetricHandle, type NumericValue, type Outcome, type Problem, type RuleEnv, type Verdict,
} from '../rules/types.js';
import type { Assessment, Unit } from '../schema/assessment.js';
import { misshapenEntry } from './guards.js';

const NO_POINTS: Exact = fromUnits(0);

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * One property read in the common case. Entries are data, never functions, so
 * a function found is Object.prototype's ("constructor", "toString"): look again, own keys only.
 */
function entryOf(metrics: Record<string, unknown>, name: string): unknown {
  const v = metrics[name];
  return typeof v === 'function' ? own(metrics, name) : v;
}

/** The value written in the file, for the trace of an invalid input. */
function rawValue(entry: unknown): string | number | boolean | null {
  const v = entry !== null && typeof entry === 'object' && 'value' in entry ? (entry as { value: unknown }).value : entry;
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
}

export class RowEnv implements RuleEnv {
  unit: Unit;
  year: number;
  points: Exact = NO_POINTS;
  branch = '';
  notes: string[] | undefined;
  missingInputs: string[] | undefined;
  problems: Problem[] | undefined;
  inputs: Inputs | undefined;
  private code = '';

  constructor(private readonly a: Assessment, readonly asOf: string | undefined, readonly tracing: boolean) {
    this.unit = a.unit;
    this.year = a.year;
  }

  /** Starts a row: forgets the previous row's reads and verdict. */
  begin(code: string): void {
    this.code = code;
    this.points = NO_POINTS;
    this.branch = '';
    this.notes = undefined;
    this.missingInputs = undefined;
    this.problems = undefined;
    this.inputs = this.tracing ? {} : undefined;
  }

  private entry(m: MetricHandle) {
    const entry = entryOf(this.a.metrics, m.name);
    const r = m.read(entry);
    if (r.kind === 'missing') {
      if (!this.missingInputs?.includes(m.name)) (this.missingInputs ??= []).push(m.name);
      if (this.inputs) this.inputs[m.name] = null;
    } else if (r.kind === 'invalid') {
      if (!this.problems?.some((p) => p.metric === m.name)) (this.problems ??= []).push({ code: 'INPUT_INVALID', message: `${m.name}: ${r.message}`, metric: m.name });
      if (this.inputs) this.inputs[m.name] = rawValue(entry);
    }
    return r;
  }

  number(m: MetricHandle): NumericValue | undefined {
    const r = this.entry(m);
    if (r.kind !== 'number') return undefined;
    if (this.inputs) this.inputs[m.name] = r.raw;
    return r.value;
  }

  date(m: MetricHandle): string | null | undefined {
    const r = this.entry(m);
    if (r.kind !== 'date') return undefined;
    if (this.inputs) this.inputs[m.name] = r.value;
    return r.value;
  }

  boolean(m: MetricHandle): boolean | undefined {
    const r = this.entry(m);
    if (r.kind !== 'boolean') return undefined;
    if (this.inputs) this.inputs[m.name] = r.value;
    return r.value;
  }

  manualPoints(): string | undefined {
    const v = own(this.a.points, this.code);
    if (v !== undefined && typeof v !== 'string') throw misshapenEntry('evaluate', `points.${this.code}`);
    if (this.inputs) this.inputs['points'] = v ?? null;
    return v;
  }

  input(name: string, value: string | number | boolean | null): void {
    if (this.inputs) this.inputs[name] = value;
  }

  blocked(): Verdict | undefined {
    if (this.problems) return this.verdict(INVALID, 'invalid input');
    if (this.missingInputs) return this.verdict(MISSING, this.tracing && `missing input: ${this.missingInputs.join(', ')}`);
    return undefined;
  }

  scored(points: Exact, branch?: string | false, notes?: string[]): Verdict {
    this.points = points;
    this.notes = notes;
    return this.verdict(SCORED, branch);
  }

  notApplicable(branch?: string | false): Verdict {
    return this.verdict(NOT_APPLICABLE, branch);
  }

  invalid(code: string, message: string, metric?: string): Verdict {
    (this.problems ??= []).push(metric === undefined ? { code, message } : { code, message, metric });
    return this.verdict(INVALID, 'invalid input');
  }

  missing(what: string): Verdict {
    (this.missingInputs ??= []).push(what);
    return this.verdict(MISSING, this.tracing && `missing input: ${what}`);
  }

  private verdict(v: Verdict, branch: string | false | undefined): Verdict {
    if (this.tracing) this.branch = branch || '';
    return v;
  }

  /** The traced outcome of the row just scored. */
  outcome(v: Verdict): Outcome {
    const inputs = this.inputs ?? {};
    if (v === SCORED) return this.notes ? { status: 'scored', points: this.points, branch: this.branch, inputs, notes: this.notes } : { status: 'scored', points: this.points, branch: this.branch, inputs };
    if (v === NOT_APPLICABLE) return { status: 'not-applicable', branch: this.branch, inputs };
    if (v === MISSING) return { status: 'missing-input', branch: this.branch, inputs, missing: this.missingInputs ?? [] };
    return { status: 'invalid-input', branch: this.branch, inputs, problems: this.problems ?? [] };
  }
}
