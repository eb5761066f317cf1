/**
 * The CPD record draft in the debrief: Social Work England's fields, a choice to quote the
 * participant's written reasons, "Copy as text" (the clipboard, or the text selected to copy by
 * hand when the browser refuses), and it prints with the debrief.
 */
import type { Debrief } from '../../engine/debrief';
import { cpdDraft, cpdDraftText, DRAFT_NOTE, FROM_DEBRIEF } from '../../cpd/cpdDraft';
import { button, el, uid } from '../dom';
import { copyText } from '../logActions';

export function cpdCard(debrief: Debrief): HTMLElement {
  const section = el('section', undefined, 'card cpd');
  const heading = el('h3', 'Your CPD record (draft)');
  section.setAttribute('aria-labelledby', (heading.id = uid('cpd')));
  section.append(heading, el('p', DRAFT_NOTE, 'cpd-note'));

  const hasReasons = debrief.decisions.some((d) => d.reasons && d.reasons.trim());
  const quote = el('input');
  quote.type = 'checkbox';
  quote.id = uid('quote-reasons');
  const label = el('label', 'Quote my written reasons');
  label.htmlFor = quote.id;
  const option = el('p', undefined, 'cpd-option no-print');
  option.append(quote, ' ', label);
  if (!hasReasons) quote.disabled = true;
  const hint = el('p', hasReasons ? 'Your reasons stay out of the draft unless you tick this.' : 'You wrote no reasons on this path, so there are none to quote.', 'hint no-print');
  hint.id = uid('quote-hint');
  quote.setAttribute('aria-describedby', hint.id);

  const body = el('div', undefined, 'cpd-body');
  const fallback = el('textarea', undefined, 'cpd-fallback no-print');
  fallback.readOnly = true;
  fallback.rows = 8;
  fallback.hidden = true;
  fallback.setAttribute('aria-label', 'The CPD draft as text, selected for you to copy');
  const status = el('p', undefined, 'status no-print');
  status.setAttribute('role', 'status');

  let text = '';
  const draw = () => {
    const draft = cpdDraft(debrief, { quoteReasons: quote.checked });
    text = cpdDraftText(draft);
    body.replaceChildren();
    const list = el('dl', undefined, 'cpd-fields');
    for (const f of draft.fields) list.append(el('dt', f.label), el('dd', f.text, 'cpd-text'));
    body.append(list);
    if (draft.fromDebrief.length > 0) {
      const note = el('div', undefined, 'cpd-from-debrief');
      note.append(el('h4', FROM_DEBRIEF), el('p', draft.fromDebrief.join('\n'), 'cpd-text'));
      body.append(note);
    }
    if (draft.quotes.length > 0) {
      const quotes = el('div', undefined, 'cpd-quotes');
      quotes.append(el('h4', 'My reasons at the time, as I wrote them'));
      for (const q of draft.quotes) quotes.append(el('p', q.decision, 'option-name'), el('p', q.reasons, 'participant-text'));
      body.append(quotes);
    }
    fallback.hidden = true;
    status.textContent = '';
  };
  quote.addEventListener('change', draw);
  draw();

  const actions = el('div', undefined, 'actions no-print');
  actions.append(
    button('Copy as text', () => {
      void copyText(text).then((ok) => {
        if (ok) {
          fallback.hidden = true;
          status.textContent = 'The draft is on your clipboard: paste it into your CPD record and rewrite it in your own words.';
          return;
        }
        fallback.value = text;
        fallback.hidden = false;
        fallback.focus();
        fallback.select();
        status.textContent = 'The browser would not copy it for you. The draft is in the box below and selected: press Ctrl+C (or Cmd+C) to copy it.';
      });
    }, 'button'),
    button('Print the debrief', () => window.print()),
  );
  section.append(option, hint, body, actions, status, fallback);
  return section;
}
