/**
 * "Your stance": the restorative practice window (the social discipline window) as a real
 * table, control and challenge down the side, support and nurture along the top, with the
 * number of the participant's decisions that took each stance written in its quadrant.
 */
import type { Stance } from '../../story/tagContract';
import { el, headerCell, uid } from '../dom';

const QUADRANTS: Record<Stance, { name: string; words: string }> = {
  to: { name: 'TO', words: 'doing to: high control, low support' },
  with: { name: 'WITH', words: 'working with: high control, high support' },
  not: { name: 'NOT', words: 'not engaging: low control, low support' },
  for: { name: 'FOR', words: 'doing for: low control, high support' },
};

export function stanceWindow(stances: Record<Stance, number>, decisions: number): HTMLElement {
  const section = el('section', undefined, 'card stance-window');
  const heading = el('h3', 'Your stance');
  section.setAttribute('aria-labelledby', (heading.id = uid('stance')));
  section.append(heading, el('p', 'The restorative practice window sets control and challenge against support and nurture. Working WITH a family, high on both, is the stance restorative practice aims for; the other quadrants are worth a second look, not a mark against you.'));

  const counted = Object.values(stances).reduce((a, b) => a + b, 0);
  const table = stanceTable(stances, `How many of your ${decisions} decisions took each stance`);
  section.append(table);
  if (counted < decisions) section.append(el('p', `${decisions - counted} of your decisions had no stance in the story.`, 'meta'));
  return section;
}

/** The window itself: a real table, control and challenge down the side, support and nurture along the top. */
export function stanceTable(stances: Record<Stance, number>, caption: string): HTMLTableElement {
  const table = el('table', undefined, 'stance-grid');
  table.append(el('caption', caption));
  const th = headerCell;
  const head = el('tr');
  head.append(th('Control / challenge ↓, support / nurture →', 'col', 'corner'), th('Low support / nurture', 'col'), th('High support / nurture', 'col'));
  const row = (label: string, a: Stance, b: Stance) => {
    const tr = el('tr');
    tr.append(th(label, 'row'), quadrant(a, stances[a]), quadrant(b, stances[b]));
    return tr;
  };
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  table.tBodies[0]!.append(row('High control / challenge', 'to', 'with'), row('Low control / challenge', 'not', 'for'));
  return table;
}

function quadrant(stance: Stance, count: number): HTMLTableCellElement {
  const q = QUADRANTS[stance];
  const cell = el('td', undefined, `quadrant quadrant-${stance}${count > 0 ? ' taken' : ''}`);
  cell.dataset.stance = stance;
  const figure = el('span', String(count), 'stance-count');
  const countLine = el('span', undefined, 'stance-tally');
  countLine.append(figure, count === 1 ? ' decision' : ' decisions');
  cell.append(el('span', q.name, 'stance-name'), el('span', q.words, 'stance-words'), countLine);
  return cell;
}
