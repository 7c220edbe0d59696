/** Loading editions from YAML/JSON text, and telling a set file from an edition file. */
import { hasErrors } from '../errors.js';
import { parseCriteriaSet, type Loaded, type LoadOptions } from '../load/criteria.js';
import { loadOptions, requireText } from '../load/options.js';
import { parseSource, placeIssues } from '../load/source.js';
import { fromZod, PARSE_OPTIONS } from '../load/zod-issues.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { Edition } from '../schema/edition.js';

/**
 * Parses an edition (a set written as changes to another) from YAML or JSON text; its base is not needed yet.
 * @example parseEdition(text, { file: 'quang-tri-2026.yaml' })
 */
export function parseEdition(text: string, options: LoadOptions = {}): Loaded<Edition> {
  options = loadOptions('parseEdition', options);
  const src = parseSource(requireText('parseEdition', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  const parsed = Edition.safeParse(src.data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...src.issues, ...placeIssues(fromZod(parsed.error), src, options.file)] };
  return { ok: true, value: parsed.data, issues: src.issues };
}

/** A criteria file loaded as what it declares: an edition when it has `extends`, else a set. */
export type CriteriaFile = { kind: 'set'; loaded: Loaded<CriteriaSet> } | { kind: 'edition'; loaded: Loaded<Edition> };

/**
 * Loads a file that may be a set or an edition.
 * @example parseCriteriaFile(text, { file }).kind // 'edition'
 */
export function parseCriteriaFile(text: string, options: LoadOptions = {}): CriteriaFile {
  options = loadOptions('parseCriteriaFile', options);
  const { data } = parseSource(requireText('parseCriteriaFile', text), options.file);
  const edition = data !== null && typeof data === 'object' && !Array.isArray(data) && 'extends' in data;
  return edition ? { kind: 'edition', loaded: parseEdition(text, options) } : { kind: 'set', loaded: parseCriteriaSet(text, options) };
}
