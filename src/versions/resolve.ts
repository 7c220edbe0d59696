/** Resolving an edition: its base, copied, with the edition's fields and row changes applied, then checked like any set. */
import { checkCriteriaSet, type Loaded, type LoadOptions } from '../load/criteria.js';
import { loadOptions } from '../load/options.js';
import type { PathIssue } from '../load/zod-issues.js';
import { formatPath, hasErrors, usageError, type Issue } from '../errors.js';
import type { CriteriaSet, MetricDef } from '../schema/criteria-set.js';
import type { Edition } from '../schema/edition.js';
import { applyChanges } from './apply.js';
import { toEditionIssues } from './edition-issues.js';

/**
 * Applies `edition` to a deep copy of `base` and validates the result exactly
 * like any criteria set; every issue has a path into the edition file
 * (`changes[2].code: no row "9.9" in base quang-tri-2025`). Neither argument is changed.
 * @example resolveEdition(edition, base, { file: 'quang-tri-2026.yaml' }) // { ok: true, value: { id: 'quang-tri-2026', … } }
 */
export function resolveEdition(edition: Edition, base: CriteriaSet, options: LoadOptions = {}): Loaded<CriteriaSet> {
  options = loadOptions('resolveEdition', options);
  const shape = (v: unknown, key: string) => v !== null && typeof v === 'object' && key in v;
  if (!shape(edition, 'extends') || !shape(base, 'nodes')) throw usageError('resolveEdition', 'pass a parsed edition and a parsed base set (parseEdition, parseCriteriaSet)');
  const merged = mergeFields(edition, base);
  const applied = applyChanges(merged.nodes, edition.changes, base.id);
  const file = options.file;
  const failed = applied.issues.map((p) => withFile(p, file));
  if (hasErrors(failed)) return { ok: false, issues: failed };
  const checked = checkCriteriaSet(merged, options.rules ? { rules: options.rules } : {});
  const issues = toEditionIssues(checked.issues, { edition, resolved: merged, touched: applied.touched, base: base.id, file });
  return checked.ok && !hasErrors(issues) ? { ok: true, value: checked.value, issues } : { ok: false, issues };
}

/** The base's fields overridden by the edition's; metrics merged by id, null removing one. */
function mergeFields(edition: Edition, base: CriteriaSet): CriteriaSet {
  const { extends: _base, changes: _changes, $schema: _schema, metrics, ...fields } = structuredClone(edition);
  const { $schema: _baseSchema, ...copy } = structuredClone(base);
  // A field given as undefined (data built in code) keeps the base's value.
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<CriteriaSet>;
  const merged = { ...copy.metrics, ...metrics };
  return { ...copy, ...given, metrics: Object.fromEntries(Object.entries(merged).filter((e): e is [string, MetricDef] => e[1] !== null)) };
}

function withFile(p: PathIssue, file: string | undefined): Issue {
  return { ...p.issue, path: formatPath(p.path), ...(file !== undefined && { file }) };
}
