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

/** What a rule sees of one unit's assessment. No I/O, no clock. */
export interface EvalEnv {
  read(metric: string): MetricRead;
  manualPoints(code: string): string | undefined;
  readonly unit: Unit;
  readonly year: number;
  /** `YYYY-MM-DD`; events after it have not happened yet. */
  readonly asOf: string | undefined;
}

export interface Problem {
  readonly code: string;
  readonly message: string;
  /** The metric at fault, when there is one. */
  readonly metric?: string;
}

export type Outcome =
  | { status: 'scored'; points: Exact; branch: string; inputs: Inputs; notes?: string[] }
  | { status: 'not-applicable'; branch: string; inputs: Inputs }
  | { status: 'missing-input'; branch: string; inputs: Inputs; missing: string[] }
  | { status: 'invalid-input'; branch: string; inputs: Inputs; problems: Problem[] };

export type Scorer = (env: EvalEnv) => Outcome;

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
