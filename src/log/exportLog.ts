/**
 * Exports of a decision log: JSON (re-importable) and CSV (one row per choice, safe to
 * open in a spreadsheet: cells that a spreadsheet would run as a formula are neutralised).
 * A group's CSV is the same rows for every log under one header, for a records system.
 * The columns v2 added come last, so a records system that reads the first twenty still can.
 */
import type { ScenarioFramework } from '../content/frameworkSchema';
import { decisionAreas } from '../content/decisionAreas';
import type { DecisionLog } from './logSchema';
import { closenessOf, type OfferedOptions } from './offeredOptions';

/** What the story adds to a log's rows: its framework areas, and the options offered (for closeness). */
export interface CsvStory {
  framework: ScenarioFramework | null;
  offered: OfferedOptions | null;
}

export function logToJson(log: DecisionLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Quotes a cell, and prefixes an apostrophe where a spreadsheet would read a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r\t']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'participant', 'scenario', 'story_version', 'seed', 'n', 'step', 'part', 'decision', 'choice', 'choice_text',
  'permanence', 'contact', 'disruption', 'stance', 'justification', 'ranking', 'rank_distance',
  'shown_at', 'chosen_at', 'reconsidered_at',
  'log_version', 'kind', 'areas', 'judged_permanence', 'judged_contact', 'judged_disruption', 'closeness', 'correct',
  'ranking_start', 'ranking_unchanged',
] as const;

/** A 0-1 figure to two places; booleans as yes/no; missing as an empty cell. */
const unit = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 100) / 100);
const yesNo = (x: boolean | null | undefined) => (x === null || x === undefined ? null : x ? 'yes' : 'no');

export function logCsvRows(log: DecisionLog, story: CsvStory | null = null): string[] {
  return log.entries.map((e, i) => [
    log.participant, log.scenario, log.storyVersion, log.seed, i + 1, e.step, e.part, e.decision, e.choice, e.text,
    e.deltas.permanence, e.deltas.contact, e.deltas.disruption, e.stance, e.justification,
    e.ranking ? e.ranking.order.join(' ') : null, e.ranking ? e.ranking.distance : null,
    e.shownAt, e.chosenAt, e.reconsideredAt,
    log.version, e.kind, e.decision ? decisionAreas(story?.framework, e.decision).map((a) => a.id).join(' ') || null : null,
    unit(e.judgement?.permanence), unit(e.judgement?.contact), unit(e.judgement?.disruption),
    e.reconsideredAt === null ? unit(closenessOf(e, story?.offered ?? null)) : null, yesNo(e.correct),
    e.ranking?.startOrder ? e.ranking.startOrder.join(' ') : null, yesNo(e.ranking?.unchanged),
  ].map(csvCell).join(','));
}

export function logToCsv(log: DecisionLog, story: CsvStory | null = null): string {
  return [CSV_COLUMNS.join(','), ...logCsvRows(log, story)].join('\r\n') + '\r\n';
}

/** Every log's rows under one header: the CSV of a group (each log with its own story, where known). */
export function logsToCsv(logs: readonly DecisionLog[], storyOf: (log: DecisionLog) => CsvStory | null = () => null): string {
  return [CSV_COLUMNS.join(','), ...logs.flatMap((log) => logCsvRows(log, storyOf(log)))].join('\r\n') + '\r\n';
}
