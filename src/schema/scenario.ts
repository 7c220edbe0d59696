/**
 * What-if scenarios (named patches over a baseline, like a reform in
 * rules-as-code systems), their comparison with the baseline, and the points
 * a unit leaves on the table. Types come from these schemas only.
 */
import { z } from 'zod';
import { IssueSchema } from '../errors.js';
import { MetricValue } from './assessment.js';
import { DecimalString, Identifier, IsoDate, NodeCode, NonNegativeDecimal } from './common.js';
import { Band } from './criteria-set.js';

export const SCENARIO_SCHEMA_VERSION = '1.0.0';

const CHANGE_KEYS: readonly string[] = ['set', 'add', 'subtract'];

/** A metric set to a value, or moved by an exact decimal amount (numeric metrics only): exactly one key. */
export const MetricChange = z
  .object({
    set: MetricValue.optional().describe('The new value, as an assessment writes it'),
    add: DecimalString.optional().describe('Added to the current value, exactly'),
    subtract: DecimalString.optional().describe('Subtracted from the current value, exactly'),
  })
  .strict()
  .refine((c) => CHANGE_KEYS.filter((k) => k in c).length === 1, {
    // With an unknown key, its own issue says more than this one.
    when: (payload) => payload.issues.length === 0, error: 'give exactly one of set, add or subtract, e.g. { set: "70" } or { add: "0.5" }' });
export type MetricChange = z.infer<typeof MetricChange>;

/** Points entered for rows in a round (default: the last round present, or `points` when there are no rounds). */
export const ScenarioPoints = z
  .object({
    round: z.enum(['self', 'appraisal1', 'appraisal2']).optional(),
    rows: z.record(NodeCode, DecimalString),
  })
  .strict();
export type ScenarioPoints = z.infer<typeof ScenarioPoints>;

/** A change to one row of the criteria set: a leaf's maximum (its parents follow), or rule parameters merged over the rule. */
export const RowPatch = z
  .object({
    maxPoints: NonNegativeDecimal.optional().describe('A leaf’s new maximum; the maxima of its parents change by the same amount'),
    rule: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Rule parameters replacing the rule’s own, key by key (e.g. `tiers`); a different `kind` replaces the whole rule'),
  })
  .strict();
export type RowPatch = z.infer<typeof RowPatch>;

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    id: Identifier,
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    basedOn: Identifier.optional().describe('Another scenario applied first (chaining)'),
    unit: z.string().min(1).optional().describe('In a batch, the unit (unit.id) the unit changes apply to; default every unit'),
    metrics: z.record(Identifier, MetricChange).optional(),
    tasksDone: z.record(z.string().min(1), IsoDate.nullable()).optional().describe('Plan tasks by id: the day done, or null for not done'),
    points: ScenarioPoints.optional(),
    notApplicable: z
      .record(NodeCode, z.string().nullable())
      .optional()
      .describe('Rows declared not applicable with the reason; null removes a declaration'),
    criteria: z
      .object({ rows: z.record(NodeCode, RowPatch).optional(), bands: z.array(Band).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

/** An exact value and the value rounded half-up for people. */
const Shown = z.object({ exact: z.string().nullable(), display: z.string().nullable() }).strict();

/** Decimals the set shows for points and percentages; `display` values are rounded half-up to these. */
const Rounding = z.object({ points: z.number().int().nonnegative(), index: z.number().int().nonnegative() }).strict();

export const UnitRef = z.object({ id: z.string(), name: z.string() }).strict();

/** Where one unit stands: points, index, band, rank (null with a single unit). */
export const UnitStanding = z
  .object({ points: Shown, index: Shown, band: z.string().nullable(), rank: z.number().int().positive().nullable(), complete: z.boolean() })
  .strict();
export type UnitStanding = z.infer<typeof UnitStanding>;

/** One row or area whose points (or applicable maximum) changed. */
export const RowDelta = z
  .object({
    code: z.string(),
    name: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    change: z.string().nullable().describe('after − before, exact; null when either side is unscored'),
    maxBefore: z.string(),
    maxAfter: z.string(),
  })
  .strict();
export type RowDelta = z.infer<typeof RowDelta>;

export const UnitDelta = z
  .object({
    unit: UnitRef,
    before: UnitStanding,
    after: UnitStanding,
    pointsChange: Shown.describe('exact: after − before; display: the difference of the displayed values'),
    indexChange: Shown.describe('exact: after − before; display: the difference of the displayed values'),
    bandChange: z.object({ from: z.string().nullable(), to: z.string().nullable() }).strict().nullable(),
    rankChange: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }).strict().nullable(),
    areas: z.array(RowDelta).describe('Top-level areas that changed'),
    rows: z.array(RowDelta).describe('Leaves, bonus and penalty items that changed'),
    issues: z.array(IssueSchema).describe('Issues of the scenario’s score that the baseline does not have'),
  })
  .strict();
export type UnitDelta = z.infer<typeof UnitDelta>;

export const ScenarioOutcome = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    description: z.string().nullable(),
    chain: z.array(z.string()).describe('Scenario ids applied, first to last'),
    criteriaChanged: z.boolean(),
    units: z.array(UnitDelta),
  })
  .strict();
export type ScenarioOutcome = z.infer<typeof ScenarioOutcome>;

export const ScenarioComparison = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    criteriaSet: z.object({ id: z.string(), version: z.string() }).strict(),
    rounding: Rounding,
    baseline: z.array(z.object({ unit: UnitRef, standing: UnitStanding }).strict()),
    scenarios: z.array(ScenarioOutcome),
  })
  .strict();
export type ScenarioComparison = z.infer<typeof ScenarioComparison>;

/** One metric moved: from its current value to the value that earns more. */
export const MetricMove = z
  .object({ metric: z.string(), from: z.union([z.string(), z.boolean(), z.null()]), to: z.union([z.string(), z.boolean(), z.null()]), change: z.string().nullable().describe('to − from for numbers') })
  .strict();
export type MetricMove = z.infer<typeof MetricMove>;

/** A change proven by scoring it: the row's points after it, the gain on the row and on the total. */
export const LeftStep = z
  .object({ moves: z.array(MetricMove).min(1), points: z.string(), gain: z.string(), totalGain: z.string().nullable(), text: z.string() })
  .strict();
export type LeftStep = z.infer<typeof LeftStep>;

export const LeftRow = z
  .object({
    code: z.string(),
    name: z.string(),
    area: z.string(),
    kind: z.string(),
    scoredBy: z.enum(['self', 'survey']),
    how: z.enum(['metric', 'entered', 'survey', 'other']).describe('metric: a threshold can be sought; entered: points typed by an assessor; survey: survey results'),
    status: z.enum(['scored', 'missing-input', 'invalid-input']),
    maxPoints: z.string(),
    points: z.string().nullable(),
    lost: z.string().describe('applicable maximum − points'),
    next: LeftStep.nullable().describe('The nearest change that earns more points on this row'),
    full: LeftStep.nullable().describe('The nearest change that earns the row’s maximum, when it is not `next`'),
    note: z.string(),
  })
  .strict();
export type LeftRow = z.infer<typeof LeftRow>;

export const BandGap = z
  .object({
    label: z.string(),
    min: z.string(),
    minInclusive: z.boolean(),
    indexGap: z.string().describe('band minimum − index, in index points (percentage points)'),
    pointsNeeded: z.string().nullable().describe('Points that close the gap where one point is worth most; null when the index has no value'),
    via: z.string().nullable().describe('The index part those points count in, for a set with parts'),
  })
  .strict();
export type BandGap = z.infer<typeof BandGap>;

export const PointsLeft = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    criteriaSet: z.object({ id: z.string(), version: z.string() }).strict(),
    rounding: Rounding,
    unit: UnitRef,
    standing: UnitStanding,
    applicableMaxPoints: z.string(),
    lostTotal: z.string().describe('Sum of `lost` over the rows listed'),
    rows: z.array(LeftRow).describe('Sorted by the points the next change earns (the gap for rows without a threshold), largest first'),
    bands: z.array(BandGap).describe('Every band above the current one'),
  })
  .strict();
export type PointsLeft = z.infer<typeof PointsLeft>;
