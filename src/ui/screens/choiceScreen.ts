/** A choice point: every option as a real button, numbered so keys 1-9 pick it. */
import type { ChoiceView } from '../../story/StoryRunner';
import { el, focusableHeading, uid } from '../dom';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';

export function choiceScreen(ctx: ScreenContext): BuiltScreen {
  const view = ctx.snapshot().context.view!;
  const section = el('section', undefined, 'card choices');
  const heading = focusableHeading('h2', view.passage.meta.decision ? 'What do you do?' : 'Choose how to go on');
  section.setAttribute('aria-labelledby', (heading.id = uid('choices')));
  section.append(heading);
  if (view.passage.meta.prompt) section.append(el('p', `To think about: ${view.passage.meta.prompt}`, 'prompt'));
  const message = messageSlot();
  section.append(message);
  const buttons = optionButtons(view.passage.choices, view.passage.meta.justify, (c) => ctx.send({ type: 'CHOOSE', index: c.index }));
  section.append(buttons.list);
  if (view.passage.choices.length > 1) section.append(el('p', 'Tip: press a number key to choose the option with that number.', 'hint key-tip'));
  return {
    node: section,
    focus: buttons.all[0] ?? heading,
    message,
    showPassage: true,
    onDigit: (n) => {
      const b = buttons.all[n - 1];
      if (!b) return false;
      b.click();
      return true;
    },
  };
}

/** The options as a numbered list of buttons; options that ask for written reasons say so. */
export function optionButtons(choices: readonly ChoiceView[], decisionJustifies: boolean, pick: (c: ChoiceView) => void): { list: HTMLOListElement; all: HTMLButtonElement[] } {
  const list = el('ol', undefined, 'options');
  const all: HTMLButtonElement[] = [];
  choices.forEach((choice, i) => {
    const item = el('li');
    const b = el('button', undefined, 'option');
    b.type = 'button';
    const key = el('span', String(i + 1), 'key');
    key.setAttribute('aria-hidden', 'true');
    b.append(key, el('span', choice.text, 'option-text'));
    if (decisionJustifies || choice.meta.justify) b.append(el('span', 'You will be asked for your reasons', 'option-note'));
    b.addEventListener('click', () => pick(choice));
    item.append(b);
    list.append(item);
    all.push(b);
  });
  return { list, all };
}
