/** Criteria files given on the command line: sets and editions, each edition resolved against the others. */
import { locateIssues, parseCriteriaFile, resolveWithCatalogue, type CatalogueEntry, type CriteriaFile, type CriteriaSet, type Loaded } from '../index.js';

/** A file read and parsed as a set or an edition. */
export interface CriteriaText {
  readonly file: string;
  readonly text: string;
  readonly parsed: CriteriaFile;
}

/** The result for one file: the set (an edition resolved), the issues with lines, and what it extends. */
export interface ResolvedFile {
  readonly file: string;
  readonly loaded: Loaded<CriteriaSet>;
  /** `id@version` of the base when the file is an edition. */
  readonly extends?: string;
}

export function parseText(file: string, text: string): CriteriaText {
  return { file, text, parsed: parseCriteriaFile(text, { file }) };
}

/** Resolves `one` (when it is an edition) against the sets and editions of `all` that loaded. */
export function resolveFile(one: CriteriaText, all: readonly CriteriaText[]): ResolvedFile {
  const { file, text, parsed } = one;
  if (parsed.kind === 'set') return { file, loaded: parsed.loaded };
  if (!parsed.loaded.ok) return { file, loaded: { ok: false, issues: parsed.loaded.issues } };
  const edition = parsed.loaded.value;
  const catalogue: CatalogueEntry[] = all.flatMap((t) => (t.parsed.loaded.ok ? [t.parsed.loaded.value] : []));
  const resolved = resolveWithCatalogue(edition, catalogue, { file });
  const issues = locateIssues([...parsed.loaded.issues, ...resolved.issues], text, file);
  const base = `${edition.extends.id}${edition.extends.version === undefined ? '' : `@${edition.extends.version}`}`;
  return { file, extends: base, loaded: resolved.ok ? { ...resolved, issues } : { ok: false, issues } };
}
