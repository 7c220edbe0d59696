/** The contract every rule kind implements: a zod schema, what it reads, checks, and a compiled scorer. */
import type { z } from 'zod';
import type { Decimal } from '../decimal.js';
import type { Exact } from '../exact.js';
import type { Calendar, MetricDef, MetricUnit } from '../schema/criteria-set.js';
import type { Unit } from '../schema/assessment.js';

/** Inputs as recorded in a trace. */
export type Inputs = Record<string, string | number | boolean | null>;

/** A parsed numeric metric value: exact text plus a double for fast comparisons. */
export interface NumericValue {
  readonly text: string;
  readonly num: number;
  /** True when `num` compares exactly (15 significant digits or fewer). */
  readonly safe: boolean;
  readonly dec: Decimal;
}

export type MetricRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'number'; readonly value: NumericValue; readonly raw: string | number }
  | { readonly kind: 'date'; readonly value: string | null }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'text'; readonly value: string };

/** A declared metric, resolved when the set is compiled. */
export interface MetricHandle {
  readonly name: string;
  /** Reads the unit's entry for this metric against its declared unit. */
  read(entry: unknown): MetricRead;
}

/** What a row's scoring ended in; the engine keeps the details (points, branch) in the env. */
export const SCORED = 0;
export const NOT_APPLICABLE = 1;
export const MISSING = 2;
export const INVALID = 3;
export type Verdict = typeof SCORED | typeof NOT_APPLICABLE | typeof MISSING | typeof INVALID;

export interface Problem {
  readonly code: string;
  readonly message: string;
  /** The metric at fault, or `points.<code>` for an entered value. */
  readonly metric?: string;
}

/**
 * What a rule sees while scoring one row of one unit. No I/O, no clock.
 * Branch texts are only needed when `tracing`: write `env.tracing && \`…\``
 * so ranking thousands of units builds no strings.
 */
export interface RuleEnv {
  readonly unit: Unit;
  readonly year: number;
  /** `YYYY-MM-DD`; events after it have not happened yet. */
  readonly asOf: string | undefined;
  readonly tracing: boolean;
  number(metric: MetricHandle): NumericValue | undefined;
  /** A date `YYYY-MM-DD`, `null` when explicitly not done, undefined when missing or invalid. */
  date(metric: MetricHandle): string | null | undefined;
  boolean(metric: MetricHandle): boolean | undefined;
  /** Points entered by an assessor for this row, as written. */
  manualPoints(): string | undefined;
  /** Records an extra trace input (e.g. the due date); ignored unless tracing. */
  input(name: string, value: string | number | boolean | null): void;
  /** MISSING or INVALID when a read failed, else undefined. */
  blocked(): Verdict | undefined;
  scored(points: Exact, branch?: string | false, notes?: string[]): Verdict;
  notApplicable(branch?: string | false): Verdict;
  invalid(code: string, message: string, metric?: string): Verdict;
  missing(what: string): Verdict;
}

/** A row's full outcome, built when a trace is asked for. */
export type Outcome =
  | { status: 'scored'; points: Exact; branch: string; inputs: Inputs; notes?: string[] }
  | { status: 'not-applicable'; branch: string; inputs: Inputs }
  | { status: 'missing-input'; branch: string; inputs: Inputs; missing: string[] }
  | { status: 'invalid-input'; branch: string; inputs: Inputs; problems: Problem[] };

export type Scorer = (env: RuleEnv) => Verdict;

/** A metric a rule reads, the units it accepts, and where the rule names it. */
export interface MetricUse {
  readonly metric: string;
  readonly units: readonly MetricUnit[];
  readonly path: readonly (string | number)[];
}

export interface CheckContext {
  readonly maxPoints: Decimal;
  readonly metrics: Readonly<Record<string, MetricDef>>;
  readonly calendar: Calendar;
  readonly unitLevels: readonly string[];
  /** Reports a problem at a path relative to the rule object. */
  report(path: readonly (string | number)[], code: string, message: string, severity?: 'error' | 'warning'): void;
}

export interface CompileContext {
  readonly code: string;
  readonly maxPoints: Exact;
  /** The handle of a declared metric (validation has checked it exists). */
  metric(name: string): MetricHandle;
  readonly metrics: Readonly<Record<string, MetricDef>>;
  readonly calendar: Calendar;
}

export interface RuleKind<P extends { kind: string } = { kind: string }> {
  readonly kind: string;
  /** One line, shown in docs and `parindex rules`. */
  readonly summary: string;
  readonly schema: z.ZodType<P>;
  reads(params: P): MetricUse[];
  check?(params: P, ctx: CheckContext): void;
  compile(params: P, ctx: CompileContext): Scorer;
}

/** Declares a rule kind with its parameter type inferred from its schema. */
export function defineRule<S extends z.ZodType<{ kind: string }>>(def: RuleKind<z.infer<S>> & { schema: S }): RuleKind<z.infer<S>> {
  return def;
}
