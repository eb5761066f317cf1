import { describe, expect, it } from 'vitest';
import { shouldRegister } from '../../src/offline/registerServiceWorker';

describe('registering the offline service worker', () => {
  it('registers in the static-site build served over http or https', () => {
    expect(shouldRegister({ protocol: 'https:', supported: true, built: true })).toBe(true);
    expect(shouldRegister({ protocol: 'http:', supported: true, built: true })).toBe(true);
  });

  it('never registers from file://, in a build without a service worker, or where the browser offers none', () => {
    expect(shouldRegister({ protocol: 'file:', supported: true, built: true })).toBe(false);
    expect(shouldRegister({ protocol: 'https:', supported: true, built: false })).toBe(false);
    expect(shouldRegister({ protocol: 'http:', supported: false, built: true })).toBe(false);
  });
});
