/**
 * Text typed but not yet sent (written reasons, a ranking's order and reasons, balance-sheet
 * boxes, the pseudonym), kept in browser storage as it is typed so a reload, a closed tab or a
 * discarded one loses none of it. One draft per case (`permanence.draft.<case>`), tied to the
 * place in the game it was typed at: a draft for another place is never shown, and is cleared
 * once the game has moved on.
 */
import * as v from 'valibot';
import type { KeyValueStorage } from './sessionStore';

const PREFIX = 'permanence.draft.';

/** Far above any field's limit (a draft may run over it until the player shortens it), far below a storage quota. */
const MAX_FIELD = 200_000;

const DraftSchema = v.object({
  place: v.pipe(v.string(), v.maxLength(200)),
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(v.string(), v.maxLength(MAX_FIELD))),
    v.check((r) => Object.keys(r).length <= 200, 'has too many fields'),
  ),
});

export type Draft = v.InferOutput<typeof DraftSchema>;

export const draftKey = (scenario: string): string => PREFIX + scenario;

/**
 * Where a draft belongs: before the case starts, or a game (by when it started) after its n-th
 * logged choice. Reasons name their option in the field (`reasons:2`), so choosing a different
 * option and coming back finds them again.
 */
export function draftPlace(game: { startedAt: string; steps: number } | null): string {
  return game === null ? 'briefing' : `${game.startedAt}#${game.steps}`;
}

export class DraftStore {
  constructor(private readonly storage: KeyValueStorage | null) {}

  /** The draft stored for a case, whatever its place; null if none or unreadable. */
  stored(scenario: string): Draft | null {
    try {
      const text = this.storage?.getItem(draftKey(scenario)) ?? null;
      if (text === null) return null;
      const parsed = v.safeParse(DraftSchema, JSON.parse(text));
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  }

  /** The fields typed at this place, or nothing. */
  fields(scenario: string, place: string): Record<string, string> {
    const draft = this.stored(scenario);
    return draft && draft.place === place ? draft.fields : {};
  }

  /** Keeps one field's text at a place (a draft of another place is replaced). False if the browser refused. */
  write(scenario: string, place: string, field: string, text: string): boolean {
    if (!this.storage) return false;
    const draft = this.stored(scenario);
    const fields = draft && draft.place === place ? { ...draft.fields } : {};
    if (text === '') delete fields[field];
    else fields[field] = text.slice(0, MAX_FIELD);
    try {
      if (Object.keys(fields).length === 0) this.storage.removeItem(draftKey(scenario));
      else this.storage.setItem(draftKey(scenario), JSON.stringify({ place, fields }));
      return true;
    } catch {
      return false;
    }
  }

  /** Clears a case's draft unless it belongs to `place`. */
  clearOtherThan(scenario: string, place: string): void {
    const draft = this.stored(scenario);
    if (draft && draft.place !== place) this.clear(scenario);
    else if (!draft) {
      // An unreadable draft is not worth keeping: it can never be shown.
      try {
        if (this.storage?.getItem(draftKey(scenario)) !== null) this.clear(scenario);
      } catch {
        // Nothing to clear in a storage that cannot be read.
      }
    }
  }

  clear(scenario: string): void {
    try {
      this.storage?.removeItem(draftKey(scenario));
    } catch {
      // A storage we cannot write to holds no draft of ours.
    }
  }
}
