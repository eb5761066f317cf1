/**
 * Autosave: one saved session per scenario in browser storage (localStorage, or any
 * object with the same methods, so Node tests need no browser). A full or missing
 * storage never stops play; a corrupt or foreign entry is reported and set aside,
 * never deleted and never allowed to crash the game.
 */
import * as v from 'valibot';
import type { SavedSession } from '../engine/playMachine';
import { SavedSessionSchema } from './savedSessionSchema';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'permanence.session.';
const SET_ASIDE = 'permanence.set-aside.';

export type SaveResult = { ok: true } | { ok: false; reason: string };
export type LoadResult =
  | { kind: 'found'; saved: SavedSession }
  | { kind: 'none' }
  | { kind: 'set-aside'; reason: string; key: string };

export class SessionStore {
  constructor(private readonly storage: KeyValueStorage | null, private readonly now: () => Date = () => new Date()) {}

  save(saved: SavedSession): SaveResult {
    if (!this.storage) return { ok: false, reason: 'This browser is not letting the game save (private browsing or storage switched off). Keep the tab open, or export your log before you close it.' };
    try {
      this.storage.setItem(PREFIX + saved.log.scenario, JSON.stringify(saved));
      return { ok: true };
    } catch (err) {
      const full = err instanceof DOMException && /quota/i.test(err.name + err.message);
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
    if (!result.success) return this.setAside(scenario, text, `the saved game is damaged (${v.getDotPath(result.issues[0]) ?? 'entry'} ${result.issues[0].message})`);
    if (result.output.log.scenario !== scenario) return this.setAside(scenario, text, `the saved game belongs to another case (${result.output.log.scenario})`);
    return { kind: 'found', saved: result.output };
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
    const ids: string[] = [];
    if (!this.storage) return ids;
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
    return ids.sort();
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
    return { kind: 'set-aside', reason: `${reason}. It has been kept aside and a new game can start.`, key };
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
