/**
 * Exports of a decision log: JSON (re-importable) and CSV (one row per choice, safe to
 * open in a spreadsheet: cells that a spreadsheet would run as a formula are neutralised).
 * A group's CSV is the same rows for every log under one header, for a records system.
 */
import type { DecisionLog } from './logSchema';

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
] as const;

export function logCsvRows(log: DecisionLog): string[] {
  return log.entries.map((e, i) => [
    log.participant, log.scenario, log.storyVersion, log.seed, i + 1, e.step, e.part, e.decision, e.choice, e.text,
    e.deltas.permanence, e.deltas.contact, e.deltas.disruption, e.stance, e.justification,
    e.ranking ? e.ranking.order.join(' ') : null, e.ranking ? e.ranking.distance : null,
    e.shownAt, e.chosenAt, e.reconsideredAt,
  ].map(csvCell).join(','));
}

export function logToCsv(log: DecisionLog): string {
  return [CSV_COLUMNS.join(','), ...logCsvRows(log)].join('\r\n') + '\r\n';
}

/** Every log's rows under one header: the CSV of a group. */
export function logsToCsv(logs: readonly DecisionLog[]): string {
  return [CSV_COLUMNS.join(','), ...logs.flatMap(logCsvRows)].join('\r\n') + '\r\n';
}
