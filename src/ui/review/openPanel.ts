/**
 * Opening a review: choose or drop a decision log or a saved review (a .json file), or
 * paste a replay code. Hands the text on; what it says is checked before anything opens.
 */
import { button, el, uid } from '../dom';

export interface OpenPanelEvents {
  /** The text of a chosen or dropped file, or a pasted code. */
  open: (text: string, from: string) => void;
  leave: () => void;
}

export interface OpenPanel {
  node: HTMLElement;
  focus: HTMLElement;
  /** Shows why what was given could not be opened. */
  refuse: (message: string) => void;
  busy: (text: string | null) => void;
}

export function openPanel(on: OpenPanelEvents): OpenPanel {
  const section = el('section', undefined, 'review-open');
  const heading = el('h1', "Assessor's review");
  heading.tabIndex = -1;
  section.setAttribute('aria-labelledby', (heading.id = uid('review-open')));
  const message = el('p', undefined, 'message');
  message.setAttribute('role', 'alert');
  const status = el('p', undefined, 'status');
  status.setAttribute('role', 'status');

  const intro = el('p', "Open one participant's decision log to see every decision they made, in order, with the time taken and the reasons they wrote, check that it replays true against the case, and mark it against the rubric. Nothing leaves this device.", 'lede');

  const fileBox = el('div', undefined, 'card review-drop');
  fileBox.append(el('h3', 'A log or a saved review'));
  const input = el('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.id = uid('review-file');
  const label = el('label', 'Choose a decision log or a saved review (.json)');
  label.htmlFor = input.id;
  const hint = el('p', 'Or drop the file here. A saved review opens with its marks.', 'hint');
  hint.id = `${input.id}-hint`;
  input.setAttribute('aria-describedby', hint.id);
  const readFile = (file: File | undefined) => {
    if (!file) return;
    message.textContent = '';
    status.textContent = `Reading ${file.name}…`;
    file.text().then(
      (text) => on.open(text, file.name),
      (err: unknown) => {
        status.textContent = '';
        message.textContent = `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}). Try choosing it again, or copy it to this device first.`;
      },
    );
  };
  input.addEventListener('change', () => {
    readFile(input.files?.[0]);
    input.value = '';
  });
  fileBox.addEventListener('dragover', (e) => {
    e.preventDefault();
    fileBox.classList.add('dragging');
  });
  fileBox.addEventListener('dragleave', () => fileBox.classList.remove('dragging'));
  fileBox.addEventListener('drop', (e) => {
    e.preventDefault();
    fileBox.classList.remove('dragging');
    readFile(e.dataTransfer?.files[0]);
  });
  const field = el('div', undefined, 'field');
  field.append(label, hint, input);
  fileBox.append(field);

  const codeBox = el('form', undefined, 'card review-code');
  codeBox.append(el('h3', 'A replay code'));
  const code = el('input');
  code.type = 'text';
  code.id = uid('review-code');
  code.autocomplete = 'off';
  code.spellcheck = false;
  const codeLabel = el('label', 'Paste a replay code');
  codeLabel.htmlFor = code.id;
  const codeHint = el('p', 'A code holds the choices only: the review will show no written reasons and no times.', 'hint');
  codeHint.id = `${code.id}-hint`;
  code.setAttribute('aria-describedby', codeHint.id);
  const codeField = el('div', undefined, 'field');
  codeField.append(codeLabel, codeHint, code);
  const submit = el('button', 'Open the code', 'button');
  submit.type = 'submit';
  codeBox.append(codeField, submit);
  codeBox.addEventListener('submit', (e) => {
    e.preventDefault();
    message.textContent = '';
    on.open(code.value, 'the replay code');
  });

  const back = el('div', undefined, 'actions');
  back.append(button('Back to the cases', on.leave, 'button secondary'));
  section.append(heading, intro, message, status, fileBox, codeBox, back);
  return {
    node: section,
    focus: heading,
    refuse: (text) => {
      status.textContent = '';
      message.textContent = text;
    },
    busy: (text) => { status.textContent = text ?? ''; },
  };
}
