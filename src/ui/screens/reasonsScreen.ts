/** Written reasons for the chosen option, before the story goes on; Cancel goes back to the options. */
import { button, el, focusableHeading, labelledTextarea, uid } from '../dom';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';

export function reasonsScreen(ctx: ScreenContext): BuiltScreen {
  const { view, pending } = ctx.snapshot().context;
  const choice = view!.passage.choices[pending ?? -1];
  const form = el('form', undefined, 'card reasons');
  const heading = focusableHeading('h2', 'Your reasons');
  form.setAttribute('aria-labelledby', (heading.id = uid('reasons')));
  form.append(heading);
  if (choice) form.append(el('p', `You chose: ${choice.text}`, 'chosen'));
  if (view!.passage.meta.prompt) form.append(el('p', `To think about: ${view!.passage.meta.prompt}`, 'prompt'));
  const { wrap, field } = labelledTextarea('Why this option? Write your reasons', 'What you know, what you weighed, and what you would record. Your reasons go into your decision log.', 'reasons');
  field.rows = 6;
  ctx.draft?.bind(field, `reasons:${pending ?? ''}`);
  const message = messageSlot();
  // The refusal message is read with the box when focus returns to it.
  message.id = uid('message');
  field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
  const submit = el('button', 'Confirm my choice', 'button primary');
  submit.type = 'submit';
  const actions = el('div', undefined, 'actions');
  actions.append(submit, button('Choose a different option', () => ctx.send({ type: 'CANCEL' }), 'button secondary'));
  form.append(wrap, message, actions);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.send({ type: 'JUSTIFY', text: field.value });
    if (ctx.snapshot().context.message) field.focus();
  });
  return { node: form, focus: field, message, showPassage: true };
}
