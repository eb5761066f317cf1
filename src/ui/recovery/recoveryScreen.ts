/**
 * When something unexpected breaks, the player's work comes first: a screen that offers
 * the log of the case being played (or every saved game, when none is) before anything
 * else, then a reload or the way back to the case list. The technical detail is behind
 * a toggle, for whoever is asked to help.
 */
import type { DecisionLog } from '../../log/logSchema';
import type { KeptEntry } from '../../persistence/sessionStore';
import { button, el, focusableHeading } from '../dom';
import { downloadLog, downloadText } from '../logActions';
import { keptGames } from '../../persistence/keptGames';

export interface RecoverySources {
  /** The log of the case being played in this tab, if any. */
  currentLog: () => DecisionLog | null;
  /** What is saved in this browser: autosaves and games kept aside. */
  kept: () => KeptEntry[];
}

export function recoveryScreen(sources: RecoverySources, details: string[], reload: () => void, toCases: () => void): { node: HTMLElement; focus: HTMLElement; addDetail: (d: string) => void } {
  const section = el('section', undefined, 'card recovery');
  const heading = focusableHeading('h2', 'Something went wrong', 'recovery-heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);
  const lead = el('p', 'The game met an error it did not expect. First keep your work: export your log below. Then reload the page or go back to the cases; your saved games stay in this browser.');
  lead.setAttribute('role', 'alert');
  section.append(lead);

  const status = el('p', undefined, 'status');
  status.setAttribute('role', 'status');
  const exports = el('div', undefined, 'actions recovery-exports');
  const log = safely(sources.currentLog, null);
  if (log) {
    exports.append(button('Export my log (JSON)', () => {
      downloadLog(log);
      status.textContent = 'Your log has been downloaded as a JSON file.';
    }, 'button primary'));
  } else {
    const kept = safely(sources.kept, []);
    if (kept.length === 0) section.append(el('p', 'No saved games were found in this browser, so there is nothing to export.'));
    // As decision logs wherever one can be read, so the review, the plenary and the CLI open them.
    for (const game of keptGames(kept)) {
      const label = game.kind === 'session' ? `Export the saved game for ${game.scenario}` : `Export the game kept aside for ${game.scenario}`;
      const b = button(label, () => {
        if (game.log) downloadLog(game.log);
        else downloadText(`${game.key.replace(/[^a-z0-9.-]+/gi, '-')}.json`, game.text, 'application/json');
        status.textContent = `${label.replace(/^Export/, 'Exported')}: it has been downloaded as ${game.log ? 'a decision log' : 'the text kept, which is too damaged to read as a log'}.`;
      }, 'button primary');
      exports.append(b);
    }
  }
  section.append(exports, status);

  const then = el('div', undefined, 'actions');
  then.append(button('Reload the page', reload, 'button secondary'), button('Back to the cases', toCases, 'button secondary'));
  section.append(el('h3', 'Then'), then);

  const more = el('details', undefined, 'recovery-details');
  const list = el('ul');
  more.append(el('summary', 'Technical details (for whoever helps you)'), list);
  const addDetail = (d: string) => { list.append(el('li', d)); };
  details.forEach(addDetail);
  section.append(more);
  return { node: section, focus: heading, addDetail };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
