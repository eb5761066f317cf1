/**
 * Ties the text boxes of one screen to the case's draft (persistence/draftStore.ts): what is
 * typed is written shortly after each keystroke, and at once when the page is hidden or
 * unloaded (a reload, a closed tab, a tab the browser discards), so nothing typed is lost.
 */
import type { DraftStore } from '../persistence/draftStore';

const QUIET_MS = 300;

export interface DraftBinder {
  /** The text kept for this field at this place, if any. */
  value: (name: string) => string | undefined;
  /** Keeps the field's text as it is typed. */
  bind: (field: HTMLTextAreaElement | HTMLInputElement, name: string) => void;
  /** Keeps a value that is not typed (a ranking's order). */
  keep: (name: string, text: string) => void;
  /** Writes what is waiting and stops listening: the screen is being replaced. */
  dispose: () => void;
}

export function draftBinder(store: DraftStore, scenario: string, place: string, saving: () => boolean): DraftBinder {
  const kept = store.fields(scenario, place);
  const waiting = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (saving()) for (const [name, text] of waiting) store.write(scenario, place, name, text);
    waiting.clear();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  const keep = (name: string, text: string) => {
    waiting.set(name, text);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, QUIET_MS);
  };
  return {
    value: (name) => kept[name],
    bind: (field, name) => {
      const text = kept[name];
      if (text !== undefined && field.value === '') {
        field.value = text;
        // Let the field's own listeners (its counter) see the restored text.
        field.dispatchEvent(new Event('input'));
      }
      field.addEventListener('input', () => keep(name, field.value));
    },
    keep,
    dispose: () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    },
  };
}
