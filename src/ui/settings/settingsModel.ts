/**
 * The player's settings: what they are, their defaults, how a stored value is checked
 * field by field (a corrupt or hostile value falls back to the defaults, never throws),
 * and how they show on the page (classes on <html>, which styles.css reads).
 */
export const SETTINGS_KEY = 'permanence.settings';

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  textSize: TextSize;
  highContrast: boolean;
  reducedMotion: boolean;
  sound: boolean;
  /** 0-100. */
  volume: number;
}

/**
 * Reduced motion starts as the device asks (`prefers-reduced-motion`); the player may change it.
 * Sound is off until the player turns it on: many play in an office or a shared room.
 */
export function defaultSettings(systemReducedMotion: boolean): Settings {
  return { textSize: 'standard', highContrast: false, reducedMotion: systemReducedMotion, sound: false, volume: 50 };
}

/** Reads a stored value: each field that is missing or wrong takes its default, so one bad field loses nothing else. */
export function parseSettings(raw: string | null, systemReducedMotion: boolean): Settings {
  const fallback = defaultSettings(systemReducedMotion);
  if (raw === null) return fallback;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fallback;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fallback;
  const d = data as Record<string, unknown>;
  const flag = (v: unknown, def: boolean) => (typeof v === 'boolean' ? v : def);
  return {
    textSize: TEXT_SIZES.includes(d.textSize as TextSize) ? (d.textSize as TextSize) : fallback.textSize,
    highContrast: flag(d.highContrast, fallback.highContrast),
    reducedMotion: flag(d.reducedMotion, fallback.reducedMotion),
    sound: flag(d.sound, fallback.sound),
    volume: typeof d.volume === 'number' && Number.isFinite(d.volume) ? clampVolume(d.volume) : fallback.volume,
  };
}

export function clampVolume(volume: number): number {
  return Math.min(100, Math.max(0, Math.round(volume)));
}

export function serialiseSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

/** Only the part of an element this needs, so it can be checked without a DOM. */
export interface ClassTarget {
  classList: { toggle(token: string, force?: boolean): boolean };
}

/** Puts the settings on <html>: `text-large` / `text-larger`, `high-contrast`, `reduce-motion`. */
export function applySettings(root: ClassTarget, settings: Settings): void {
  root.classList.toggle('text-large', settings.textSize === 'large');
  root.classList.toggle('text-larger', settings.textSize === 'larger');
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduce-motion', settings.reducedMotion);
}
