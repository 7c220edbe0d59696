/** The scoring result: a public, versioned JSON contract (see README, schema/result.schema.json). */
import { z } from 'zod';
import { IssueSchema } from '../errors.js';

export const RESULT_SCHEMA_VERSION = '1.0.0';

const Dec = z.string().describe('Exact decimal as a string, unrounded');
const NullableDec = Dec.nullable();

export const NodeStatus = z.enum(['scored', 'not-applicable', 'missing-input', 'invalid-input']);
export type NodeStatus = z.infer<typeof NodeStatus>;

export const TraceValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const Trace = z
  .object({
    rule: z.string().describe('Rule kind, or "sum" for a parent'),
    inputs: z.record(z.string(), TraceValue).describe('Every input read, as given'),
    branch: z.string().describe('What the rule decided, in words'),
    points: NullableDec,
    notes: z.array(z.string()).optional(),
  })
  .strict();
export type Trace = z.infer<typeof Trace>;

export interface ResultNode {
  code: string;
  name: string;
  scoredBy: 'self' | 'survey';
  maxPoints: string;
  applicableMaxPoints: string;
  points: string | null;
  ratio: string | null;
  status: NodeStatus;
  trace: Trace;
  children: ResultNode[];
}

export const ResultNodeSchema: z.ZodType<ResultNode> = z.lazy(() =>
  z
    .object({
      code: z.string(),
      name: z.string(),
      scoredBy: z.enum(['self', 'survey']),
      maxPoints: Dec,
      applicableMaxPoints: Dec,
      points: NullableDec.describe('Null when the row could not be scored'),
      ratio: NullableDec.describe('points / applicableMaxPoints × 100'),
      status: NodeStatus,
      trace: Trace,
      children: z.array(ResultNodeSchema),
    })
    .strict(),
).meta({ id: 'ResultNode' }); // names the recursive definition in the generated JSON Schema

export const AdjustmentResult = z
  .object({
    name: z.string().nullable(),
    cap: Dec,
    points: Dec.describe('Sum of items, capped'),
    uncapped: Dec,
    items: z.array(ResultNodeSchema),
  })
  .strict();

export const PartResult = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    weight: Dec,
    present: z.boolean(),
    applicableMaxPoints: Dec,
    points: NullableDec,
    ratio: NullableDec,
  })
  .strict();

export const ScoreResult = z
  .object({
    schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
    criteriaSet: z.object({ id: z.string(), version: z.string(), title: z.string() }).strict(),
    unit: z
      .object({ id: z.string(), name: z.string(), type: z.string().optional(), level: z.string() })
      .strict(),
    year: z.number().int(),
    asOf: z.string().nullable(),
    complete: z.boolean().describe('False when any applicable row is missing or invalid'),
    maxPoints: Dec,
    applicableMaxPoints: Dec,
    treePoints: NullableDec.describe('Sum over the tree, before bonus and penalty'),
    points: NullableDec.describe('treePoints + bonus − penalty'),
    index: NullableDec.describe('Null unless complete'),
    band: z.string().nullable(),
    display: z
      .object({ points: z.string().nullable(), index: z.string().nullable() })
      .strict()
      .describe('Rounded half-up per the set’s rounding policy'),
    rounding: z
      .object({ points: z.number().int(), index: z.number().int() })
      .strict()
      .describe('Decimals the set shows for points and for percentages (index, ratios)'),
    bonus: AdjustmentResult.nullable(),
    penalty: AdjustmentResult.nullable(),
    parts: z.array(PartResult).nullable(),
    issues: z.array(IssueSchema),
    nodes: z.array(ResultNodeSchema),
  })
  .strict();
export type ScoreResult = z.infer<typeof ScoreResult>;
