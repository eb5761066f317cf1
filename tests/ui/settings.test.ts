import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/persistence/sessionStore';
import { applySettings, defaultSettings, parseSettings, serialiseSettings, SETTINGS_KEY, type Settings } from '../../src/ui/settings/settingsModel';
import { SettingsStore } from '../../src/ui/settings/settingsStore';

const chosen: Settings = { textSize: 'larger', highContrast: true, reducedMotion: true, sound: false, volume: 30 };

/** A stand-in for <html>'s class list. */
function fakeRoot() {
  const classes = new Set<string>();
  return {
    classes,
    classList: {
      toggle(token: string, force?: boolean) {
        const on = force ?? !classes.has(token);
        if (on) classes.add(token);
        else classes.delete(token);
        return on;
      },
    },
  };
}

describe('settings', () => {
  it('start at standard text, normal contrast, sound off (at half volume when turned on), motion as the device asks', () => {
    expect(parseSettings(null, false)).toEqual({ textSize: 'standard', highContrast: false, reducedMotion: false, sound: false, volume: 50 });
    expect(parseSettings(null, true).reducedMotion).toBe(true);
  });

  it('read back exactly what was saved', () => {
    expect(parseSettings(serialiseSettings(chosen), false)).toEqual(chosen);
  });

  it('fall back to the defaults when the stored value is corrupt', () => {
    for (const raw of ['{not json', '', 'null', '42', '"large"', '[1,2]', 'true']) {
      expect(parseSettings(raw, false)).toEqual(defaultSettings(false));
    }
  });

  it('keep each good field and default each bad one', () => {
    const raw = JSON.stringify({ textSize: 'enormous', highContrast: 'yes', reducedMotion: true, sound: false, volume: '80', extra: '<script>' });
    expect(parseSettings(raw, false)).toEqual({ textSize: 'standard', highContrast: false, reducedMotion: true, sound: false, volume: 50 });
  });

  it('hold the volume between 0 and 100 in whole steps', () => {
    const volume = (v: unknown) => parseSettings(JSON.stringify({ volume: v }), false).volume;
    expect(volume(-20)).toBe(0);
    expect(volume(250)).toBe(100);
    expect(volume(33.6)).toBe(34);
    expect(volume(null)).toBe(50);
    expect(parseSettings('{"volume": 1e999}', false).volume).toBe(50);
  });

  it('show on the page as classes on <html>, one text size at a time', () => {
    const root = fakeRoot();
    applySettings(root, chosen);
    expect([...root.classes].sort()).toEqual(['high-contrast', 'reduce-motion', 'text-larger']);
    applySettings(root, { ...chosen, textSize: 'large', highContrast: false, reducedMotion: false });
    expect([...root.classes]).toEqual(['text-large']);
    applySettings(root, defaultSettings(false));
    expect(root.classes.size).toBe(0);
  });

  it('are remembered in storage and announced on every change', () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage, false);
    const seen: Settings[] = [];
    store.follow((s) => seen.push(s));
    store.update({ textSize: 'large', volume: 70 });
    expect(seen.map((s) => s.textSize)).toEqual(['standard', 'large']);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({ textSize: 'large', volume: 70 });
    expect(new SettingsStore(storage, false).get()).toMatchObject({ textSize: 'large', volume: 70 });
  });

  it('still work for the visit when storage is blocked or full', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {}, key: () => null, length: 0 };
    const store = new SettingsStore(broken, true);
    expect(store.get()).toEqual(defaultSettings(true));
    store.update({ highContrast: true });
    expect(store.get().highContrast).toBe(true);
  });
});
