/**
 * Catches what nothing else caught (window errors, rejected promises no one handled, and
 * errors the play session reports while drawing) and shows the recovery screen in place
 * of whatever was on screen. The log is read before the broken screen is taken down.
 */
import { recoveryScreen, type RecoverySources } from './recoveryScreen';

export interface RecoveryOptions extends RecoverySources {
  /** Where the screen goes (the page's main element). */
  root: HTMLElement;
  /** Takes down what was running (the play session or a mode), once its log has been read. */
  stopAll: () => void;
}

// Browsers report a ResizeObserver that could not deliver every change in one frame as an error; it is harmless.
const HARMLESS = /ResizeObserver loop/;

let show: ((error: unknown) => void) | null = null;

/** Shows the recovery screen for an error caught elsewhere (a screen that failed to draw). */
export function reportUnexpected(error: unknown): void {
  if (show) show(error);
  else queueMicrotask(() => { throw error; });
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(1, 4).join('\n')}` : ''}`;
  return String(error);
}

export function installRecovery(options: RecoveryOptions): void {
  let addDetail: ((d: string) => void) | null = null;
  show = (error) => {
    const detail = describe(error);
    if (HARMLESS.test(detail)) return;
    console.error(error);
    if (addDetail) {
      addDetail(detail);
      return;
    }
    const screen = recoveryScreen(options, [detail], () => location.reload(), () => {
      history.replaceState(null, '', location.pathname + location.search);
      location.reload();
    });
    addDetail = screen.addDetail;
    try {
      options.stopAll();
    } catch (stopError) {
      addDetail(describe(stopError));
    }
    for (const child of Array.from(options.root.children)) if (child instanceof HTMLElement) child.hidden = true;
    const holder = document.createElement('div');
    holder.id = 'recovery';
    holder.append(screen.node);
    options.root.append(holder);
    screen.focus.focus();
  };
  window.addEventListener('error', (event) => show?.(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show?.(event.reason));
}
