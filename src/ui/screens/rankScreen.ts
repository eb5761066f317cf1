/**
 * A ranking decision: the player puts every option in order with Move up / Move down,
 * gives reasons, and the option at the top is the one played. The form opens in the engine's
 * starting order (drawn from the seed, never the panel's); RANK sends the order left on screen.
 */
import type { ChoiceView } from '../../story/StoryRunner';
import { rankingStart } from '../../engine/playMachine';
import { button, el, focusableHeading, labelledTextarea, uid } from '../dom';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';

export function rankScreen(ctx: ScreenContext): BuiltScreen {
  const context = ctx.snapshot().context;
  const view = context.view!;
  const choices = view.passage.choices;
  // The order the player had left it in, if they were part-way through (a reload, a closed tab).
  let order = keptOrder(ctx.draft?.value('rank-order'), choices) ?? rankingStart(context);

  const form = el('form', undefined, 'card rank');
  const heading = focusableHeading('h2', 'Put the options in order');
  form.setAttribute('aria-labelledby', (heading.id = uid('rank')));
  form.append(heading);
  if (view.passage.meta.prompt) form.append(el('p', `To think about: ${view.passage.meta.prompt}`, 'prompt'));
  form.append(el('p', 'Put every option in your order of preference, first at the top, then give your reasons. The option at the top is the one you go ahead with.', 'hint'));
  const list = el('ol', undefined, 'rank-list');
  list.setAttribute('aria-label', 'Your order of preference');
  const moved = el('p', undefined, 'visually-hidden');
  moved.setAttribute('role', 'status');

  const draw = (focusIndex?: number, focusDir?: 'up' | 'down'): void => {
    list.replaceChildren();
    order.forEach((index, place) => {
      const choice = choices.find((c) => c.index === index)!;
      list.append(rankItem(choice, place, order.length, (dir) => {
        const to = dir === 'up' ? place - 1 : place + 1;
        const next = [...order];
        [next[place], next[to]] = [next[to]!, next[place]!];
        order = next;
        ctx.draft?.keep('rank-order', order.join(','));
        moved.textContent = `"${choice.text}" is now number ${to + 1} of ${order.length}.`;
        draw(index, dir);
      }));
    });
    if (focusIndex === undefined) return;
    const item = list.querySelector<HTMLElement>(`li[data-choice="${focusIndex}"]`);
    // Keep focus on the moved option; at the top or bottom the pressed button is gone, so use the other one.
    const target = item?.querySelector<HTMLButtonElement>(`button[data-dir="${focusDir}"]:not([disabled])`) ?? item?.querySelector<HTMLButtonElement>('button:not([disabled])');
    target?.focus();
  };
  draw();

  const { wrap, field } = labelledTextarea('Your reasons for this order', 'What makes your first choice first, and what evidence would change your order?', 'reasons');
  field.rows = 5;
  ctx.draft?.bind(field, 'rank-reasons');
  const message = messageSlot();
  // The refusal message is read with the box when focus returns to it.
  message.id = uid('message');
  field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
  const submit = el('button', 'Confirm my order', 'button primary');
  submit.type = 'submit';
  const actions = el('div', undefined, 'actions');
  actions.append(submit);
  form.append(list, moved, wrap, message, actions);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.send({ type: 'RANK', order: [...order], reasons: field.value });
    if (ctx.snapshot().context.message) field.focus();
  });
  return { node: form, focus: heading, message, showPassage: true };
}

function rankItem(choice: ChoiceView, place: number, count: number, move: (dir: 'up' | 'down') => void): HTMLLIElement {
  const item = el('li', undefined, 'rank-item');
  item.dataset.choice = String(choice.index);
  item.append(el('span', choice.text, 'rank-text'));
  const controls = el('span', undefined, 'rank-controls');
  const up = button('Move up', () => move('up'), 'button small');
  up.dataset.dir = 'up';
  up.setAttribute('aria-label', `Move up: ${choice.text}`);
  up.disabled = place === 0;
  const down = button('Move down', () => move('down'), 'button small');
  down.dataset.dir = 'down';
  down.setAttribute('aria-label', `Move down: ${choice.text}`);
  down.disabled = place === count - 1;
  controls.append(up, down);
  item.append(controls);
  return item;
}

/** A kept order, if it is an order of exactly the options offered. */
function keptOrder(text: string | undefined, choices: readonly ChoiceView[]): number[] | null {
  if (!text) return null;
  const order = text.split(',').map(Number);
  const offered = choices.map((c) => c.index).sort((a, b) => a - b);
  return [...order].sort((a, b) => a - b).join() === offered.join() ? order : null;
}
