/** Loading a levers file (YAML/JSON) for target seeking, every problem reported at once with its line. */
import { hasErrors } from '../errors.js';
import type { Loaded, LoadOptions } from '../load/criteria.js';
import { loadOptions, requireText } from '../load/options.js';
import { parseSource, placeIssues } from '../load/source.js';
import { fromZod, PARSE_OPTIONS } from '../load/zod-issues.js';
import { LeversFile } from '../schema/target.js';

/**
 * Parses and checks the shape of a levers file; the metrics it names are checked against the set by `seekTarget`.
 * @example parseLevers('levers: { onlinePaymentRate: { max: "80", costPerUnit: "0.1" } }').ok // true
 */
export function parseLevers(text: string, options: Pick<LoadOptions, 'file'> = {}): Loaded<LeversFile> {
  options = loadOptions('parseLevers', options);
  const src = parseSource(requireText('parseLevers', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  const parsed = LeversFile.safeParse(src.data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...src.issues, ...placeIssues(fromZod(parsed.error), src, options.file)] };
  return { ok: true, value: parsed.data, issues: src.issues };
}
