/** The end of a part: a pause to reflect, then on to the next part or stop and come back later. */
import { partTagOf } from '../../story/tagContract';
import { parsePart } from '../../story/tagContract';
import { button, el, focusableHeading, uid } from '../dom';
import { partTitle } from './passageText';
import type { BuiltScreen, ScreenContext } from './screenTypes';

export function checkpointScreen(ctx: ScreenContext): BuiltScreen {
  const view = ctx.snapshot().context.view!;
  const ending = parsePart(view.part ?? '');
  const nextLine = view.passage.lines[view.screen.to];
  const nextTag = nextLine ? partTagOf(nextLine) : null;
  const next = nextTag ? parsePart(nextTag) : null;

  const section = el('section', undefined, 'card checkpoint');
  const heading = focusableHeading('h2', ending.number > 0 ? `End of part ${ending.number}` : 'End of this part');
  section.setAttribute('aria-labelledby', (heading.id = uid('checkpoint')));
  section.append(heading);
  section.append(el('p', partTitle(view.part), 'part-name'));
  section.append(el('p', 'Before you go on, take a moment. Which decision in this part was hardest, and what would you want to talk through in supervision? Your progress is saved: you can stop here and come back later.', 'reflection'));
  const actions = el('div', undefined, 'actions');
  const goLabel = next && next.number > 0 ? `Go on to part ${next.number}: ${next.name}` : 'Go on to the next part';
  actions.append(
    button(goLabel, () => ctx.send({ type: 'NEXT_PART' }), 'button primary'),
    button('Stop here and come back later', ctx.leave, 'button secondary'),
  );
  section.append(actions);
  return { node: section, focus: heading, showPassage: false };
}
