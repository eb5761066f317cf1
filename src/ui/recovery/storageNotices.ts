/**
 * What the player is told when storage lets them down in a way that has a remedy: a
 * damaged saved game (kept aside; they can download it) and another tab playing the same
 * case (this tab stops saving over it; they can export this tab's log), or "Delete everything"
 * run in another tab (this tab stops saving, so the deletion holds).
 */
import type { DecisionLog } from '../../log/logSchema';
import { button, el } from '../dom';
import { downloadLog, downloadText } from '../logActions';

export const OVERTAKEN =
  'This case has been opened in another tab or window, and that one now saves it in this browser. ' +
  'So that neither overwrites the other, this tab no longer saves there: you can go on playing here, and what you do is kept aside in this browser. ' +
  'Export this tab\'s log to keep its decisions.';

function notice(text: string, action: HTMLButtonElement, className: string): HTMLElement {
  const box = el('div', undefined, `notice ${className}`);
  const p = el('p', text);
  p.setAttribute('role', 'alert');
  box.append(p, action);
  return box;
}

export function overtakenNotice(log: () => DecisionLog | null): HTMLElement {
  return notice(OVERTAKEN, button('Export this tab\'s log', () => {
    const current = log();
    if (current) downloadLog(current);
  }, 'button small'), 'tab-overtaken');
}

export const DELETED_ELSEWHERE =
  'Everything this game kept in this browser was deleted from another tab or window. ' +
  'So that the deletion holds, this tab has stopped saving: you can go on playing here, but nothing more is kept on this device. ' +
  'Export this tab\'s log if you want to keep its decisions.';

export function deletedElsewhereNotice(log: () => DecisionLog | null): HTMLElement {
  return notice(DELETED_ELSEWHERE, button('Export this tab\'s log', () => {
    const current = log();
    if (current) downloadLog(current);
  }, 'button small'), 'deleted-elsewhere');
}

/** A saved game that cannot be resumed, kept aside: its log can be exported before anything new starts. */
export function cannotResumeNotice(message: string, log: DecisionLog): HTMLElement {
  return notice(message, button('Export the saved game\'s log', () => downloadLog(log), 'button small'), 'cannot-resume');
}

export function damagedSaveNotice(scenario: string, reason: string, text: string): HTMLElement {
  return notice(`Your saved game for this case could not be used: ${reason}`, button('Download the damaged save', () => {
    downloadText(`permanence-${scenario}-damaged-save.json`, text, 'application/json');
  }, 'button small'), 'damaged-save');
}
