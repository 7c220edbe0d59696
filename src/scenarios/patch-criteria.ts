/**
 * A scenario's changes to the criteria set: a leaf's maximum (its parents follow
 * by the same amount), rule parameters, the bands. The changed set is validated
 * again; its problems are reported at the scenario's path.
 */
import { Decimal } from '../decimal.js';
import type { Issue } from '../errors.js';
import { checkCriteriaSet } from '../load/criteria.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { CriteriaNode, CriteriaSet } from '../schema/criteria-set.js';
import type { RowPatch, Scenario } from '../schema/scenario.js';
import type { Report } from './scenario-issues.js';

type Row = Omit<CriteriaNode, 'children'> & { children?: Row[] | undefined };

/** The rows from the top of the tree down to `code`, or undefined. */
function pathTo(nodes: readonly Row[], code: string): Row[] | undefined {
  for (const n of nodes) {
    if (n.code === code) return [n];
    const inner = n.children && pathTo(n.children, code);
    if (inner) return [n, ...inner];
  }
  return undefined;
}

/**
 * The set with the scenario's criteria changes, validated; `set` itself (the same object) when there are none.
 * @example patchCriteria(set, { rows: { '2.2': { rule: { full: '60' } } } }, report).set.nodes[1]
 */
export function patchCriteria(set: CriteriaSet, criteria: NonNullable<Scenario['criteria']>, report: Report, rules?: RuleRegistry): { set: CriteriaSet; ok: boolean } {
  const rows = Object.entries(criteria.rows ?? {});
  if (rows.length === 0 && criteria.bands === undefined) return { set, ok: true };
  const copy = structuredClone(set) as CriteriaSet;
  let ok = true;
  const fail: Report = (...args) => {
    ok = false;
    report(...args);
  };
  for (const [code, patch] of rows) patchRow(copy, code, patch, fail);
  if (criteria.bands !== undefined) copy.bands = structuredClone(criteria.bands);
  if (!ok) return { set, ok };
  const checked = checkCriteriaSet(copy, rules === undefined ? {} : { rules });
  if (checked.ok) return { set: checked.value, ok };
  for (const i of checked.issues.filter((x) => x.severity === 'error')) reportChecked(i, criteria, report);
  return { set, ok: false };
}

function patchRow(set: CriteriaSet, code: string, patch: RowPatch, report: Report): void {
  const at = ['criteria', 'rows', code];
  const path = pathTo(set.nodes, code);
  const row: Row | undefined = path?.at(-1) ?? [...(set.adjustments?.bonus?.items ?? []), ...(set.adjustments?.penalty?.items ?? [])].find((r) => r.code === code);
  if (row === undefined) return report(at, 'UNKNOWN_CODE', `criteria set ${set.id} has no row "${code}"`, code);
  if (row.children !== undefined && row.children.length > 0) {
    return report(at, 'PATCH_ON_PARENT', `row ${code} has children: its maximum is their sum and it has no rule; change its leaves`, code);
  }
  if (patch.maxPoints !== undefined) {
    const delta = new Decimal(patch.maxPoints).minus(row.maxPoints);
    for (const r of path ?? [row]) r.maxPoints = r === row ? patch.maxPoints : new Decimal(r.maxPoints).plus(delta).toFixed();
  }
  if (patch.rule !== undefined) {
    const kind = patch.rule['kind'];
    if (kind !== undefined && typeof kind !== 'string') return report([...at, 'rule', 'kind'], 'INVALID_TYPE', 'kind must be text, e.g. tiers');
    const base = row.rule ?? { kind: '' };
    row.rule = kind !== undefined && kind !== base.kind ? { ...patch.rule, kind } : { ...base, ...patch.rule, kind: base.kind };
  }
}

/** An issue of the changed set, placed at the scenario entry that caused it when one can be told. */
function reportChecked(i: Issue, criteria: NonNullable<Scenario['criteria']>, report: Report): void {
  const code = i.nodeCode;
  const at = code !== undefined && criteria.rows !== undefined && Object.hasOwn(criteria.rows, code) ? ['criteria', 'rows', code] : i.path.startsWith('bands') && criteria.bands ? ['criteria', 'bands'] : ['criteria'];
  report(at, i.code, `the changed criteria set is invalid at ${i.path}: ${i.message}`, code);
}
