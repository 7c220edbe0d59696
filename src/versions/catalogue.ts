/** Resolving an edition against a catalogue of sets and editions: finds the base by id/version, follows chains, reports cycles. */
import { formatIssue, usageError, type Issue } from '../errors.js';
import type { Loaded, LoadOptions } from '../load/criteria.js';
import { loadOptions } from '../load/options.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import type { Edition, SetRef } from '../schema/edition.js';
import { resolveEdition } from './resolve.js';

/** A set or an edition; editions are told apart by their `extends`. */
export type CatalogueEntry = CriteriaSet | Edition;

const key = (s: { id: string; version: string }): string => `${s.id}@${s.version}`;
const isEdition = (s: CatalogueEntry): s is Edition => 'extends' in s;

/**
 * Resolves `edition` against the sets and editions of `catalogue` (the edition
 * itself may be among them): its base is the entry with the `extends` id (and
 * version); a base that is an edition is resolved first, so chains work.
 * @example resolveWithCatalogue(edition2026, [set2025]) // { ok: true, value: … }
 */
export function resolveWithCatalogue(edition: Edition, catalogue: readonly CatalogueEntry[], options: LoadOptions = {}): Loaded<CriteriaSet> {
  options = loadOptions('resolveWithCatalogue', options);
  if (!Array.isArray(catalogue)) throw usageError('resolveWithCatalogue', 'catalogue must be an array of sets and editions');
  return resolveChain(edition, catalogue, options, [key(edition)]);
}

function resolveChain(edition: Edition, catalogue: readonly CatalogueEntry[], options: LoadOptions, stack: string[]): Loaded<CriteriaSet> {
  const fail = (code: string, message: string): Loaded<CriteriaSet> => ({
    ok: false,
    issues: [{ code, severity: 'error', path: 'extends', message, ...(options.file !== undefined && { file: options.file }) }],
  });
  const found = findBase(edition, catalogue);
  if (typeof found === 'string') return fail(found.startsWith('no ') ? 'UNKNOWN_BASE' : 'AMBIGUOUS_BASE', found);
  if (!isEdition(found)) return resolveEdition(edition, found, options);
  const chain = [...stack, key(found)];
  if (stack.includes(key(found))) return fail('EXTENDS_CYCLE', `editions extend each other in a cycle: ${chain.join(' → ')}`);
  const base = resolveChain(found, catalogue, options.rules ? { rules: options.rules } : {}, chain);
  if (base.ok) return resolveEdition(edition, base.value, options);
  const first = base.issues.find((i) => i.severity === 'error');
  const code = first?.code === 'EXTENDS_CYCLE' ? 'EXTENDS_CYCLE' : 'BASE_INVALID';
  return fail(code, code === 'EXTENDS_CYCLE' ? (first?.message ?? '') : `base ${key(found)} cannot be resolved: ${describe(base.issues)}`);
}

/** The base entry, or why there is none (text starting with "no " when nothing matches). */
function findBase(edition: Edition, catalogue: readonly CatalogueEntry[]): CatalogueEntry | string {
  const ref: SetRef = edition.extends;
  const others = catalogue.filter((s) => s !== edition);
  const matches = others.filter((s) => s.id === ref.id && (ref.version === undefined || s.version === ref.version));
  if (matches.length === 1) return matches[0]!;
  const wanted = ref.version === undefined ? `"${ref.id}"` : `"${ref.id}" version "${ref.version}"`;
  if (matches.length === 0) {
    const available = others.map(key);
    return `no set ${wanted} to extend; ${available.length ? `available: ${available.join(', ')}` : 'no other set was given'}`;
  }
  const versions = matches.map((m) => m.version);
  return new Set(versions).size === versions.length
    ? `${wanted} has versions ${versions.join(', ')}; say which one with extends.version`
    : `${matches.length} sets are ${key(matches[0]!)}; keep one`;
}

function describe(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  return first ? `${formatIssue(first)}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}` : 'unknown problem';
}
