/** Small builders for the DOM layer. Text always goes in as text (textContent), never as markup. */
import { counterText, TEXT_LIMITS, type TextKind } from '../log/textLimits';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(label: string, onClick: () => void, className = 'button'): HTMLButtonElement {
  const b = el('button', label, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** A heading that focus can be moved to when a new screen opens (not in the tab order). */
export function focusableHeading(level: 'h2' | 'h3', text: string, id?: string): HTMLHeadingElement {
  const h = el(level, text);
  h.tabIndex = -1;
  if (id) h.id = id;
  return h;
}

let nextId = 0;
/** A unique id for pairing labels with fields. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A labelled multi-line text box with a counter of what it holds against its limit (read with
 * the box). The box takes more than the limit, so nothing pasted is cut off unseen; the counter
 * says how much is over, and whatever commits the text refuses it until it fits.
 */
export function labelledTextarea(label: string, hint: string | null, limit: TextKind, value = ''): { wrap: HTMLDivElement; field: HTMLTextAreaElement } {
  const wrap = el('div', undefined, 'field');
  const id = uid('field');
  const lab = el('label', label);
  lab.htmlFor = id;
  const field = el('textarea');
  field.id = id;
  field.rows = 4;
  field.value = value;
  wrap.append(lab);
  const describedBy: string[] = [];
  if (hint) {
    const h = el('p', hint, 'hint');
    h.id = `${id}-hint`;
    describedBy.push(h.id);
    wrap.append(h);
  }
  const counter = el('p', undefined, 'counter');
  counter.id = `${id}-count`;
  describedBy.push(counter.id);
  const count = () => {
    const over = field.value.length - TEXT_LIMITS[limit];
    counter.textContent = over > 0 ? `${counterText(limit, field.value.length)}: ${over.toLocaleString('en-GB')} too many, so it cannot be kept; shorten it` : counterText(limit, field.value.length);
    counter.classList.toggle('over', over > 0);
  };
  count();
  field.addEventListener('input', count);
  field.setAttribute('aria-describedby', describedBy.join(' '));
  wrap.append(field, counter);
  return { wrap, field };
}

/** A table header cell for a column or a row, as screen readers need it. */
export function headerCell(text: string, scope: 'col' | 'row', className?: string): HTMLTableCellElement {
  const cell = el('th', text, className);
  cell.scope = scope;
  return cell;
}
