/** The accessible list of cases: real HTML, built from the catalogue the build produced, with Start or Resume on each. */
import type { ScenarioSummary } from '../content/scenarioBundle';
import type { LoadResult } from '../persistence/sessionStore';
import { parsePart } from '../story/tagContract';
import { describeProgress } from './caseProgress';
import { saveSlot } from '../persistence/sessionStore';
import { button, el } from './dom';

export interface CaseListActions {
  /** What storage holds for this case. */
  saved: (id: string) => LoadResult;
  open: (id: string) => void;
  /** Opens a case at part N's shared starting point: a game with its own save, beside the continuing one. */
  openAtPart?: (id: string, part: number) => void;
  /** Plays a finished case (or a finished game begun at `startPart`) again: the finished game is kept aside, listed with its debrief and log. */
  playAgain?: (id: string, startPart?: number) => void;
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

/** Per part from 2 on: start there from the shared starting point (or resume that game). */
function partStarts(s: ScenarioSummary, actions: CaseListActions): HTMLElement {
  const list = el('ul', undefined, 'part-starts');
  list.setAttribute('aria-label', `Start ${s.info.title} at a later part`);
  for (const part of s.parts.map(parsePart).filter((p) => p.number > 1)) {
    const saved = actions.saved(saveSlot(s.id, part.number));
    const found = saved.kind === 'found';
    const words = `${found ? 'Resume' : 'Start at'} part ${part.number}, ${part.name}, from the shared starting point`;
    const go = button(words, () => actions.openAtPart!(s.id, part.number), 'button secondary');
    go.dataset.part = String(part.number);
    go.setAttribute('aria-label', `${words} (${s.info.title})`);
    const item = el('li');
    item.append(go);
    if (found && saved.saved.log.ending && actions.playAgain) {
      const again = button(`Play part ${part.number} again`, () => actions.playAgain!(s.id, part.number), 'button secondary');
      again.dataset.part = String(part.number);
      again.setAttribute('aria-label', `Play part ${part.number} again (${s.info.title}), from the shared starting point`);
      item.append(again);
    }
    if (found) item.append(el('p', describeProgress(saved.saved), 'progress'));
    list.append(item);
  }
  return list;
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
  if (actions.openAtPart && s.parts.length > 1) row.append(partStarts(s, actions));
  if (saved.kind === 'set-aside') {
    const note = el('p', `Your saved game for this case could not be used: ${saved.reason}`, 'notice');
    note.setAttribute('role', 'status');
    row.append(note);
  }
  return row;
}
