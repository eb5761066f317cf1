/**
 * A reflection point: the question, a box for the written reflection, and the story's one
 * plain choice as the button that keeps it. Nothing here is scored.
 */
import { el, focusableHeading, labelledTextarea, uid } from '../dom';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';

export function reflectionScreen(ctx: ScreenContext): BuiltScreen {
  const view = ctx.snapshot().context.view!;
  const form = el('form', undefined, 'card reflection');
  const heading = focusableHeading('h2', 'Your reflection');
  form.setAttribute('aria-labelledby', (heading.id = uid('reflection')));
  form.append(heading);
  const prompt = view.passage.meta.prompt ?? 'What did you bring to this case, and what would you do differently?';
  const { wrap, field } = labelledTextarea(prompt, 'Write it in your own words. It goes into your log with the case, for your debrief and your assessor; it is never scored.', 'reflection');
  field.rows = 8;
  ctx.draft?.bind(field, 'reflection');
  const message = messageSlot();
  // The refusal message is read with the box when focus returns to it.
  message.id = uid('message');
  field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
  const submit = el('button', view.passage.choices[0]?.text || 'Keep my reflection and go on', 'button primary');
  submit.type = 'submit';
  const actions = el('div', undefined, 'actions');
  actions.append(submit);
  form.append(wrap, message, actions);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.send({ type: 'REFLECT', text: field.value });
    if (ctx.snapshot().context.message) field.focus();
  });
  return { node: form, focus: field, message, showPassage: true };
}
