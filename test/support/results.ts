/** Helpers for properties over results: load a scenario, walk result nodes, reorder a tree. */
import { expect } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { checkAssessment, checkCriteriaSet, formatIssues } from '../../src/index.js';
import type { Assessment } from '../../src/schema/assessment.js';
import type { CriteriaNode, CriteriaSet } from '../../src/schema/criteria-set.js';
import type { ResultNode } from '../../src/schema/result.js';
import type { Scenario } from './model.js';

/** The scenario's set and assessment, checked (both must be valid). */
export function load(s: Scenario): { set: CriteriaSet; assessment: Assessment } {
  const set = checkCriteriaSet(s.set);
  if (!set.ok) expect.fail(formatIssues(set.issues));
  const assessment = checkAssessment(s.assessment);
  if (!assessment.ok) expect.fail(formatIssues(assessment.issues));
  return { set: set.value, assessment: assessment.value };
}

/** Every node of a result tree, parents before children. */
export function flatten(nodes: readonly ResultNode[], out: ResultNode[] = []): ResultNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export function byCode(nodes: readonly ResultNode[]): Map<string, ResultNode> {
  return new Map(flatten(nodes).map((n) => [n.code, n]));
}

export const dec = (s: string): Decimal => new Decimal(s);

/** Exact sum of decimal strings, in a private precision wide enough that the test itself never rounds. */
const Wide = Decimal.clone({ precision: 1000 });
export function exactSum(values: readonly string[]): InstanceType<typeof Wide> {
  return values.reduce((s, v) => s.plus(v), new Wide(0));
}

/** A small seeded PRNG (mulberry32), so a reordering replays from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same set with the children of every row (and the areas) in a random order. */
export function reorder(set: CriteriaSet, seed: number): CriteriaSet {
  const rand = prng(seed);
  const visit = (nodes: readonly CriteriaNode[]): CriteriaNode[] =>
    shuffled(nodes, rand).map((n) => (n.children ? { ...n, children: visit(n.children) } : n));
  return { ...set, nodes: visit(set.nodes) };
}
