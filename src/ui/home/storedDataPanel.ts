/**
 * "Your data on this device": what the game keeps in this browser, and a way to delete it
 * all, asked twice because a deleted game cannot be resumed.
 */
import type { KeyValueStorage } from '../../persistence/sessionStore';
import { deleteStoredData, describeStoredData, storedData } from '../../persistence/storedData';
import { button, el } from '../dom';

export interface StoredDataPanelOptions {
  local: KeyValueStorage | null;
  /** The tab's own storage (the review mode remembers its open log there). */
  session: KeyValueStorage | null;
  /** After deleting: the case list shows every case as not started again. */
  onDeleted: () => void;
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
