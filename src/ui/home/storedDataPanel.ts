/**
 * "Your data on this device": what the game keeps in this browser, and a way to delete it
 * all, asked twice because a deleted game cannot be resumed.
 */
import { SessionStore, type KeyValueStorage } from '../../persistence/sessionStore';
import { deleteStoredData, describeStoredData, storedData } from '../../persistence/storedData';
import { keptGames, type KeptGame } from '../../persistence/keptGames';
import { button, el } from '../dom';
import { downloadLog, downloadText } from '../logActions';
import { startPartOf } from '../../log/logSchema';

export interface StoredDataPanelOptions {
  local: KeyValueStorage | null;
  /** The tab's own storage (the review mode remembers its open log there). */
  session: KeyValueStorage | null;
  /** After deleting: the case list shows every case as not started again. */
  onDeleted: () => void;
  /** A case's title, by id, for naming the games kept aside. */
  titleOf?: (scenario: string) => string;
  /** Opens a case (at `startPart`, for a game begun at a part's shared start), after one of its games kept aside has been put back to play on. */
  open?: (scenario: string, startPart?: number) => void;
  /** The story versions of a case this game keeps: a game kept aside can be resumed only on one of them. */
  versionsOf?: (scenario: string) => readonly string[];
}

export function renderStoredDataPanel(root: HTMLElement, options: StoredDataPanelOptions, announcement = ''): void {
  const status = el('p', announcement || null, 'status');
  status.setAttribute('role', 'status');
  const said = describeStoredData(storedData(options.local));
  const body: HTMLElement[] = [];
  if (!options.local) body.push(el('p', 'This browser is not letting the game keep anything on this device (private browsing or storage switched off), so there is nothing here to delete.'));
  else if (!said) body.push(el('p', 'Nothing from this game is kept in this browser.'));
  else {
    body.push(el('p', said));
    const aside = keptGames(new SessionStore(options.local).kept()).filter((g) => g.kind === 'set-aside');
    if (aside.length > 0) body.push(keptAsideList(aside, root, options));
    const actions = el('div', undefined, 'actions');
    const ask = button('Delete everything this game keeps here…', () => {
      const confirm = el('div', undefined, 'card confirm-delete');
      confirm.setAttribute('role', 'group');
      confirm.setAttribute('aria-label', 'Confirm deleting');
      const warning = el('p', 'Saved games cannot be resumed once deleted, and an assessor\'s unsaved marks are lost. Export any log or review you want to keep first (from its debrief or review). Delete everything?');
      const yes = button('Yes, delete it all', () => {
        const gone = deleteStoredData(options.local!) + (options.session ? deleteStoredData(options.session) : 0);
        options.onDeleted();
        renderStoredDataPanel(root, options, `Deleted ${gone} item${gone === 1 ? '' : 's'}. Nothing from this game is kept in this browser now.`);
        root.querySelector<HTMLElement>('[role="status"]')?.focus();
      }, 'button danger');
      const no = button('Cancel', () => {
        renderStoredDataPanel(root, options);
        root.querySelector<HTMLButtonElement>('button')?.focus();
      }, 'button secondary');
      confirm.append(warning, yes, no);
      actions.replaceChildren(confirm);
      yes.focus();
    }, 'button secondary');
    actions.append(ask);
    body.push(actions);
  }
  status.tabIndex = -1;
  root.replaceChildren(...body, status);
}

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : 'at an unknown time';

/** Each game kept aside: when and why, its log to export, and a way to play on where it is whole. */
function keptAsideList(games: readonly KeptGame[], root: HTMLElement, options: StoredDataPanelOptions): HTMLElement {
  const box = el('div', undefined, 'kept-aside');
  box.append(el('h3', 'Games kept aside'));
  const list = el('ul', undefined, 'kept-aside-list');
  for (const game of games) {
    const startPart = game.log ? startPartOf(game.log) : 1;
    const title = `${options.titleOf?.(game.scenario) ?? game.scenario}${startPart > 1 ? `, begun at part ${startPart}` : ''}`;
    const item = el('li');
    const decisions = game.log ? `, ${game.log.entries.filter((e) => e.reconsideredAt === null).length} choices made` : '';
    item.append(el('p', `${title}: kept aside ${when(game.when)}${decisions}. Why: ${game.reason ?? 'not recorded'}.`));
    const actions = el('div', undefined, 'actions');
    // Short words on the button; its full name (read out) says which game, beginning with those words.
    const named = (b: HTMLButtonElement) => { b.setAttribute('aria-label', `${b.textContent}: ${title}, kept aside ${when(game.when)}`); return b; };
    actions.append(named(game.log
      ? button('Export log', () => downloadLog(game.log!), 'button small')
      : button('Download as kept', () => downloadText(`${game.key.replace(/[^a-z0-9.-]+/gi, '-')}.json`, game.text, 'application/json'), 'button small')));
    const kept = game.log !== null && (options.versionsOf?.(game.scenario) ?? []).includes(game.log.storyVersion);
    if (game.resumable && kept && options.open && options.local) {
      // A finished game opens on its debrief; an unfinished one is played on.
      actions.append(named(button(game.log?.ending ? 'Open its debrief' : 'Resume', () => {
        const problem = new SessionStore(options.local!).resumeKept(game.key);
        if (problem) renderStoredDataPanel(root, options, problem);
        else options.open!(game.scenario, startPart);
      }, 'button small secondary')));
    }
    item.append(actions);
    list.append(item);
  }
  box.append(list, el('p', 'Resuming a game kept aside keeps the case\'s current saved game aside in its place, so nothing is lost.', 'hint'));
  return box;
}
