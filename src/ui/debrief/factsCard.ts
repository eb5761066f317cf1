/**
 * What was not in the worker's hands: the hidden facts the seed drew on this path, and where the
 * same decisions would have led had a fact fallen otherwise. Shown only once the ending is.
 */
import type { FactOutcome } from '../../engine/whatIfFacts';
import { el, uid } from '../dom';

export const SOUND_DECISIONS =
  'A sound decision can still be followed by a painful outcome for the child and family, and a weak one can turn out well: judge a decision by what was known, and what options were open, when it was made, not by how the case ended.';

export function factsCard(facts: readonly FactOutcome[]): HTMLElement {
  const section = el('section', undefined, 'card facts');
  const heading = el('h3', 'What was not in your hands');
  section.setAttribute('aria-labelledby', (heading.id = uid('facts')));
  section.append(heading, el('p', 'Some things in this case were settled by chance when you started, not by your decisions.'));
  const list = el('ul', undefined, 'fact-list');
  for (const f of facts) {
    const item = el('li');
    item.append(el('p', f.question, 'fact-question'), el('p', `This time: ${f.drawn}`, 'fact-drawn'));
    if (f.otherwise.length > 0) {
      const other = el('ul', undefined, 'fact-otherwise');
      for (const o of f.otherwise) other.append(el('li', `Had it been "${o.words}": ${otherwiseWords(o)}`));
      item.append(el('p', 'With the same decisions:', 'fact-lead'), other);
    }
    list.append(item);
  }
  section.append(list, el('p', SOUND_DECISIONS, 'sound-decisions'));
  return section;
}

function otherwiseWords(o: FactOutcome['otherwise'][number]): string {
  if (o.divergesAtStep !== null) return 'the case would have offered different options part of the way through, so your later choices do not carry over and where it would have ended cannot be said.';
  if (!o.ending) return 'the case would not have reached an ending by the point you stopped.';
  const timescale = o.ending.timescale === 'met' ? ' (within the child\'s timescale)' : o.ending.timescale === 'missed' ? ' (outside the child\'s timescale)' : '';
  return `${o.ending.outcome || o.ending.id}${timescale}`;
}
