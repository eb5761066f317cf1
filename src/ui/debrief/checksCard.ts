/**
 * "Checks": the exercises with a right answer, apart from the decisions. They do not move the
 * three scores or the stance window.
 */
import type { Debrief } from '../../engine/debrief';
import { el, uid } from '../dom';

export function checksCard(debrief: Debrief): HTMLElement {
  const { correct, of } = debrief.checks;
  const section = el('section', undefined, 'card checks');
  const heading = el('h3', `Checks: ${correct} of ${of}`);
  section.setAttribute('aria-labelledby', (heading.id = uid('checks')));
  section.append(heading, el('p', 'Exercises with a right answer. They are not decisions: they do not count towards your scores or your stance.'));
  const list = el('ol', undefined, 'check-list');
  for (const a of debrief.activities) {
    const item = el('li', undefined, a.correct ? 'check right' : 'check');
    item.append(el('p', a.prompt ?? 'Check', 'option-name'));
    item.append(el('p', `Your answer: ${a.chosen.text} (${a.correct ? 'right' : 'not the answer the case looks for'})`));
    const right = a.options.filter((o) => o.correct);
    if (!a.correct && right.length > 0) item.append(el('p', `The right answer: ${right.map((o) => o.text).join('; or ')}`));
    if (a.chosen.why) item.append(el('p', a.chosen.why, 'check-why'));
    for (const o of right) if (!a.correct && o.why) item.append(el('p', o.why, 'check-why'));
    list.append(item);
  }
  section.append(list);
  return section;
}
