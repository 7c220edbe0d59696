/** Reading metrics inside a rule: records every input for the trace and collects what is missing. */
import type { Exact } from '../exact.js';
import type { EvalEnv, Inputs, NumericValue, Outcome, Problem } from './types.js';

export class Reader {
  readonly inputs: Inputs = {};
  private missing: string[] | undefined;
  private problems: Problem[] | undefined;

  constructor(private readonly env: EvalEnv) {}

  private read(metric: string, want: 'number' | 'date' | 'boolean') {
    const r = this.env.read(metric);
    if (r.kind === 'missing') {
      // A metric read by several conditions or targets is reported once.
      if (!this.missing?.includes(metric)) (this.missing ??= []).push(metric);
      this.inputs[metric] = null;
      return undefined;
    }
    if (r.kind === 'invalid') {
      this.problem(metric, r.message);
      return undefined;
    }
    if (r.kind !== want) {
      this.problem(metric, `expected a ${want}`);
      return undefined;
    }
    return r;
  }

  private problem(metric: string, message: string): void {
    if (this.problems?.some((p) => p.metric === metric)) return;
    (this.problems ??= []).push({ code: 'INPUT_INVALID', message: `${metric}: ${message}`, metric });
  }

  number(metric: string): NumericValue | undefined {
    const r = this.read(metric, 'number');
    if (r?.kind !== 'number') return undefined;
    this.inputs[metric] = r.raw;
    return r.value;
  }

  /** A date `YYYY-MM-DD`, `null` when explicitly not done, undefined when missing. */
  date(metric: string): string | null | undefined {
    const r = this.read(metric, 'date');
    if (r?.kind !== 'date') return undefined;
    this.inputs[metric] = r.value;
    return r.value;
  }

  boolean(metric: string): boolean | undefined {
    const r = this.read(metric, 'boolean');
    if (r?.kind !== 'boolean') return undefined;
    this.inputs[metric] = r.value;
    return r.value;
  }

  /** The outcome to return when an input is missing or invalid, else undefined. */
  blocked(): Outcome | undefined {
    if (this.problems) return { status: 'invalid-input', branch: 'invalid input', inputs: this.inputs, problems: this.problems };
    if (this.missing) {
      return { status: 'missing-input', branch: `missing input: ${this.missing.join(', ')}`, inputs: this.inputs, missing: this.missing };
    }
    return undefined;
  }

  invalid(code: string, message: string, metric?: string): Outcome {
    const problem = metric === undefined ? { code, message } : { code, message, metric };
    return { status: 'invalid-input', branch: 'invalid input', inputs: this.inputs, problems: [problem] };
  }

  scored(points: Exact, branch: string, notes?: string[]): Outcome {
    return notes ? { status: 'scored', points, branch, inputs: this.inputs, notes } : { status: 'scored', points, branch, inputs: this.inputs };
  }

  notApplicable(branch: string): Outcome {
    return { status: 'not-applicable', branch, inputs: this.inputs };
  }
}
