/**
 * The case chronology as a table: when, what happened, and who recorded it. The roles are
 * spelt out because narrow screens restyle the rows, and browsers drop a table's meaning
 * when its display changes.
 */
import type { CaseFile } from '../../content/caseFileSchema';
import { el } from '../dom';

export function chronologyTable(chronology: CaseFile['chronology']): HTMLElement {
  if (chronology.length === 0) return el('p', 'The chronology is empty.');
  const table = el('table', undefined, 'chronology');
  table.setAttribute('role', 'table');
  table.append(el('caption', 'Events before the case was allocated to you, oldest first', 'visually-hidden'));
  const head = el('tr');
  for (const h of ['When', 'Event', 'Source']) {
    const th = el('th', h);
    th.scope = 'col';
    th.setAttribute('role', 'columnheader');
    head.append(th);
  }
  head.setAttribute('role', 'row');
  const thead = table.createTHead();
  thead.setAttribute('role', 'rowgroup');
  thead.append(head);
  const body = table.createTBody();
  body.setAttribute('role', 'rowgroup');
  for (const entry of chronology) {
    const row = el('tr');
    row.setAttribute('role', 'row');
    const when = el('th', entry.when);
    when.scope = 'row';
    when.setAttribute('role', 'rowheader');
    const event = el('td', entry.event, 'event');
    const source = el('td', entry.source ?? '', 'source');
    for (const cell of [event, source]) cell.setAttribute('role', 'cell');
    row.append(when, event, source);
    body.append(row);
  }
  return table;
}
