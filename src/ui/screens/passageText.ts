/** The story text on screen: every line of the passage from screen.from to screen.to that has words. */
import type { SessionView } from '../../engine/session';
import { parsePart } from '../../story/tagContract';
import { el, focusableHeading } from '../dom';

export function partTitle(part: string | null): string | null {
  if (!part) return null;
  const p = parsePart(part);
  return p.number > 0 ? `Part ${p.number}: ${p.name}` : p.name;
}

/** Fills `container` (a polite live region that stays in the page) and returns its heading, for focus. */
export function renderPassage(container: HTMLElement, view: SessionView, caseTitle: string): HTMLHeadingElement {
  // Text before the first part (a prologue) has no part name of its own.
  const heading = focusableHeading('h2', partTitle(view.part) ?? `${caseTitle}: introduction`, 'passage-heading');
  const body = el('div', undefined, 'passage-body');
  for (const line of view.passage.lines.slice(view.screen.from, view.screen.to)) {
    if (line.text !== '') body.append(el('p', line.text));
  }
  container.replaceChildren(heading, body);
  return heading;
}
