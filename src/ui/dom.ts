/** Small builders for the DOM layer. Text always goes in as text (textContent), never as markup. */

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

/** A labelled multi-line text box: the label names it for screen readers too. */
export function labelledTextarea(label: string, hint: string | null, value = ''): { wrap: HTMLDivElement; field: HTMLTextAreaElement } {
  const wrap = el('div', undefined, 'field');
  const id = uid('field');
  const lab = el('label', label);
  lab.htmlFor = id;
  const field = el('textarea');
  field.id = id;
  field.rows = 4;
  field.value = value;
  wrap.append(lab);
  if (hint) {
    const h = el('p', hint, 'hint');
    h.id = `${id}-hint`;
    field.setAttribute('aria-describedby', h.id);
    wrap.append(h);
  }
  wrap.append(field);
  return { wrap, field };
}

/** A table header cell for a column or a row, as screen readers need it. */
export function headerCell(text: string, scope: 'col' | 'row', className?: string): HTMLTableCellElement {
  const cell = el('th', text, className);
  cell.scope = scope;
  return cell;
}
