/**
 * Exports of a decision log: JSON (re-importable) and CSV (one row per choice, safe to
 * open in a spreadsheet: cells that a spreadsheet would run as a formula are neutralised).
 * A group's CSV is the same rows for every log under one header, for a records system.
 * The columns v2 added come last, so a records system that reads the first twenty still can.
 */
import type { ScenarioFramework } from '../content/frameworkSchema';
import { decisionAreas } from '../content/decisionAreas';
import { startPartOf, type DecisionLog } from './logSchema';
import { closenessOf, type OfferedOptions } from './offeredOptions';

/** What the story adds to a log's rows: its framework areas, and the options offered (for closeness). */
export interface CsvStory {
  framework: ScenarioFramework | null;
  offered: OfferedOptions | null;
}

export function logToJson(log: DecisionLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A formula's first character, or anything a spreadsheet may skip before reading one:
 * whitespace and line feeds, control characters (NUL), zero-width and other invisible
 * format characters, and the full-width ＝＋－＠ some spreadsheets fold to = + - @.
 */
const FORMULA_START = /^[=+\-@\s\p{Cc}\p{Cf}\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Quotes a cell, and prefixes an apostrophe where a spreadsheet would read a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r\t']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'participant', 'scenario', 'story_version', 'seed', 'n', 'step', 'part', 'decision', 'choice', 'choice_text',
  'permanence', 'contact', 'disruption', 'stance', 'justification', 'ranking', 'rank_distance',
  'shown_at', 'chosen_at', 'reconsidered_at',
  'log_version', 'kind', 'areas', 'judged_permanence', 'judged_contact', 'judged_disruption', 'closeness', 'correct',
  'ranking_start', 'ranking_unchanged', 'verification', 'start_part',
] as const;

/** What verification said of a log, where it was checked: every row then says so. */
export interface CsvVerification {
  verified: boolean;
  text: string;
}

/** A 0-1 figure to two places; booleans as yes/no; missing as an empty cell. */
const unit = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 100) / 100);
const yesNo = (x: boolean | null | undefined) => (x === null || x === undefined ? null : x ? 'yes' : 'no');

/**
 * A log that does not replay true keeps its choices and words, and loses its effects, judgements
 * and closeness (they cannot be trusted); the last column says why.
 */
export function logCsvRows(log: DecisionLog, story: CsvStory | null = null, verification: CsvVerification | null = null): string[] {
  const trusted = verification?.verified ?? true;
  const checked = verification ? (verification.verified ? 'verified' : `not verified: ${verification.text}`) : null;
  const t = <T,>(value: T): T | null => (trusted ? value : null);
  return log.entries.map((e, i) => [
    log.participant, log.scenario, log.storyVersion, log.seed, i + 1, e.step, e.part, e.decision, e.choice, e.text,
    t(e.deltas.permanence), t(e.deltas.contact), t(e.deltas.disruption), e.stance, e.justification,
    // A rebuilt entry's times and ranking order were made up by the replay: left empty.
    e.ranking && !e.rebuilt ? e.ranking.order.join(' ') : null, e.ranking && !e.rebuilt ? e.ranking.distance : null,
    e.rebuilt ? null : e.shownAt, e.rebuilt ? null : e.chosenAt, e.reconsideredAt,
    log.version, e.kind, e.decision ? decisionAreas(story?.framework, e.decision).map((a) => a.id).join(' ') || null : null,
    t(unit(e.judgement?.permanence)), t(unit(e.judgement?.contact)), t(unit(e.judgement?.disruption)),
    e.reconsideredAt === null ? t(unit(closenessOf(e, story?.offered ?? null))) : null, yesNo(e.correct),
    e.ranking?.startOrder ? e.ranking.startOrder.join(' ') : null, yesNo(e.ranking?.unchanged), checked,
    // 1 for a whole case; N for a game begun at part N's shared starting point.
    startPartOf(log),
  ].map(csvCell).join(','));
}

export function logToCsv(log: DecisionLog, story: CsvStory | null = null, verification: CsvVerification | null = null): string {
  return [CSV_COLUMNS.join(','), ...logCsvRows(log, story, verification)].join('\r\n') + '\r\n';
}

/** Every log's rows under one header: the CSV of a group (each log with its own story, where known). */
export function logsToCsv(
  logs: readonly DecisionLog[],
  storyOf: (log: DecisionLog) => CsvStory | null = () => null,
  verificationOf: (log: DecisionLog) => CsvVerification | null = () => null,
): string {
  return [CSV_COLUMNS.join(','), ...logs.flatMap((log) => logCsvRows(log, storyOf(log), verificationOf(log)))].join('\r\n') + '\r\n';
}
