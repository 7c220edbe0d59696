/** Semantic checks of a schema-valid criteria set; every problem at once, each with its path. */
import { Decimal, ZERO } from '../decimal.js';
import type { PathIssue } from '../load/zod-issues.js';
import { checkCoverage } from '../rules/interval.js';
import { dayOfYear } from '../rules/due.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { CriteriaSet } from '../schema/criteria-set.js';
import { validateParts } from './validate-parts.js';
import { validateRule } from './validate-rule.js';
import { validateSources } from './validate-sources.js';
import { allRows, flattenTree } from './walk.js';

type Push = (path: readonly (string | number)[], code: string, message: string, severity?: 'error' | 'warning', nodeCode?: string) => void;

export function validateCriteriaSet(set: CriteriaSet, registry: RuleRegistry): PathIssue[] {
  const out: PathIssue[] = [];
  const push: Push = (path, code, message, severity = 'error', nodeCode) =>
    out.push({ path, issue: { code, severity, message, ...(nodeCode !== undefined && { nodeCode }) } });
  checkIdentity(set, push);
  checkCodes(set, push);
  checkTree(set, registry, push, out);
  checkAdjustments(set, registry, out);
  checkBands(set, push);
  checkCalendar(set, push);
  checkMetricsUsed(set, registry, push);
  out.push(...validateParts(set));
  out.push(...validateSources(set));
  return out;
}

function checkIdentity(set: CriteriaSet, push: Push): void {
  if (set.validFrom && set.validTo && set.validFrom > set.validTo) push(['validTo'], 'VALIDITY_RANGE', `validTo ${set.validTo} is before validFrom ${set.validFrom}`);
  for (const [id, m] of Object.entries(set.metrics)) {
    if (m.min !== undefined && m.max !== undefined && new Decimal(m.min).gt(m.max)) push(['metrics', id, 'max'], 'METRIC_RANGE', `max ${m.max} is below min ${m.min}`);
  }
}

function checkCodes(set: CriteriaSet, push: Push): void {
  const seen = new Map<string, readonly (string | number)[]>();
  for (const row of allRows(set)) {
    const first = seen.get(row.code);
    if (first) push([...row.path, 'code'], 'DUPLICATE_CODE', `code "${row.code}" is already used at ${formatShort(first)}`, 'error', row.code);
    else seen.set(row.code, row.path);
  }
}

function formatShort(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

function checkTree(set: CriteriaSet, registry: RuleRegistry, push: Push, out: PathIssue[]): void {
  const flat = flattenTree(set.nodes);
  for (const f of flat) {
    const { node } = f;
    if (f.isLeaf && !node.rule) push([...f.path, 'rule'], 'LEAF_WITHOUT_RULE', `row ${node.code} has no children, so it needs a rule`, 'error', node.code);
    if (!f.isLeaf && node.rule) push([...f.path, 'rule'], 'PARENT_WITH_RULE', `row ${node.code} has children; its points are their sum, so it takes no rule`, 'error', node.code);
    if (new Decimal(node.maxPoints).decimalPlaces() > 6) push([...f.path, 'maxPoints'], 'MAX_PRECISION', `maxPoints ${node.maxPoints} has more than 6 decimals`, 'error', node.code);
    if (!f.isLeaf) {
      const sum = f.children.reduce((s, c) => s.plus(flat[c]!.node.maxPoints), ZERO);
      if (!sum.eq(node.maxPoints)) {
        push([...f.path, 'maxPoints'], 'MAX_SUM_MISMATCH', `row ${node.code} has maxPoints ${node.maxPoints} but its children add up to ${sum}`, 'error', node.code);
      }
    }
    checkApplicability(set, f.path, node.appliesTo, push, node.code);
    out.push(...validateRule(node, f.path, f.scoredBy, set, registry));
  }
}

function checkApplicability(set: CriteriaSet, path: readonly (string | number)[], a: CriteriaSet['nodes'][number]['appliesTo'], push: Push, code: string): void {
  a?.levels?.forEach((l, i) => {
    if (!set.unitLevels.includes(l)) push([...path, 'appliesTo', 'levels', i], 'UNKNOWN_LEVEL', `level "${l}" is not one of unitLevels (${set.unitLevels.join(', ')})`, 'error', code);
  });
  a?.unitTypes?.forEach((t, i) => {
    if (set.unitTypes && !set.unitTypes.includes(t)) push([...path, 'appliesTo', 'unitTypes', i], 'UNKNOWN_UNIT_TYPE', `unit type "${t}" is not one of unitTypes (${set.unitTypes.join(', ')})`, 'error', code);
  });
}

function checkAdjustments(set: CriteriaSet, registry: RuleRegistry, out: PathIssue[]): void {
  for (const group of ['bonus', 'penalty'] as const) {
    set.adjustments?.[group]?.items.forEach((item, i) => {
      const path = ['adjustments', group, 'items', i];
      if (!item.rule) out.push({ path: [...path, 'rule'], issue: { code: 'LEAF_WITHOUT_RULE', severity: 'error', message: `${group} item ${item.code} needs a rule`, nodeCode: item.code } });
      out.push(...validateRule(item, path, item.scoredBy ?? 'self', set, registry));
    });
  }
}

function checkBands(set: CriteriaSet, push: Push): void {
  for (const p of checkCoverage(set.bands, { minInclusive: true, maxInclusive: true }, false)) {
    const code = p.code === 'INTERVAL_GAP' ? 'BAND_GAP' : p.code === 'INTERVAL_OVERLAP' ? 'BAND_OVERLAP' : 'BAND_EMPTY';
    push(['bands', p.index], code, p.message);
  }
  const labels = new Set<string>();
  set.bands.forEach((b, i) => {
    if (labels.has(b.label)) push(['bands', i, 'label'], 'DUPLICATE_BAND', `band "${b.label}" is declared twice`);
    labels.add(b.label);
  });
}

function checkCalendar(set: CriteriaSet, push: Push): void {
  for (const [id, p] of Object.entries(set.calendar.periods)) {
    // A sample year shows whether start comes before end; offsets make it year-independent.
    if (dayOfYear(p.start, 2001) > dayOfYear(p.end, 2001)) push(['calendar', 'periods', id, 'end'], 'PERIOD_RANGE', `period "${id}" ends before it starts (use yearOffset: -1 on start for a period that begins the year before)`);
  }
}

function checkMetricsUsed(set: CriteriaSet, registry: RuleRegistry, push: Push): void {
  const used = new Set<string>();
  const rows = [...flattenTree(set.nodes).map((f) => f.node), ...(set.adjustments?.bonus?.items ?? []), ...(set.adjustments?.penalty?.items ?? [])];
  for (const row of rows) {
    if (!row.rule) continue;
    const kind = registry.get(row.rule.kind);
    const parsed = kind?.schema.safeParse(row.rule);
    // A rule that cannot be read may well use the metric: its own error is enough.
    if (!kind || !parsed?.success) return;
    for (const u of kind.reads(parsed.data)) used.add(u.metric);
  }
  for (const id of Object.keys(set.metrics)) {
    if (!used.has(id)) push(['metrics', id], 'UNUSED_METRIC', `metric "${id}" is declared but no rule reads it`, 'warning');
  }
}
