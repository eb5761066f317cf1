/**
 * "How it ended", in the story's words: the outcome, and the legal, relational and cultural
 * permanence the child has, and whether it came in the child's timescale. Only what the ending
 * says: a line the story does not give is left out. No score or band sits beside it.
 */
import type { EndingInfo } from '../../story/walk';
import { el, uid } from '../dom';

export const NOT_A_VERDICT =
  'How the case ended is not a verdict on your decisions. Judge each decision by what was known, and what options were open, when it was made.';

const TIMESCALE = {
  met: 'Permanence came within the child\'s timescale.',
  missed: 'Permanence did not come within the child\'s timescale.',
} as const;

export function endingCard(ending: EndingInfo | null): HTMLElement {
  const section = el('section', undefined, 'card outcome');
  const heading = el('h3', 'How it ended');
  section.setAttribute('aria-labelledby', (heading.id = uid('ending')));
  section.append(heading);
  if (!ending) {
    section.append(el('p', 'The case has not reached an ending on this path yet.'));
    return section;
  }
  section.append(el('p', ending.outcome || 'The case has ended.', 'outcome-words'));
  const rows: [string, string][] = [];
  if (ending.legal) rows.push(['Legal permanence', ending.legal]);
  if (ending.relational) rows.push(['Relational permanence', ending.relational]);
  if (ending.cultural) rows.push(['Cultural permanence', ending.cultural]);
  if (ending.timescale) rows.push(['The child\'s timescale', TIMESCALE[ending.timescale]]);
  if (rows.length > 0) {
    const list = el('dl', undefined, 'permanence-list');
    for (const [term, words] of rows) list.append(el('dt', term), el('dd', words));
    section.append(list);
  }
  section.append(el('p', NOT_A_VERDICT, 'not-a-verdict'));
  return section;
}
