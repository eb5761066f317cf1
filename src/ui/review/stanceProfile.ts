/**
 * The participant's stance profile: the restorative practice window with the number of
 * their decisions that took each stance, worded for the assessor reading about someone else.
 */
import type { Stance } from '../../story/tagContract';
import { el, uid } from '../dom';
import '../debrief/debrief.css';

const QUADRANTS: Record<Stance, { name: string; words: string }> = {
  to: { name: 'TO', words: 'doing to: high control, low support' },
  with: { name: 'WITH', words: 'working with: high control, high support' },
  not: { name: 'NOT', words: 'not engaging: low control, low support' },
  for: { name: 'FOR', words: 'doing for: low control, high support' },
};

export function stanceProfile(stances: Record<Stance, number>, decisions: number): HTMLElement {
  const section = el('section', undefined, 'card review-stance');
  const heading = el('h2', 'Stance profile');
  section.setAttribute('aria-labelledby', (heading.id = uid('stance')));
  section.append(heading, el('p', 'The restorative practice window: control and challenge against support and nurture. Working WITH a family, high on both, is the stance restorative practice aims for.'));
  const table = el('table', undefined, 'stance-grid');
  table.append(el('caption', `How many of the participant's ${decisions} decisions took each stance`));
  const th = (text: string, scope: 'col' | 'row', className?: string) => {
    const cell = el('th', text, className);
    cell.scope = scope;
    return cell;
  };
  const head = el('tr');
  head.append(th('Control / challenge ↓, support / nurture →', 'col', 'corner'), th('Low support / nurture', 'col'), th('High support / nurture', 'col'));
  const row = (label: string, a: Stance, b: Stance) => {
    const tr = el('tr');
    tr.append(th(label, 'row'), quadrant(a, stances[a]), quadrant(b, stances[b]));
    return tr;
  };
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  body.append(row('High control / challenge', 'to', 'with'), row('Low control / challenge', 'not', 'for'));
  table.append(thead, body);
  section.append(table);
  const counted = Object.values(stances).reduce((a, b) => a + b, 0);
  if (counted < decisions) section.append(el('p', `${decisions - counted} of the decisions had no stance in the story.`, 'meta'));
  return section;
}

function quadrant(stance: Stance, count: number): HTMLTableCellElement {
  const q = QUADRANTS[stance];
  const cell = el('td', undefined, `quadrant${count > 0 ? ' taken' : ''}`);
  const tally = el('span', undefined, 'stance-tally');
  tally.append(el('span', String(count), 'stance-count'), count === 1 ? ' decision' : ' decisions');
  cell.append(el('span', q.name, 'stance-name'), el('span', q.words, 'stance-words'), tally);
  return cell;
}
