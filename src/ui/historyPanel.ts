/** "What has happened": everything shown before the current screen, in a scrollable region that the keyboard can reach. */
import type { TranscriptItem } from '../engine/session';
import { el } from './dom';
import { partTitle } from './screens/passageText';

export function historyPanel(): { node: HTMLDetailsElement; update: (items: readonly TranscriptItem[]) => void } {
  const node = el('details', undefined, 'history no-print');
  const summary = el('summary', 'What has happened so far');
  const region = el('div', undefined, 'history-list');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'What has happened so far');
  // Scrollable, so it must take focus for keyboard scrolling.
  region.tabIndex = 0;
  node.append(summary, region);
  const update = (items: readonly TranscriptItem[]): void => {
    region.replaceChildren();
    if (items.length === 0) region.append(el('p', 'Nothing yet: the case has just begun.'));
    for (const item of items) {
      if (item.kind === 'part') region.append(el('h3', partTitle(item.text) ?? 'A new part'));
      else if (item.kind === 'choice') region.append(el('p', `You chose: ${item.text}`, 'history-choice'));
      else region.append(el('p', item.text));
    }
    const choices = items.filter((i) => i.kind === 'choice').length;
    summary.textContent = `What has happened so far (${choices} ${choices === 1 ? 'choice' : 'choices'})`;
  };
  return { node, update };
}
