/**
 * A criteria edition: a set written as changes to another set (`extends`), the
 * way a province adapts the national set or re-issues last year's with edits.
 */
import { z } from 'zod';
import { Identifier, NodeCode } from './common.js';
import { CriteriaNode, CriteriaSet, MetricDef } from './criteria-set.js';

const S = CriteriaSet.shape;

/** Which set an edition extends: its id, and its version when the catalogue holds several. */
export const SetRef = z.strictObject({
  id: Identifier,
  version: z.string().min(1).optional().describe('Required when the catalogue holds more than one version of the id'),
});
export type SetRef = z.infer<typeof SetRef>;

/** Replaces fields of a row (its children stay). */
export const SetRowChange = CriteriaNode.omit({ code: true, children: true })
  .partial()
  .extend({ op: z.literal('set'), code: NodeCode });

/** Adds a row (or a subtree) under `parent` (top level when absent), after `after` (at the end when absent). */
export const AddRowChange = z.strictObject({
  op: z.literal('add'),
  parent: NodeCode.optional(),
  after: NodeCode.optional(),
  node: CriteriaNode,
});

/** Removes a row and its subtree. */
export const RemoveRowChange = z.strictObject({ op: z.literal('remove'), code: NodeCode });

/** Renames a row (names drift between versions; the code stays the key). */
export const RenameRowChange = z.strictObject({
  op: z.literal('rename'),
  code: NodeCode,
  name: z.string().min(1),
  nameEn: z.string().optional(),
});

// The op is checked first so an unknown one is named ("move" is not one of: set, add, remove, rename).
export const RowChange = z
  .looseObject({ op: z.enum(['set', 'add', 'remove', 'rename']) })
  .pipe(z.discriminatedUnion('op', [SetRowChange, AddRowChange, RemoveRowChange, RenameRowChange]));
export type RowChange = z.infer<typeof RowChange>;

/**
 * An edition file. Identity fields and the sections `legalBasis`, `rounding`,
 * `calendar`, `adjustments`, `index` and `bands` replace the base's when given;
 * `metrics` are merged by id (null removes one); `changes` apply to the base's rows in order.
 */
export const Edition = z.strictObject({
  $schema: S.$schema,
  id: S.id,
  version: S.version,
  extends: SetRef,
  title: S.title.optional(),
  legalBasis: S.legalBasis,
  unitLevels: S.unitLevels.optional(),
  unitTypes: S.unitTypes,
  validFrom: S.validFrom,
  validTo: S.validTo,
  status: S.status.optional(),
  source: S.source,
  description: S.description,
  rounding: S.rounding.unwrap().optional(),
  metrics: z.record(Identifier, MetricDef.nullable()).optional().describe('Merged with the base’s by id; null removes a metric'),
  calendar: S.calendar.unwrap().optional(),
  adjustments: S.adjustments,
  index: S.index,
  bands: S.bands.unwrap().optional(),
  changes: z.array(RowChange).default([]),
});
export type Edition = z.infer<typeof Edition>;
export type EditionInput = z.input<typeof Edition>;
