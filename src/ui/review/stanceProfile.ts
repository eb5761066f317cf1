/**
 * The participant's stance profile: the restorative practice window with the number of
 * their decisions that took each stance, worded for the assessor reading about someone else.
 */
import type { Stance } from '../../story/tagContract';
import { el, uid } from '../dom';
import { stanceTable } from '../debrief/stanceWindow';
import '../debrief/debrief.css';

export function stanceProfile(stances: Record<Stance, number>, decisions: number): HTMLElement {
  const section = el('section', undefined, 'card review-stance');
  const heading = el('h2', 'Stance profile');
  section.setAttribute('aria-labelledby', (heading.id = uid('stance')));
  section.append(heading, el('p', 'The restorative practice window: control and challenge against support and nurture. Working WITH a family, high on both, is the stance restorative practice aims for.'));
  const table = stanceTable(stances, `How many of the participant's ${decisions} decisions took each stance`);
  section.append(table);
  const counted = Object.values(stances).reduce((a, b) => a + b, 0);
  if (counted < decisions) section.append(el('p', `${decisions - counted} of the decisions had no stance in the story.`, 'meta'));
  return section;
}
