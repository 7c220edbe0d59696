/** Checks one row's rule: known kind, parameters, metrics it reads, and the kind's own semantic checks. */
import { Decimal } from '../decimal.js';
import { fromZod, PARSE_OPTIONS, type PathIssue } from '../load/zod-issues.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { CriteriaNode, CriteriaSet } from '../schema/criteria-set.js';

type Row = Omit<CriteriaNode, 'children'>;

export function validateRule(row: Row, path: readonly (string | number)[], scoredBy: 'self' | 'survey', set: CriteriaSet, registry: RuleRegistry): PathIssue[] {
  const out: PathIssue[] = [];
  const rule = row.rule;
  if (!rule) return out;
  const at = [...path, 'rule'];
  const push = (p: readonly (string | number)[], code: string, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ path: [...at, ...p], issue: { code, severity, message, nodeCode: row.code } });
  const kind = registry.get(rule.kind);
  if (!kind) {
    const near = closest(rule.kind, registry.kinds());
    push(['kind'], 'UNKNOWN_RULE_KIND', `unknown rule kind "${rule.kind}"${near ? `; did you mean "${near}"?` : '.'} Known kinds: ${registry.kinds().join(', ')}`);
    return out;
  }
  const parsed = kind.schema.safeParse(rule, PARSE_OPTIONS);
  if (!parsed.success) {
    return fromZod(parsed.error, at, 'RULE_PARAM_').map((i) => ({ ...i, issue: { ...i.issue, nodeCode: row.code } }));
  }
  const params = parsed.data;
  if (rule.kind === 'survey' && scoredBy !== 'survey') push(['kind'], 'SURVEY_RULE_ON_SELF_ROW', 'a survey rule needs scoredBy: survey on the row or an ancestor');
  for (const use of kind.reads(params)) {
    const def = set.metrics[use.metric];
    if (!def) push(use.path, 'UNDECLARED_METRIC', `metric "${use.metric}" is not declared in metrics`);
    else if (!use.units.includes(def.unit)) push(use.path, 'METRIC_UNIT_MISMATCH', `metric "${use.metric}" is a ${def.unit}; this rule reads ${use.units.join(' or ')}`);
  }
  kind.check?.(params, {
    maxPoints: new Decimal(row.maxPoints),
    metrics: set.metrics,
    calendar: set.calendar,
    unitLevels: set.unitLevels,
    report: (p, code, message, severity) => push(p, code, message, severity),
  });
  return out;
}

/** The known kind a mistyped one most likely meant ("tier" → "tiers"), within two edits. */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}
