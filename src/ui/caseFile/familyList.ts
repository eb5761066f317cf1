/** The genogram as text: each family member with their relation to the child and where they live. */
import type { CaseFile } from '../../content/caseFileSchema';
import { el } from '../dom';

type Person = CaseFile['people'][number];

export function personList(people: readonly Person[], caseFile: CaseFile): HTMLUListElement {
  const list = el('ul', undefined, 'people-list');
  const names = new Map(caseFile.people.map((p) => [p.id, p.name]));
  for (const p of people) {
    const item = el('li');
    const details = [p.relation, p.born ? `born ${p.born}` : null, p.deceased ? 'died' : null].filter(Boolean).join(', ');
    item.append(el('strong', p.name), document.createTextNode(`: ${details}.`));
    const parents = (p.parents ?? []).map((id) => names.get(id)).filter(Boolean);
    if (parents.length > 0) item.append(document.createTextNode(` Child of ${parents.join(' and ')}.`));
    const partners = (caseFile.partners ?? []).filter((pair) => pair.a === p.id || pair.b === p.id);
    for (const pair of partners) item.append(document.createTextNode(` Partner of ${names.get(pair.a === p.id ? pair.b : pair.a)} (${pair.status}).`));
    if (p.household) item.append(document.createTextNode(` Lives: ${p.household}.`));
    list.append(item);
  }
  return list;
}
