/**
 * The group's routes as a flow from decision to decision: where the group agreed, where it
 * split, and where each option led (the next decision, an ending, or the point where
 * participants stopped playing).
 */
import { AGREED_PERCENT, type Destination } from '../../plenary/pathFlow';
import { el, focusableHeading } from '../dom';
import type { PlenaryView, ViewContext } from './viewTypes';

export function pathsView(ctx: ViewContext): PlenaryView {
  const { flow, splits } = ctx.analysis;
  const section = el('section', undefined, 'paths');
  const heading = focusableHeading('h2', 'Paths', 'plenary-view-heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);
  const number = new Map(splits.map((s, i) => [s.context.id, i + 1]));
  const name = (to: Destination): string => {
    if (to.kind === 'stopped') return 'stopped playing here';
    if (to.kind === 'ending') return `ending: ${to.id}`;
    return `decision ${number.get(to.id) ?? '?'} (${to.id})`;
  };
  if (flow.participants === 0) {
    section.append(el('p', 'No paths yet: load the group\'s logs or codes above.'));
    return { element: section };
  }
  const older = ctx.analysis.participants.length - flow.participants;
  section.append(el('p', `${flow.participants} play-throughs on this version of the story${older ? `; ${older} from an older version are counted in the decision walk only` : ''}. A decision is marked agreed when at least ${AGREED_PERCENT}% chose the same option.`, 'plenary-note'));

  const list = el('ol', undefined, 'flow');
  for (const step of flow.steps) {
    const item = el('li', undefined, 'flow-step');
    item.dataset.agreed = String(step.agreed);
    item.dataset.decision = step.decision;
    item.append(el('h3', `Decision ${number.get(step.decision) ?? '?'}: ${step.decision}`));
    if (step.prompt) item.append(el('p', step.prompt, 'plenary-note'));
    const top = [...step.options].sort((a, b) => b.count - a.count)[0];
    item.append(el('p', step.agreed && top ? `Agreed: ${top.percent}% chose "${top.text}".` : `Split: ${step.reached} reached it and no option had ${AGREED_PERCENT}%.`, 'flow-agreement'));
    const options = el('ul', undefined, 'flow-options');
    for (const o of step.options) {
      if (o.count === 0) continue;
      const li = el('li');
      li.append(el('span', `${o.text}: ${o.count} of ${step.reached} (${o.percent}%)`));
      const next = el('ul', undefined, 'flow-next');
      next.setAttribute('aria-label', 'then went to');
      for (const link of o.next) next.append(el('li', `${name(link.to)}: ${link.count}`));
      li.append(next);
      options.append(li);
    }
    item.append(options);
    list.append(item);
  }
  section.append(list);
  if (flow.endings.length) {
    section.append(el('h3', 'Endings reached'));
    const endings = el('ul');
    for (const e of flow.endings) endings.append(el('li', `${e.id}: ${e.count} of ${flow.participants}`));
    section.append(endings);
  }
  return { element: section };
}
