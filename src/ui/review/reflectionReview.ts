/**
 * The participant's reflections in the review: the question the story asked and what they
 * wrote, as text. Never scored, so nothing here is marked against the rubric.
 */
import type { ReviewModel } from '../../review/reviewModel';
import { el, uid } from '../dom';
import { partTitle } from '../screens/passageText';

export function reflectionReview(model: ReviewModel): HTMLElement {
  const box = el('section', undefined, 'card review-reflections');
  const heading = el('h2', 'The participant\'s reflection');
  box.setAttribute('aria-labelledby', (heading.id = uid('reflections')));
  box.append(heading, el('p', 'Written by the participant at the case\'s reflection points. Not scored, and not a decision.', 'hint'));
  for (const r of model.reflections) {
    const item = el('div', undefined, 'review-reflection');
    item.dataset.reflection = r.id;
    const where = partTitle(r.part);
    item.append(el('p', `${where ? `${where}: ` : ''}${r.prompt ?? `Reflection ${r.id} (the question could not be read from the story)`}`, 'option-name'));
    item.append(el('p', r.text, 'participant-text'));
    for (const text of r.earlier) item.append(el('p', 'Written first, then taken back:', 'hint'), el('p', text, 'participant-text'));
    if (r.checked !== 'replayed') item.append(el('p', 'Shown as the log records it: not checked against the story.', 'hint'));
    box.append(item);
  }
  return box;
}
