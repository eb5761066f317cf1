/**
 * Getting the group's choices in: log files by picker (several at once) or dropped on the
 * panel, replay codes pasted in any text; and the verdict for each play-through.
 */
import { VERDICT_NAMES, type Submission, type VerdictKind } from '../../plenary/groupIntake';
import { sourceLabel } from '../../plenary/participant';
import { visibleName } from '../../log/visibleName';
import { REPLAY_SCOPE_WORDS } from '../../log/verifyLog';
import { button, el, uid } from '../dom';

export interface IntakeHandlers {
  files: (files: File[]) => void;
  codes: (text: string) => void;
}

export interface IntakePanel {
  element: HTMLDetailsElement;
  status: HTMLElement;
  showVerdicts: (submissions: readonly Submission[], showNames: boolean) => void;
}

export function intakePanel(handlers: IntakeHandlers): IntakePanel {
  // A panel the trainer can fold away, so the room sees only the view being presented.
  const section = el('details', undefined, 'plenary-panel intake');
  section.open = true;
  const fold = el('summary', undefined, 'intake-summary');
  const heading = el('h2', 'The group\'s play-throughs');
  const countsLine = el('span', undefined, 'intake-counts');
  fold.append(heading, countsLine);
  section.append(fold, el('p', 'Nothing is uploaded: files and codes are read in this browser only, and are gone when the page is closed.', 'plenary-note'));

  const grid = el('div', undefined, 'intake-grid');
  const drop = el('div', undefined, 'drop-zone');
  const fileId = uid('log-files');
  const fileLabel = el('label', 'Decision logs (JSON files): choose several at once, or drop them here');
  fileLabel.htmlFor = fileId;
  const input = el('input');
  input.type = 'file';
  input.id = fileId;
  input.multiple = true;
  input.accept = '.json,application/json';
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) handlers.files(files);
  });
  drop.append(fileLabel, input);
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) handlers.files(files);
    else {
      // Text dragged from a chat window: look for codes in it.
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      if (text.trim()) handlers.codes(text);
    }
  });

  const paste = el('div', undefined, 'paste-codes');
  const codesId = uid('codes');
  const codesLabel = el('label', 'Replay codes: paste them one per line, or a whole chat with the codes in it');
  codesLabel.htmlFor = codesId;
  const area = el('textarea');
  area.id = codesId;
  area.rows = 4;
  area.spellcheck = false;
  const add = button('Add these codes', () => {
    if (!area.value.trim()) {
      status.textContent = 'Paste some replay codes into the box first.';
      area.focus();
      return;
    }
    handlers.codes(area.value);
    area.value = '';
  }, 'button primary');
  paste.append(codesLabel, area, el('div', undefined, 'actions'));
  paste.lastElementChild!.append(add);
  grid.append(drop, paste);

  const status = el('p', undefined, 'intake-status');
  status.setAttribute('role', 'status');
  const verdicts = el('details', undefined, 'verdicts');
  verdicts.hidden = true;
  section.append(grid, status, verdicts);

  function showVerdicts(submissions: readonly Submission[], showNames: boolean): void {
    verdicts.hidden = submissions.length === 0;
    const counts = new Map<VerdictKind, number>();
    for (const s of submissions) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
    const counted = submissions.filter((s) => s.participant).length;
    const words = (['verified', 'other-version', 'diverges', 'invalid', 'duplicate'] as const)
      .filter((k) => counts.get(k))
      .map((k) => `${counts.get(k)} ${VERDICT_NAMES[k].toLowerCase()}`);
    const summary = el('summary', `Verdicts: ${submissions.length} loaded, ${counted} counted (${words.join(', ')})`);
    countsLine.textContent = submissions.length ? `${submissions.length} loaded, ${counted} counted` : '';
    const table = el('table', undefined, 'verdict-table');
    const head = el('tr');
    for (const h of ['Play-through', 'Verdict', 'What was found']) head.append(el('th', h));
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const s of submissions) {
      const row = el('tr');
      row.dataset.kind = s.kind;
      row.dataset.source = sourceLabel(s.source);
      let name = sourceLabel(s.source);
      if (showNames) {
        const pseudonym = s.participant?.pseudonym?.trim();
        name += s.source.kind === 'file' ? `: ${visibleName(s.source.name)}${pseudonym ? ` (${visibleName(pseudonym)})` : ''}` : `: ${s.source.code}`;
      }
      row.append(el('th', name), el('td', VERDICT_NAMES[s.kind], 'verdict'), el('td', s.detail, 'detail'));
      table.tBodies[0]!.append(row);
    }
    // What "verified" covers, beside the verdicts: a room's counts rest on the choices, which replay checks.
    const scope = el('p', `Verified means the choices replay true against the story. ${REPLAY_SCOPE_WORDS}`, 'verdict-scope');
    const open = verdicts.open;
    verdicts.replaceChildren(summary, scope, table);
    verdicts.open = open;
  }

  return { element: section, status, showVerdicts };
}
