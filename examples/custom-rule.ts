// Registering a custom rule kind from code, with its own zod schema.
// Kind "at-least-count": the maximum when a count reaches `target`, else 0.
import { z } from 'zod';
import { checkCriteriaSet, defineRule, exactOf, Reader, RuleRegistry, scoreAssessment, formatIssues } from 'parindex';

const atLeastCount = defineRule({
  kind: 'at-least-count',
  summary: 'maximum when the count reaches target, else 0',
  schema: z.object({ kind: z.literal('at-least-count'), metric: z.string(), target: z.number().int().min(1) }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  compile(p, ctx) {
    const zero = exactOf('0');
    return (env) => {
      const r = new Reader(env);
      const n = r.number(p.metric);
      if (n === undefined) return r.blocked()!;
      return n.dec.gte(p.target) ? r.scored(ctx.maxPoints, `${n.text} ≥ ${p.target}`) : r.scored(zero, `${n.text} < ${p.target}`);
    };
  },
});
const rules = RuleRegistry.builtIn().with(atLeastCount);

const checked = checkCriteriaSet(
  {
    id: 'custom-example', version: '1', title: 'Ví dụ quy tắc tự định nghĩa', status: 'example', unitLevels: ['commune'],
    metrics: { initiatives: { unit: 'count' } },
    nodes: [{ code: '1', name: 'Sáng kiến CCHC (ít nhất 1 sáng kiến mỗi đơn vị)', maxPoints: '1', rule: { kind: 'at-least-count', metric: 'initiatives', target: 1 } }],
  },
  { rules },
);
if (!checked.ok) throw new Error(formatIssues(checked.issues));

const result = scoreAssessment(
  checked.value,
  { schemaVersion: 1, criteriaSet: { id: 'custom-example' }, unit: { id: 'x1', name: 'UBND xã A', level: 'commune' }, year: 2025, metrics: { initiatives: 2 }, points: {}, notApplicable: {} },
  { rules },
);
console.log(`index ${result.index}: ${result.nodes[0]?.trace.branch}`);
