/** A "Settings" button for any screen; the settings panel opens for every button that carries the marker attribute. */
import { el } from '../dom';

export const OPEN_SETTINGS_ATTRIBUTE = 'data-open-settings';

export function settingsButton(className = 'button link no-print'): HTMLButtonElement {
  const b = el('button', 'Settings', className);
  b.type = 'button';
  b.setAttribute(OPEN_SETTINGS_ATTRIBUTE, '');
  b.setAttribute('aria-haspopup', 'dialog');
  return b;
}
