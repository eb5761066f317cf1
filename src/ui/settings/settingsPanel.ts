/**
 * The settings dialog: text size, high contrast, reduced motion, sound and volume, as
 * real form controls. Each change applies at once and is remembered. Opened by any
 * "Settings" button (see settingsButton.ts); Escape or Close shuts it and focus goes
 * back to the button that opened it.
 */
import { el, uid } from '../dom';
import { TEXT_SIZES, type Settings, type TextSize } from './settingsModel';
import type { SettingsStore } from './settingsStore';
import { OPEN_SETTINGS_ATTRIBUTE } from './settingsButton';

const TEXT_SIZE_LABELS: Record<TextSize, string> = { standard: 'Standard', large: 'Large', larger: 'Larger' };

export function installSettingsPanel(store: SettingsStore, host: HTMLElement = document.body): HTMLDialogElement {
  const dialog = el('dialog', undefined, 'settings-panel');
  const heading = el('h2', 'Settings');
  heading.id = 'settings-heading';
  dialog.setAttribute('aria-labelledby', heading.id);
  const form = el('form');
  form.method = 'dialog';

  const textSize = el('fieldset', undefined, 'settings-group');
  textSize.append(el('legend', 'Text size'));
  const sizeRadios = TEXT_SIZES.map((size) => {
    const { wrap, input } = labelledInput('radio', TEXT_SIZE_LABELS[size]);
    input.name = 'text-size';
    input.value = size;
    input.addEventListener('change', () => {
      if (input.checked) store.update({ textSize: size });
    });
    textSize.append(wrap);
    return input;
  });

  const display = el('fieldset', undefined, 'settings-group');
  display.append(el('legend', 'Display'));
  const contrast = labelledInput('checkbox', 'High contrast');
  contrast.input.addEventListener('change', () => store.update({ highContrast: contrast.input.checked }));
  const motion = labelledInput('checkbox', 'Reduce motion', 'Stops the moving shapes behind the text.');
  motion.input.addEventListener('change', () => store.update({ reducedMotion: motion.input.checked }));
  display.append(contrast.wrap, motion.wrap);

  const sound = el('fieldset', undefined, 'settings-group');
  sound.append(el('legend', 'Sound'));
  const soundOn = labelledInput('checkbox', 'Sound on', 'Soft cues when you choose and at the end of a part, and a quiet background for each setting.');
  soundOn.input.addEventListener('change', () => store.update({ sound: soundOn.input.checked }));
  const volume = labelledInput('range', 'Volume');
  volume.wrap.className = 'settings-range';
  Object.assign(volume.input, { min: '0', max: '100', step: '5' });
  const shown = el('output', undefined, 'settings-volume');
  shown.htmlFor.add(volume.input.id);
  volume.wrap.append(shown);
  volume.input.addEventListener('input', () => store.update({ volume: Number(volume.input.value) }));
  sound.append(soundOn.wrap, volume.wrap);

  const close = el('button', 'Close', 'button primary');
  close.type = 'submit';
  form.append(textSize, display, sound, close);
  dialog.append(heading, form);
  host.append(dialog);

  store.follow((s: Settings) => {
    sizeRadios.forEach((r) => { r.checked = r.value === s.textSize; });
    contrast.input.checked = s.highContrast;
    motion.input.checked = s.reducedMotion;
    soundOn.input.checked = s.sound;
    volume.input.value = String(s.volume);
    volume.input.disabled = !s.sound;
    volume.input.setAttribute('aria-valuetext', `${s.volume}%`);
    shown.textContent = `${s.volume}%`;
  });

  let opener: HTMLElement | null = null;
  dialog.addEventListener('close', () => {
    const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>(`[${OPEN_SETTINGS_ATTRIBUTE}]`);
    opener = null;
    back?.focus();
  });
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLElement>(`[${OPEN_SETTINGS_ATTRIBUTE}]`);
    if (!button || dialog.open) return;
    opener = button;
    dialog.showModal();
    // Focus the current text size, the first thing to change.
    (sizeRadios.find((r) => r.checked) ?? sizeRadios[0])?.focus();
  });
  return dialog;
}

function labelledInput(type: 'radio' | 'checkbox' | 'range', label: string, hint?: string): { wrap: HTMLDivElement; input: HTMLInputElement } {
  const wrap = el('div', undefined, `settings-${type}`);
  const input = el('input');
  input.type = type;
  input.id = uid('setting');
  const lab = el('label', label);
  lab.htmlFor = input.id;
  if (type === 'range') wrap.append(lab, input);
  else wrap.append(input, lab);
  if (hint) {
    const h = el('p', hint, 'hint');
    h.id = `${input.id}-hint`;
    input.setAttribute('aria-describedby', h.id);
    wrap.append(h);
  }
  return { wrap, input };
}
