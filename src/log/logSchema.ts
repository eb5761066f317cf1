/**
 * The decision log, schema v1: one JSON document per play-through (see DESIGN.md).
 * Validated on import with valibot; the TypeScript types are derived from the schema.
 */
import * as v from 'valibot';

export const LOG_FORMAT = 'permanence-decision-log';
export const LOG_VERSION = 1;

const MAX_TEXT = 20_000;
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(min), v.maxValue(max));
const timestamp = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not a date and time (ISO 8601)'));

const DeltasSchema = v.object({
  permanence: int(-1000, 1000),
  contact: int(-1000, 1000),
  disruption: int(-1000, 1000),
});

const ScoresSchema = v.object({
  permanence: int(0, 100),
  contact: int(0, 100),
  disruption: int(0, 100),
});

export const RankingSchema = v.object({
  /** The options' indices in the player's order of preference; the first was played. */
  order: v.pipe(v.array(int(0, 99)), v.maxLength(100)),
  /** The panel's order, for the debrief's side-by-side view. */
  expertOrder: v.pipe(v.array(int(0, 99)), v.maxLength(100)),
  /** Spearman's footrule: the sum of how far each option sits from the panel's place. */
  distance: int(0, 10_000),
});

export const BalanceRowSchema = v.object({
  choice: int(0, 99),
  benefits: shortText(MAX_TEXT),
  risks: shortText(MAX_TEXT),
});

export const LogEntrySchema = v.object({
  /** How many choices were already in force when this one was made (its depth in the path). */
  step: int(0, 100_000),
  decision: v.nullable(shortText(200)),
  part: v.nullable(shortText(200)),
  choice: int(0, 99),
  text: shortText(2_000),
  deltas: DeltasSchema,
  stance: v.nullable(v.picklist(['with', 'to', 'for', 'not'])),
  justification: v.nullable(shortText(MAX_TEXT)),
  ranking: v.nullable(RankingSchema),
  balance: v.nullable(v.pipe(v.array(BalanceRowSchema), v.maxLength(100))),
  shownAt: timestamp,
  chosenAt: timestamp,
  /** Set when the participant took this choice back and chose again. */
  reconsideredAt: v.nullable(timestamp),
});

export const DecisionLogSchema = v.object({
  format: v.literal(LOG_FORMAT),
  version: v.literal(LOG_VERSION),
  scenario: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a scenario id')),
  storyVersion: v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/, 'is not a story version')),
  seed: int(0, 2 ** 31 - 1),
  participant: shortText(80),
  cohort: v.nullable(shortText(80)),
  startedAt: timestamp,
  finishedAt: v.nullable(timestamp),
  entries: v.pipe(v.array(LogEntrySchema), v.maxLength(5_000)),
  totals: DeltasSchema,
  scores: ScoresSchema,
  ending: v.nullable(v.object({ id: shortText(200), outcome: shortText(2_000) })),
});

export type DecisionLog = v.InferOutput<typeof DecisionLogSchema>;
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;
export type Ranking = v.InferOutput<typeof RankingSchema>;
export type BalanceRow = v.InferOutput<typeof BalanceRowSchema>;
