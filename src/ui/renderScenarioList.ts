/** The accessible list of cases: real HTML, built from the catalogue the build produced, with Start or Resume on each. */
import type { ScenarioSummary } from '../content/scenarioBundle';
import type { LoadResult } from '../persistence/sessionStore';
import { parsePart } from '../story/tagContract';
import { describeProgress } from './caseProgress';
import { button, el } from './dom';

export interface CaseListActions {
  /** What storage holds for this case. */
  saved: (id: string) => LoadResult;
  open: (id: string) => void;
  /** Plays a finished case again: the finished game is kept aside, listed with its debrief and log. */
  playAgain?: (id: string) => void;
}

export function renderScenarioList(list: HTMLElement, status: HTMLElement, scenarios: readonly ScenarioSummary[], actions?: CaseListActions): void {
  list.replaceChildren();
  if (scenarios.length === 0) {
    status.textContent = 'No cases were found in this build.';
    return;
  }
  status.textContent = `${scenarios.length} case${scenarios.length === 1 ? '' : 's'} found.`;
  for (const s of scenarios) {
    const item = el('li', undefined, 'case');
    item.dataset.scenario = s.id;
    const headingId = `case-${s.id}-title`;
    const heading = el('h3', s.info.title);
    heading.id = headingId;
    item.append(heading);
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
    if (actions) item.append(caseActions(s, actions));
    list.append(item);
  }
}

function caseActions(s: ScenarioSummary, actions: CaseListActions): HTMLElement {
  const row = el('div', undefined, 'case-actions');
  const saved = actions.saved(s.id);
  const go = button(saved.kind === 'found' ? 'Resume' : 'Start', () => actions.open(s.id), 'button primary');
  // "Resume" alone is ambiguous in a list of cases: the accessible name says which case.
  go.setAttribute('aria-label', `${go.textContent} ${s.info.title}`);
  row.append(go);
  if (saved.kind === 'found' && saved.saved.log.ending && actions.playAgain) {
    const again = button('Play again', () => actions.playAgain!(s.id), 'button secondary');
    again.setAttribute('aria-label', `Play ${s.info.title} again`);
    row.append(again);
  }
  if (saved.kind === 'found') row.append(el('p', describeProgress(saved.saved), 'progress'));
  if (saved.kind === 'set-aside') {
    const note = el('p', `Your saved game for this case could not be used: ${saved.reason}`, 'notice');
    note.setAttribute('role', 'status');
    row.append(note);
  }
  return row;
}
