// Registering a custom rule kind from code, with its own zod schema.
// Kind "at-least-count": the maximum when a count reaches `target`, else 0.
import { z } from 'zod';
import { checkCriteriaSet, defineRule, exactOf, RuleRegistry, scoreAssessment, formatIssues } from 'parindex';

const atLeastCount = defineRule({
  kind: 'at-least-count',
  summary: 'maximum when the count reaches target, else 0',
  schema: z.object({ kind: z.literal('at-least-count'), metric: z.string(), target: z.number().int().min(1) }).strict(),
  reads: (p) => [{ metric: p.metric, units: ['count'], path: ['metric'] }],
  compile(p, ctx) {
    const zero = exactOf('0');
    const metric = ctx.metric(p.metric);
    // A scorer runs once per unit; branch texts are built only when a trace is asked for.
    return (env) => {
      const n = env.number(metric);
      if (n === undefined) return env.blocked()!;
      return n.dec.gte(p.target) ? env.scored(ctx.maxPoints, env.tracing && `${n.text} ≥ ${p.target}`) : env.scored(zero, env.tracing && `${n.text} < ${p.target}`);
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
