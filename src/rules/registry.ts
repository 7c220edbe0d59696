/** The rule kinds a criteria set may use. Immutable: `with()` returns a registry that also knows custom kinds. */
import { usageError } from '../errors.js';
import { allOf } from './all-of.js';
import { deadline } from './deadline.js';
import { deduction } from './deduction.js';
import { levelTarget } from './level-target.js';
import { manual } from './manual.js';
import { passFail } from './pass-fail.js';
import { perOccurrence } from './per-occurrence.js';
import { proportional } from './proportional.js';
import { ratio } from './ratio.js';
import { survey } from './survey.js';
import { tiers } from './tiers.js';
import { timelyCount } from './timely-count.js';
import type { RuleKind } from './types.js';

// Each kind is generic in its own params; the registry handles them uniformly.
type AnyRuleKind = RuleKind<{ kind: string }>;

export const BUILT_IN_RULES: readonly AnyRuleKind[] = [
  passFail, allOf, tiers, proportional, ratio, levelTarget, deadline, timelyCount, deduction, survey, manual, perOccurrence,
] as unknown as AnyRuleKind[];

export class RuleRegistry {
  private readonly byKind: ReadonlyMap<string, AnyRuleKind>;

  /** Prefer `RuleRegistry.builtIn().with(...)`, which checks the kinds' names. */
  constructor(kinds: readonly AnyRuleKind[]) {
    this.byKind = new Map(kinds.map((k) => [k.kind, k]));
  }

  /** The registry of the twelve built-in kinds. */
  static builtIn(): RuleRegistry {
    return (BUILT_IN ??= new RuleRegistry(BUILT_IN_RULES));
  }

  /**
   * A new registry with extra kinds. Throws if a kind name is taken.
   * @example RuleRegistry.builtIn().with(myKind)
   */
  with(...kinds: RuleKind<never>[]): RuleRegistry {
    const all = [...this.byKind.values()];
    for (const k of kinds as unknown as AnyRuleKind[]) {
      if (all.some((x) => x.kind === k.kind)) throw usageError('RuleRegistry.with', `rule kind "${k.kind}" is already registered`);
      if (!/^[a-z][a-z0-9-]*$/.test(k.kind)) throw usageError('RuleRegistry.with', `rule kind "${k.kind}" must be lower-case words joined by -`);
      all.push(k);
    }
    return new RuleRegistry(all);
  }

  get(kind: string): AnyRuleKind | undefined {
    return this.byKind.get(kind);
  }

  kinds(): string[] {
    return [...this.byKind.keys()];
  }

  list(): readonly AnyRuleKind[] {
    return [...this.byKind.values()];
  }
}

let BUILT_IN: RuleRegistry | undefined;
