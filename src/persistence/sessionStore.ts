/**
 * Autosave: one saved session per scenario in browser storage (localStorage, or any
 * object with the same methods, so Node tests need no browser). A full or missing
 * storage never stops play; a corrupt or foreign entry is reported and set aside,
 * never deleted and never allowed to crash the game.
 */
import * as v from 'valibot';
import type { SavedSession } from '../engine/playMachine';
import { SavedSessionSchema } from './savedSessionSchema';
import { describeIssue, issueField } from '../log/describeIssue';
import { claimInText, type TabClaim } from './tabClaim';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'permanence.session.';
const SET_ASIDE = 'permanence.set-aside.';

/** The storage key of a case's autosave (a `storage` event names it when another tab saves). */
export const sessionKey = (scenario: string): string => PREFIX + scenario;

/**
 * The save slot of a game: its case id, or `<case>.part-N` for a game started at part N's shared
 * starting point, so that such a game never overwrites the player's own continuing game.
 */
export function saveSlot(scenario: string, startPart = 1): string {
  return startPart > 1 ? `${scenario}.part-${startPart}` : scenario;
}
const slotOf = (log: SavedSession['log']): string => saveSlot(log.scenario, log.startPart ?? 1);

/** Something of ours in storage, as text, for exporting when the game cannot go on. */
export interface KeptEntry {
  key: string;
  scenario: string;
  kind: 'session' | 'set-aside';
  text: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: string };
export type LoadResult =
  | { kind: 'found'; saved: SavedSession }
  | { kind: 'none' }
  | { kind: 'set-aside'; reason: string; key: string; text: string };

/** True when the browser refused to store because its storage for the site is full. */
export function isQuotaError(err: unknown): boolean {
  return err instanceof DOMException && /quota/i.test(err.name + err.message);
}

export class SessionStore {
  constructor(private readonly storage: KeyValueStorage | null, private readonly now: () => Date = () => new Date()) {}

  /** Saves a case's session; with a tab's claim, written into the save so other tabs can tell who saved it. */
  save(saved: SavedSession, tab?: TabClaim): SaveResult {
    return this.write(PREFIX + slotOf(saved.log), tab ? { ...saved, tab } : saved);
  }

  /** Saves a tab's game beside the case's autosave, for a tab that another tab has overtaken. */
  saveAside(saved: SavedSession, tab: TabClaim): SaveResult {
    return this.write(`${SET_ASIDE}${saved.log.scenario}.${tab.since}.tab-${tab.id}`, { ...saved, tab });
  }

  /** Which tab last saved this case, if the save says. */
  storedClaim(scenario: string): TabClaim | null {
    try {
      return claimInText(this.storage?.getItem(PREFIX + scenario) ?? null);
    } catch {
      return null;
    }
  }

  /** Every autosave and set-aside entry, as stored: what can still be exported when all else fails. */
  kept(): KeptEntry[] {
    const out: KeptEntry[] = [];
    try {
      if (!this.storage) return out;
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        const kind = key?.startsWith(PREFIX) ? 'session' : key?.startsWith(SET_ASIDE) ? 'set-aside' : null;
        const text = key && kind ? this.storage.getItem(key) : null;
        if (key && kind && text !== null) out.push({ key, kind, text, scenario: key.slice((kind === 'session' ? PREFIX : SET_ASIDE).length).split('.')[0]! });
      }
    } catch {
      // A storage that fails part-way: what was read is still worth offering.
    }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  private write(key: string, value: unknown): SaveResult {
    if (!this.storage) return { ok: false, reason: 'This browser is not letting the game save (private browsing or storage switched off), so nothing you do here is kept on this device. You can go on playing: export your log before you close the tab.' };
    try {
      this.storage.setItem(key, JSON.stringify(value));
      return { ok: true };
    } catch (err) {
      const full = isQuotaError(err);
      return {
        ok: false,
        reason: full
          ? 'The browser\'s storage is full, so your latest decision was not saved on this device. Export your log now to keep it; you can go on playing.'
          : `Your progress could not be saved on this device (${(err as Error).message}). Export your log now to keep it; you can go on playing.`,
      };
    }
  }

  load(scenario: string): LoadResult {
    if (!this.storage) return { kind: 'none' };
    let text: string | null;
    try {
      text = this.storage.getItem(PREFIX + scenario);
    } catch {
      return { kind: 'none' };
    }
    if (text === null) return { kind: 'none' };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return this.setAside(scenario, text, 'the saved game is damaged (not readable as JSON)');
    }
    const result = v.safeParse(SavedSessionSchema, data);
    if (!result.success) return this.setAside(scenario, text, `the saved game is damaged (${issueField(result.issues[0], 'entry')} ${describeIssue(result.issues[0])})`);
    if (slotOf(result.output.log) !== scenario) return this.setAside(scenario, text, `the saved game belongs to another case (${result.output.log.scenario})`);
    return { kind: 'found', saved: result.output };
  }

  /**
   * Keeps a saved game that cannot be resumed (a story version this game does not keep, or
   * one that does not replay) aside, so that the new game never overwrites it: its own
   * set-aside entry, and the autosave removed when it is that same game. The key, or null
   * when the browser refused to store it.
   */
  keepAside(saved: SavedSession, reason: string): string | null {
    const key = `${SET_ASIDE}${saved.log.scenario}.${this.now().toISOString()}.cannot-resume`;
    try {
      if (!this.storage) return null;
      this.storage.setItem(key, JSON.stringify({ ...saved, setAside: reason }));
      const stored = this.load(slotOf(saved.log));
      if (stored.kind === 'found' && stored.saved.log.startedAt === saved.log.startedAt && stored.saved.log.seed === saved.log.seed) this.remove(slotOf(saved.log));
      return key;
    } catch {
      return null;
    }
  }

  /**
   * Puts a game kept aside back as its case's saved game, so it can be played on. The case's
   * current saved game, if any, is kept aside in its place: nothing is lost. Null when done;
   * otherwise what went wrong.
   */
  resumeKept(key: string): string | null {
    if (!this.storage) return 'This browser is not letting the game use its storage, so the game cannot be put back.';
    try {
      const text = this.storage.getItem(key);
      if (text === null || !key.startsWith(SET_ASIDE)) return 'That game is no longer kept in this browser.';
      const parsed = v.safeParse(SavedSessionSchema, JSON.parse(text));
      if (!parsed.success) return 'That game is not a whole saved game, so it cannot be played on: export its log instead.';
      const scenario = slotOf(parsed.output.log);
      const current = this.storage.getItem(PREFIX + scenario);
      if (current !== null) this.storage.setItem(`${SET_ASIDE}${scenario}.${this.now().toISOString()}.replaced`, withReason(current, 'it was the saved game when a game kept aside was put back in its place'));
      this.storage.setItem(PREFIX + scenario, JSON.stringify(parsed.output));
      this.storage.removeItem(key);
      return null;
    } catch (err) {
      return `The game could not be put back (${(err as Error).message}); it is still kept aside.`;
    }
  }

  remove(scenario: string): void {
    try {
      this.storage?.removeItem(PREFIX + scenario);
    } catch {
      // Nothing to do: a storage we cannot write to holds nothing of ours to remove.
    }
  }

  /** Scenario ids with a saved session. */
  list(): string[] {
    return [...new Set(this.kept().filter((e) => e.kind === 'session').map((e) => e.scenario))].sort();
  }

  /** Moves a bad entry out of the way, keeping its text so nothing is lost. */
  private setAside(scenario: string, text: string, reason: string): LoadResult {
    const key = `${SET_ASIDE}${scenario}.${this.now().toISOString()}`;
    try {
      this.storage?.setItem(key, text);
      this.storage?.removeItem(PREFIX + scenario);
    } catch {
      // Could not move it: leave it where it is; it is still reported and never used.
    }
    return { kind: 'set-aside', reason: `${reason}. It has been kept aside and a new game can start.`, key, text };
  }
}

/** A stored entry with the reason it was kept aside written into it, when it can be read; otherwise as it was. */
function withReason(text: string, reason: string): string {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? JSON.stringify({ ...data, setAside: reason }) : text;
  } catch {
    return text;
  }
}

/** An in-memory storage, for tests and for browsers that refuse localStorage. */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
