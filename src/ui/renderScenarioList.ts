/** The accessible list of cases: real HTML, built from the catalogue the build produced. */
import type { ScenarioSummary } from '../content/scenarioBundle';
import { parsePart } from '../story/tagContract';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderScenarioList(list: HTMLElement, status: HTMLElement, scenarios: readonly ScenarioSummary[]): void {
  list.replaceChildren();
  if (scenarios.length === 0) {
    status.textContent = 'No cases were found in this build.';
    return;
  }
  status.textContent = `${scenarios.length} case${scenarios.length === 1 ? '' : 's'} found.`;
  for (const s of scenarios) {
    const item = el('li', undefined, 'case');
    item.dataset.scenario = s.id;
    item.append(el('h3', s.info.title));
    if (s.info.summary) item.append(el('p', s.info.summary));
    const minutes = s.info.minutes ? `About ${s.info.minutes} minutes · ` : '';
    item.append(el('p', `${minutes}${s.parts.length} part${s.parts.length === 1 ? '' : 's'} · ${s.decisions} decisions`, 'meta'));
    if (s.parts.length > 1) {
      const parts = el('ol');
      parts.setAttribute('aria-label', `Parts of ${s.info.title}`);
      for (const part of s.parts) parts.append(el('li', parsePart(part).name));
      item.append(parts);
    }
    if (s.info.contentNotes.length > 0) item.append(el('p', `Content notes: ${s.info.contentNotes.join('; ')}.`, 'notes'));
    list.append(item);
  }
}
