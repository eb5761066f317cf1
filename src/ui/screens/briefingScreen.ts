/** Before play: what the case is, that it is fiction, what it contains, and how long it takes. */
import { parsePart } from '../../story/tagContract';
import { button, el, focusableHeading, uid } from '../dom';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';
import { TEXT_LIMITS } from '../../log/textLimits';

export function briefingScreen(ctx: ScreenContext): BuiltScreen {
  const info = ctx.snapshot().context.bundle?.info ?? ctx.summary.info;
  const parts = ctx.snapshot().context.bundle?.parts ?? ctx.summary.parts;
  const section = el('section', undefined, 'card briefing');
  const heading = focusableHeading('h2', `Briefing: ${info.title}`);
  section.setAttribute('aria-labelledby', (heading.id = uid('briefing')));
  section.append(heading);
  const message = messageSlot();
  section.append(message);
  if (info.summary) section.append(el('p', info.summary, 'summary'));
  section.append(el('p', 'This case is fiction. It was written for training from the "Achieving Permanence" programme; any likeness to real children, families or workers is chance.', 'fiction'));

  const facts = el('dl', undefined, 'facts');
  if (info.minutes) facts.append(el('dt', 'Time'), el('dd', `About ${info.minutes} minutes. You can stop at the end of any part and come back later.`));
  facts.append(el('dt', 'Parts'), partList(parts));
  if (info.contentNotes.length > 0) {
    const notes = el('ul');
    for (const n of info.contentNotes) notes.append(el('li', n));
    facts.append(el('dt', 'Content notes'), wrapDd(notes));
  }
  section.append(facts);
  const startPart = ctx.snapshot().context.startPart;
  if (startPart > 1) {
    const name = parts.map(parsePart).find((p) => p.number === startPart)?.name;
    section.append(el('p', `This game starts at part ${startPart}${name ? `, ${name},` : ''} from the shared starting point: the case as it stands at that part for everyone, whatever was chosen before. Your own continuing game of this case, if you have one, is kept as it is.`, 'start-part'));
  }
  if (ctx.fixedSeed !== null) {
    section.append(el('p', `The link you followed fixes what is not in the worker's hands in this case (seed ${ctx.fixedSeed}): everyone who opens it meets the same hidden facts, so your group can compare decisions made on the same evidence.`, 'fixed-seed'));
  }
  if (ctx.cohort !== null) {
    section.append(el('p', `The link you followed names your group, "${ctx.cohort}". Your log carries that name, so your trainer can bring the group's logs together; like everything else, it stays on this device unless you export your log.`, 'cohort'));
  }
  section.append(el('p', 'At some decisions you will be asked to write your reasons. They stay on this device unless you export your log. Your scores at the end are prompts for reflection, not a judgement of your practice.'));

  const form = el('form', undefined, 'start-form');
  const fieldId = uid('pseudonym');
  const label = el('label', 'A name or pseudonym for your log (optional)');
  label.htmlFor = fieldId;
  const input = el('input');
  input.id = fieldId;
  input.type = 'text';
  input.maxLength = TEXT_LIMITS.pseudonym;
  input.setAttribute('autocomplete', 'nickname');
  ctx.draft?.bind(input, 'pseudonym');
  const start = el('button', 'Start the case', 'button primary');
  start.type = 'submit';
  form.append(el('div', undefined, 'field'), start);
  form.firstElementChild!.append(label, input);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.send({ type: 'START', participant: input.value.trim() || undefined });
  });
  if (ctx.caseFileButton && ctx.snapshot().context.bundle?.caseFile) {
    const read = el('p', 'Read the case file before you start: the chronology, the family and the child\'s network. You can open it again at any time while you play.');
    section.append(read, ctx.caseFileButton());
  }
  section.append(form, button('Back to the cases', ctx.leave, 'button secondary'));
  return { node: section, focus: heading, message, showPassage: false };
}

function partList(parts: readonly string[]): HTMLElement {
  const list = el('ol');
  for (const p of parts) list.append(el('li', parsePart(p).name));
  return wrapDd(list);
}

function wrapDd(child: HTMLElement): HTMLElement {
  const dd = el('dd');
  dd.append(child);
  return dd;
}
