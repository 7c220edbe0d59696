/** parindex: exact scoring for Vietnam's PAR Index. Explicit named exports only. */
export { Decimal, divide, DIVISION_PLACES, roundHalfUp, toDecimal } from './decimal.js';
export { ParIndexError, formatIssue, formatIssues, hasErrors, type Issue, type Severity, IssueSchema } from './errors.js';
export { exact, exactOf, type Exact } from './exact.js';

export { CriteriaSet, CriteriaNode, MetricDef, MetricUnit, Band, IndexPart, ReportingPeriod, Calendar, type CriteriaSetInput } from './schema/criteria-set.js';
export { Assessment, Unit, MetricEntry, MetricValue, type AssessmentInput } from './schema/assessment.js';
export { ScoreResult, ResultNodeSchema, NodeStatus, Trace, RESULT_SCHEMA_VERSION, type ResultNode } from './schema/result.js';

export { parseCriteriaSet, checkCriteriaSet, serializeCriteriaSet, type Loaded, type LoadOptions } from './load/criteria.js';
export { parseAssessment, checkAssessment, serializeAssessment } from './load/assessment.js';
export { locateIssues, parsePath } from './load/locate.js';

export { RuleRegistry, BUILT_IN_RULES } from './rules/registry.js';
export { defineRule, SCORED, NOT_APPLICABLE, MISSING, INVALID, type RuleKind, type RuleEnv, type Verdict, type Outcome, type Problem, type CheckContext, type CompileContext, type MetricHandle, type MetricUse, type NumericValue, type MetricRead, type Scorer, type Inputs } from './rules/types.js';

export { compilePlan, type Plan } from './engine/compile.js';
export { evaluate, type Evaluation, type EvaluateOptions } from './engine/evaluate.js';
export { toResult, formatUnits } from './engine/result.js';
export { scoreAssessment, type ScoreOptions } from './engine/score.js';
export { deriveInputs, type DerivedInputs } from './engine/derive.js';

export { Edition, RowChange, SetRef, type EditionInput } from './schema/edition.js';
export { SetDiff, DiffRow } from './schema/set-diff.js';
export { parseEdition, parseCriteriaFile, type CriteriaFile } from './versions/load.js';
export { resolveEdition } from './versions/resolve.js';
export { resolveWithCatalogue, type CatalogueEntry } from './versions/catalogue.js';
export { setInForce, type InForceQuery } from './versions/in-force.js';
export { diffSets } from './versions/diff.js';

export { rankUnits, type RankEntry, type RankOptions } from './engine/rank.js';
export { ranksOf, meanOf, type Ties } from './engine/rank-order.js';
export { areaValues, type AreaValue } from './engine/rank-areas.js';
export { Ranking, RankingGroup, RankedUnit, AreaRank, RANKING_SCHEMA_VERSION } from './schema/ranking.js';

export { DueTime, DueDate, DueRange, DueRecurring, DueOpen, DueMultiple, PlanFile, PlanTask, PlanCompletion, TaskCompletion, TaskStatus } from './schema/plan.js';
export { parseDueTime, type DueTimeOptions, type DueTimeRead } from './plan/parse-due-time.js';
export { dueDateOf } from './plan/due-date-of.js';
export { parsePlan, checkPlan, type PlanLoadOptions } from './plan/parse-plan.js';
export { planCompletion, type CompletionOptions } from './plan/plan-completion.js';

export { EvidenceDocument, Rounds, SelfRound, AppraisalRound, ExplanationRound, AssessmentPlan, AssessmentTask, SubmittedReport, SurveyResults } from './schema/assessment.js';
export { MetricSource, PhaseDue, Workflow } from './schema/criteria-set.js';
export { RoundsReport, RoundsRow, RoundTotal, RoundName, Stage, FinalSource, RowStatus, OverScored, WithoutEvidence, LateInput, ROUNDS_SCHEMA_VERSION } from './schema/rounds.js';
export { scoreRounds, type RoundsOptions } from './rounds/score-rounds.js';
export { enteredPoints, stageOf, type RoundChoice, type Entered } from './engine/entered.js';
export { phaseDeadlines, lateInputs } from './rounds/late-inputs.js';
export { reportingPeriods, periodsCovering, type ResolvedPeriod } from './plan/reporting-periods.js';

export { Scenario, MetricChange, ScenarioPoints, RowPatch, ScenarioComparison, ScenarioOutcome, UnitDelta, RowDelta, UnitStanding, PointsLeft, LeftRow, LeftStep, MetricMove, BandGap, SCENARIO_SCHEMA_VERSION, type ScenarioInput } from './schema/scenario.js';
export { parseScenario, checkScenario } from './scenarios/parse-scenario.js';
export { applyScenario, type Applied, type ApplyOptions } from './scenarios/apply-scenario.js';
export { compareScenarios, type CompareOptions } from './scenarios/compare-scenarios.js';
export { pointsLeft, type PointsLeftOptions } from './scenarios/points-left.js';

export { Lever, LeversFile, TargetSpec, TargetPlan, TargetChange, TARGET_SCHEMA_VERSION, type LeversFileInput } from './schema/target.js';
export { seekTarget, type SeekOptions } from './scenarios/target-seek.js';
export { type Target } from './scenarios/target-required.js';
export { parseLevers } from './scenarios/target-parse.js';
export { Distribution, Uncertainty, Simulation, SimulatedUnit, SIMULATION_SCHEMA_VERSION, type UncertaintyInput } from './schema/uncertainty.js';
export { simulate, type SimulateOptions } from './scenarios/monte-carlo.js';
export { parseUncertainty } from './scenarios/monte-carlo-parse.js';
export { SeededRandom, streamSeed } from './scenarios/seeded-random.js';
