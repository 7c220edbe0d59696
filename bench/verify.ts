/** Checks, untimed, that the float reference scores what parindex scores (within 1e-9), so the comparison is honest. */
import { evaluate, toResult, type Plan } from '../src/index.js';
import type { Assessment } from '../src/schema/assessment.js';
import type { ResultNode } from '../src/schema/result.js';
import type { RefEval } from './reference.js';

const TOLERANCE = 1e-9;

function flatten(nodes: readonly ResultNode[], out: ResultNode[] = []): ResultNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export interface Agreement {
  readonly units: number;
  readonly values: number;
  readonly maxDiff: number;
}

/** Throws on the first value that differs by more than 1e-9. */
export function verifyAgainstReference(plan: Plan, reference: (a: Assessment) => RefEval, units: readonly Assessment[]): Agreement {
  let values = 0;
  let maxDiff = 0;
  const same = (what: string, exact: string | null, float: number) => {
    const diff = Math.abs(Number(exact ?? 0) - float);
    if (!(diff <= TOLERANCE)) throw new Error(`reference disagrees on ${what}: parindex ${exact}, reference ${float}`);
    maxDiff = Math.max(maxDiff, diff);
    values++;
  };
  for (const a of units) {
    const r = toResult(evaluate(plan, a));
    if (!r.complete) throw new Error(`unit ${a.unit.id} is incomplete: ${r.issues.map((i) => i.message).join('; ')}`);
    const ref = reference(a);
    flatten(r.nodes).forEach((n, i) => {
      if (n.code !== ref.codes[i]) throw new Error(`node order differs at ${i}: ${n.code} vs ${ref.codes[i]}`);
      same(`${a.unit.id} ${n.code} points`, n.points, ref.points[i]!);
      same(`${a.unit.id} ${n.code} applicable`, n.applicableMaxPoints, ref.applicable[i]!);
    });
    same(`${a.unit.id} points`, r.points, ref.total);
    same(`${a.unit.id} applicable`, r.applicableMaxPoints, ref.applicableTotal);
    same(`${a.unit.id} index`, r.index, ref.index);
  }
  return { units: units.length, values, maxDiff };
}
