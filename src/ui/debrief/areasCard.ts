/**
 * The areas of the practice framework (the DfE knowledge and skills statement for achieving
 * permanence) that the decisions exercised, and how the participant decided in each.
 */
import type { Debrief } from '../../engine/debrief';
import { el, uid } from '../dom';

export function areasCard(debrief: Debrief): HTMLElement {
  const section = el('section', undefined, 'card areas');
  const heading = el('h3', 'Areas of practice');
  section.setAttribute('aria-labelledby', (heading.id = uid('areas')));
  section.append(heading);
  const framework = debrief.framework!;
  section.append(
    el('p', `Your decisions, by the areas of the ${framework.title} they exercise. A decision can exercise more than one area. Scores weight permanence, family time and disruption risk equally; that is a simplification to argue with.`),
    el('p', framework.status, 'meta'),
  );
  const list = el('dl', undefined, 'area-list');
  for (const a of debrief.areas) {
    const n = a.decisions === 1 ? '1 decision' : `${a.decisions} decisions`;
    const best = a.best === a.decisions
      ? `${n}; you took the option that scored highest across the three dimensions at ${a.decisions === 1 ? 'it' : `all ${a.decisions}`}.`
      : `${n}; you took the option that scored highest across the three dimensions at ${a.best} of ${a.decisions}.`;
    const closeness = a.meanCloseness === null || a.best === a.decisions ? '' : ` On average your choices scored ${Math.round(a.meanCloseness * 100)}, where 0 is the option scored weakest and 100 the strongest.`;
    list.append(el('dt', a.title), el('dd', best + closeness));
  }
  section.append(list);
  return section;
}
