/** The ecomap as text: one line per tie, "Label: strong / some / weak / no tie (n of 5)". */
import { el } from '../dom';
import { KIND_NAMES, tieSentence, type EcomapModel } from './ecomapModel';

export function renderNetworkList(list: HTMLUListElement, model: EcomapModel): void {
  const lines = model.ties.map(tieSentence);
  const items = Array.from(list.children);
  if (items.length === lines.length) {
    lines.forEach((line, i) => {
      if (items[i]!.textContent !== line) items[i]!.textContent = line;
    });
    return;
  }
  list.replaceChildren(...lines.map((line, i) => {
    const item = el('li', line);
    item.dataset.kind = model.ties[i]!.kind;
    return item;
  }));
}

/** Which colour stands for which kind of tie, for those who can see the drawing. */
export function kindLegend(model: EcomapModel): HTMLElement {
  const kinds = [...new Set(model.ties.map((t) => t.kind))];
  const legend = el('ul', undefined, 'ecomap-legend');
  legend.setAttribute('aria-label', 'Colours in the drawing');
  for (const kind of kinds) {
    const item = el('li', KIND_NAMES[kind]);
    item.dataset.kind = kind;
    legend.append(item);
  }
  return legend;
}
