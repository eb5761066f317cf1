/**
 * A screen whose code is loaded only when it is first needed (the debrief: its cards, chart and
 * CPD draft are not needed before the first choice, so they do not delay it). A line says what
 * is happening until it arrives; a failure to load says what to do and loses nothing.
 */
import { el } from '../dom';
import type { BuiltScreen } from './screenTypes';

export function deferredScreen(waiting: string, load: () => Promise<() => BuiltScreen>): BuiltScreen {
  const holder = el('div', undefined, 'deferred-screen');
  const status = el('p', waiting, 'card status-line');
  status.setAttribute('role', 'status');
  holder.append(status);
  let disposed = false;
  let built: BuiltScreen | null = null;
  load().then(
    (make) => {
      if (disposed) return;
      built = make();
      holder.replaceChildren(built.node);
      built.focus?.focus();
    },
    (err: unknown) => {
      if (disposed) return;
      console.error(err);
      status.setAttribute('role', 'alert');
      status.textContent = 'This screen could not be loaded. Reload the page: your game is saved on this device and opens here again.';
    },
  );
  return {
    node: holder,
    focus: null,
    showPassage: false,
    dispose: () => {
      disposed = true;
      built?.dispose?.();
    },
  };
}
