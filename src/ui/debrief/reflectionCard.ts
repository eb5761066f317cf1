/**
 * "Your reflection": what the player wrote at the case's reflection points, with the question
 * each answered. Shown as text, never scored.
 */
import type { DebriefReflection } from '../../engine/debrief';
import { el, uid } from '../dom';

export function reflectionCard(reflections: readonly DebriefReflection[]): HTMLElement {
  const section = el('section', undefined, 'card reflections');
  const heading = el('h3', 'Your reflection');
  section.setAttribute('aria-labelledby', (heading.id = uid('reflection')));
  section.append(heading);
  for (const r of reflections) {
    const item = el('div', undefined, 'reflection-item');
    item.dataset.reflection = r.id;
    if (r.prompt) item.append(el('p', r.prompt, 'option-name'));
    item.append(el('p', r.text, 'participant-text'));
    section.append(item);
  }
  return section;
}
