/**
 * The decision log, schema v2: one JSON document per play-through (see DESIGN.md).
 * Validated on import with valibot; the TypeScript types are derived from the schema.
 * v2 judges each decision against the options offered there (scoring/judgeDecision.ts);
 * v1 scaled running totals against the story's bounds. A v1 log still reads: the fields v2
 * added take their v1 meaning by default, and `version` says which scale `scores` is on.
 */
import * as v from 'valibot';
import { TEXT_LIMITS } from './textLimits';

export const LOG_FORMAT = 'permanence-decision-log';
export const LOG_VERSION = 2;
export const LOG_VERSIONS = [1, 2] as const;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(min), v.maxValue(max));
const timestamp = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not a date and time (ISO 8601)'));

const DeltasSchema = v.object({
  permanence: int(-1000, 1000),
  contact: int(-1000, 1000),
  disruption: int(-1000, 1000),
});

/** 0-100; null where no decision played so far was judged on that dimension (v2 only). */
const ScoresSchema = v.object({
  permanence: v.nullable(int(0, 100)),
  contact: v.nullable(int(0, 100)),
  disruption: v.nullable(int(0, 100)),
});

const unit = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

/** Where the chosen option sat between the worst (0) and best (1) offered, per dimension. */
export const JudgementSchema = v.object({ permanence: unit, contact: unit, disruption: unit });

/** v1 logs lack what v2 added: there it takes its v1 meaning by default; in v2 it is required. */
function added<TSchema extends v.GenericSchema>(legacy: boolean, schema: TSchema, fallback: v.InferOutput<TSchema>) {
  return legacy ? v.optional(schema, fallback) : schema;
}

const rankingSchema = (legacy: boolean) => v.object({
  /** The options' indices in the player's order of preference; the first was played. */
  order: v.pipe(v.array(int(0, 99)), v.maxLength(100)),
  /** The panel's order, for the debrief's side-by-side view. */
  expertOrder: v.pipe(v.array(int(0, 99)), v.maxLength(100)),
  /** Spearman's footrule: the sum of how far each option sits from the panel's place. */
  distance: int(0, 10_000),
  /** The order the form opened in, drawn from the seed (null on v1: it opened in the panel's order). */
  startOrder: added(legacy, v.nullable(v.pipe(v.array(int(0, 99)), v.maxLength(100))), null),
  /** The participant confirmed the opening order without moving anything. */
  unchanged: added(legacy, v.nullable(v.boolean()), null),
});

export const RankingSchema = rankingSchema(false);

export const BalanceRowSchema = v.object({
  choice: int(0, 99),
  benefits: shortText(TEXT_LIMITS.balance),
  risks: shortText(TEXT_LIMITS.balance),
});

/** A reflection keeps its written text in `justification` and is never scored or counted as a decision. */
export const ENTRY_KINDS = ['decision', 'activity', 'navigation', 'reflection'] as const;

const entrySchema = (legacy: boolean) => v.object({
  /** How many choices were already in force when this one was made (its depth in the path). */
  step: int(0, 100_000),
  decision: v.nullable(shortText(200)),
  /** A scored decision, an activity (an exercise with a right answer), plain navigation, or a written reflection. */
  kind: legacy ? v.optional(v.picklist(ENTRY_KINDS)) : v.picklist(ENTRY_KINDS),
  /** At a decision: the choice judged against the options offered (null on v1 logs). */
  judgement: added(legacy, v.nullable(JudgementSchema), null),
  /** At an activity: whether the answer was a right one. */
  correct: added(legacy, v.nullable(v.boolean()), null),
  part: v.nullable(shortText(200)),
  choice: int(0, 99),
  text: shortText(2_000),
  deltas: DeltasSchema,
  stance: v.nullable(v.picklist(['with', 'to', 'for', 'not'])),
  /** Written reasons, or at a reflection the reflection itself. */
  justification: v.nullable(shortText(Math.max(TEXT_LIMITS.reasons, TEXT_LIMITS.reflection))),
  ranking: v.nullable(rankingSchema(legacy)),
  balance: v.nullable(v.pipe(v.array(BalanceRowSchema), v.maxLength(100))),
  shownAt: timestamp,
  chosenAt: timestamp,
  /** Set when the participant took this choice back and chose again. */
  reconsideredAt: v.nullable(timestamp),
  /**
   * Present (true) only on an entry rebuilt from an LMS's record of the choices alone: the choice
   * and all that follows from it are the participant's; its times, ranking order and reasons
   * were not kept and are not theirs.
   */
  rebuilt: v.optional(v.literal(true)),
});

const DrawSchema = v.object({ fact: shortText(200), value: int(1, 1000), of: int(1, 1000) });

const endingSchema = (legacy: boolean) => v.object({
  id: shortText(200),
  outcome: shortText(2_000),
  legal: added(legacy, v.nullable(shortText(2_000)), null),
  relational: added(legacy, v.nullable(shortText(2_000)), null),
  cultural: added(legacy, v.nullable(shortText(2_000)), null),
  timescale: added(legacy, v.nullable(v.picklist(['met', 'missed'])), null),
});
const EndingSchema = endingSchema(false);

const logObject = (legacy: boolean) => v.object({
  format: v.literal(LOG_FORMAT),
  version: legacy ? v.literal(1) : v.literal(2),
  scenario: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a scenario id')),
  storyVersion: v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/, 'is not a story version')),
  seed: int(0, 2 ** 31 - 1),
  /**
   * The part the game started at, from its shared starting point (the story's `shared_start_N`).
   * Absent (or 1) for a game from the beginning: optional, so every earlier v2 log is still one.
   */
  startPart: v.optional(int(1, 99)),
  participant: shortText(TEXT_LIMITS.pseudonym),
  cohort: v.nullable(shortText(TEXT_LIMITS.cohort)),
  startedAt: timestamp,
  finishedAt: v.nullable(timestamp),
  entries: v.pipe(v.array(entrySchema(legacy)), v.maxLength(5_000)),
  /** The hidden facts drawn from the seed on the path in force, in the order drawn. */
  draws: added(legacy, v.pipe(v.array(DrawSchema), v.maxLength(200)), []),
  /** Raw running totals of the effects, kept for the record (v1 scored these). */
  totals: DeltasSchema,
  scores: ScoresSchema,
  /** Activities answered on the path in force: how many right, of how many. */
  checks: added(legacy, v.object({ correct: int(0, 5_000), of: int(0, 5_000) }), { correct: 0, of: 0 }),
  ending: v.nullable(endingSchema(legacy)),
});

export const LogEntrySchema = entrySchema(false);

/** An entry's kind, where a v1 log did not say: a decision id means a decision (v1 had no activities). */
export const DecisionLogSchema = v.pipe(
  v.variant('version', [logObject(true), logObject(false)], 'is not a version of the decision log this game reads (1 or 2)'),
  v.transform((log) => ({
    ...log,
    entries: log.entries.map((e) => ({ ...e, kind: e.kind ?? (e.decision === null ? 'navigation' as const : 'decision' as const) })),
  })),
  v.check((log) => log.version === 2 || Object.values(log.scores).every((s) => s !== null), 'is a version 1 log with a score missing'),
);

export type DecisionLog = v.InferOutput<typeof DecisionLogSchema>;

/** The part a log's game started at: 1 when it started at the beginning. */
export function startPartOf(log: Pick<DecisionLog, 'startPart'>): number {
  return log.startPart ?? 1;
}
export type LogEntry = DecisionLog['entries'][number];
export type Judgement = v.InferOutput<typeof JudgementSchema>;
export type LogScores = v.InferOutput<typeof ScoresSchema>;
export type Draw = v.InferOutput<typeof DrawSchema>;
export type LoggedEnding = v.InferOutput<typeof EndingSchema>;
export type Ranking = v.InferOutput<typeof RankingSchema>;
export type BalanceRow = v.InferOutput<typeof BalanceRowSchema>;
