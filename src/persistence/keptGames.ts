/**
 * The games this browser keeps, read for people: each autosave and each game kept aside
 * (a save that could not be resumed, a damaged one, a tab that another tab overtook), with
 * when and why it was kept, its log where one can be read, and whether it can be resumed.
 */
import * as v from 'valibot';
import type { DecisionLog } from '../log/logSchema';
import { importLogData } from '../log/importLog';
import { SavedSessionSchema } from './savedSessionSchema';
import type { KeptEntry } from './sessionStore';

export interface KeptGame {
  key: string;
  scenario: string;
  kind: KeptEntry['kind'];
  /** When it was kept aside (from its key), if the key says. */
  when: string | null;
  /** Why it was kept aside, in words, for a game kept aside. */
  reason: string | null;
  /** Its decision log, or null when the entry is too damaged to read one. */
  log: DecisionLog | null;
  /** A whole saved game, which can be put back to play on. */
  resumable: boolean;
  /** The entry as stored, for a download when no log can be read. */
  text: string;
}

const WHEN = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/;

function reasonOf(entry: KeptEntry, data: unknown): string | null {
  if (entry.kind === 'session') return null;
  const said = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).setAside : undefined;
  if (typeof said === 'string' && said.trim()) return said.trim();
  if (/\.tab-[^.]+$/.test(entry.key)) return 'the case was opened in another tab, which then saved it, so this tab kept its own game aside';
  return 'the saved game was damaged and could not be read';
}

export function keptGames(entries: readonly KeptEntry[]): KeptGame[] {
  return entries.map((entry) => {
    let data: unknown = null;
    try {
      data = JSON.parse(entry.text);
    } catch {
      // A damaged entry: it is still listed, and can be downloaded as it is.
    }
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const imported = record.log === undefined ? null : importLogData(record.log);
    return {
      key: entry.key,
      scenario: entry.scenario,
      kind: entry.kind,
      when: entry.kind === 'set-aside' ? (WHEN.exec(entry.key)?.[0] ?? null) : null,
      reason: reasonOf(entry, data),
      log: imported?.ok ? imported.log : null,
      resumable: v.is(SavedSessionSchema, data),
      text: entry.text,
    };
  });
}
