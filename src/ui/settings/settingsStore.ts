/**
 * The settings in force for this page: read once from storage, changed by the settings
 * panel, saved on every change, and announced to whoever follows them (the page's
 * classes, the backdrop, the sound).
 */
import type { KeyValueStorage } from '../../persistence/sessionStore';
import { parseSettings, serialiseSettings, SETTINGS_KEY, type Settings } from './settingsModel';

export type SettingsListener = (settings: Settings) => void;

export class SettingsStore {
  private current: Settings;
  private readonly listeners: SettingsListener[] = [];

  constructor(private readonly storage: KeyValueStorage | null, systemReducedMotion: boolean) {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(SETTINGS_KEY) ?? null;
    } catch {
      raw = null;
    }
    this.current = parseSettings(raw, systemReducedMotion);
  }

  get(): Settings {
    return this.current;
  }

  /** Calls the listener now and on every change. */
  follow(listener: SettingsListener): void {
    this.listeners.push(listener);
    listener(this.current);
  }

  update(change: Partial<Settings>): void {
    this.current = { ...this.current, ...change };
    try {
      this.storage?.setItem(SETTINGS_KEY, serialiseSettings(this.current));
    } catch {
      // Storage full or blocked: the settings still hold for this visit.
    }
    for (const l of this.listeners) l(this.current);
  }
}
