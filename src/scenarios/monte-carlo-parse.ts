/** Loading an uncertainty file (YAML/JSON) for Monte Carlo, every problem reported at once with its line. */
import { hasErrors } from '../errors.js';
import type { Loaded, LoadOptions } from '../load/criteria.js';
import { loadOptions, requireText } from '../load/options.js';
import { parseSource, placeIssues } from '../load/source.js';
import { fromZod, PARSE_OPTIONS } from '../load/zod-issues.js';
import { Uncertainty } from '../schema/uncertainty.js';

/**
 * Parses and checks the shape of a levers file; the metrics and units it names are checked by `simulate`.
 * @example parseUncertainty('metrics: { onlinePaymentRate: { uniform: { min: "50", max: "60" } } }').ok // true
 */
export function parseUncertainty(text: string, options: Pick<LoadOptions, 'file'> = {}): Loaded<Uncertainty> {
  options = loadOptions('parseUncertainty', options);
  const src = parseSource(requireText('parseUncertainty', text), options.file);
  if (hasErrors(src.issues)) return { ok: false, issues: src.issues };
  const parsed = Uncertainty.safeParse(src.data, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, issues: [...src.issues, ...placeIssues(fromZod(parsed.error), src, options.file)] };
  return { ok: true, value: parsed.data, issues: src.issues };
}
