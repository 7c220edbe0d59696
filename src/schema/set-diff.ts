/** The result of comparing two criteria sets (`diffSets`): plain JSON, codes as the stable key. */
import { z } from 'zod';
import { Band, MetricDef, RuleSpec } from './criteria-set.js';

const SetId = z.strictObject({ id: z.string(), version: z.string(), title: z.string() });

/** A row as listed among added or removed rows; `parent` is null at the top level. */
export const DiffRow = z.strictObject({ code: z.string(), name: z.string(), maxPoints: z.string(), parent: z.string().nullable() });
export type DiffRow = z.infer<typeof DiffRow>;

const Change = <T extends z.ZodType>(value: T) => z.strictObject({ code: z.string(), from: value, to: value });

export const SetDiff = z.strictObject({
  from: SetId,
  to: SetId,
  /** True when nothing below differs (identity fields such as the title are not compared). */
  same: z.boolean(),
  rows: z.strictObject({
    added: z.array(DiffRow),
    removed: z.array(DiffRow),
    renamed: z.array(Change(z.string())),
    repointed: z.array(Change(z.string()).describe('maxPoints changed')),
    rulesChanged: z.array(Change(RuleSpec.nullable()).describe('a null rule: the row is a parent on that side')),
    moved: z.array(Change(z.string().nullable()).describe('parent code; null at the top level')),
  }),
  bands: z.strictObject({
    added: z.array(Band),
    removed: z.array(Band),
    changed: z.array(z.strictObject({ label: z.string(), from: Band, to: Band })),
  }),
  metrics: z.strictObject({
    added: z.array(z.strictObject({ id: z.string(), metric: MetricDef })),
    removed: z.array(z.strictObject({ id: z.string(), metric: MetricDef })),
    changed: z.array(z.strictObject({ id: z.string(), from: MetricDef, to: MetricDef })),
  }),
});
export type SetDiff = z.infer<typeof SetDiff>;
