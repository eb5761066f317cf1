import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { expectNoSeriousAxe, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, SCREENSHOTS, type Served } from './harness';

const CASE = 'bradley';
const AUDIO = /\.(ogg|mp3)(\?|$)/;

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const audioRequests = () => requests.filter((u) => AUDIO.test(new URL(u).pathname));
const htmlClasses = () => page.evaluate(() => [...document.documentElement.classList].sort());
const fontSizeOf = (selector: string) => page.locator(selector).first().evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
const dialog = () => page.getByRole('dialog', { name: 'Settings' });



const focusedText = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

describe('sound', () => {
  it('requests no sound before the first click or key press', async () => {
    await page.goto(served.url);
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    await page.waitForTimeout(1500);
    expect(audioRequests()).toEqual([]);
  });

  it('is off until the player turns it on: a click loads nothing', async () => {
    await page.locator('#home').getByRole('button', { name: 'Settings' }).click();
    await expect(dialog().getByLabel('Sound on').isChecked()).resolves.toBe(false);
    await expect(dialog().getByLabel('Volume').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1500);
    expect(audioRequests()).toEqual([]);
  });

  it('loads its sounds from the page’s own origin once turned on and a case is being played, and never breaks the game', async () => {
    await page.locator('#home').getByRole('button', { name: 'Settings' }).click();
    await dialog().getByLabel('Sound on').check();
    await page.keyboard.press('Escape');
    await page.locator(`#cases > li[data-scenario="${CASE}"]`).getByRole('button', { name: 'Start Bradley' }).click();
    await waitForScreen(page, ['briefing']);
    await page.locator('#play input').first().fill('Tester');
    await page.keyboard.press('Enter');
    let screen = await waitForScreen(page, ['narrating', 'choosing', 'justifying']);
    // Read on to the first decision and make it, so the choice cue plays.
    for (let step = 0; step < 12 && screen === 'narrating'; step++) {
      await page.locator('#play').getByRole('button', { name: 'Continue' }).click();
      screen = await waitForScreen(page, ['narrating', 'choosing', 'justifying', 'rank', 'balance']);
    }
    if (screen === 'choosing') await page.keyboard.press('1');
    await expect.poll(() => audioRequests().length, { timeout: 10_000 }).toBeGreaterThan(0);
    const origin = new URL(served.url).origin;
    expect(audioRequests().every((u) => new URL(u).origin === origin)).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('settings', () => {
  it('opens from the case list as a labelled dialog, and Escape returns focus to the button', async () => {
    await page.goto(`${served.url}#`);
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    const opener = page.locator('#home').getByRole('button', { name: 'Settings' });
    await opener.click();
    await expect(dialog().isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('standard');
    await expectNoSeriousAxe(page, 'settings panel');
    await screenshot(page, 'settings-panel-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'settings-panel-390');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Escape');
    await expect(dialog().isVisible()).resolves.toBe(false);
    expect(await focusedText()).toBe('Settings');
  });

  it('makes all the text larger', async () => {
    const before = { lede: await fontSizeOf('#home .lede'), heading: await fontSizeOf('#home h1') };
    await page.locator('#home').getByRole('button', { name: 'Settings' }).click();
    await dialog().getByLabel('Large', { exact: true }).check();
    const large = await fontSizeOf('#home .lede');
    await dialog().getByLabel('Larger', { exact: true }).check();
    expect(large).toBeGreaterThan(before.lede);
    expect(await fontSizeOf('#home .lede')).toBeGreaterThan(large);
    expect(await fontSizeOf('#home h1')).toBeGreaterThan(before.heading);
    expect(await htmlClasses()).toContain('text-larger');
  });

  it('turns on high contrast with no serious accessibility problems', async () => {
    await dialog().getByLabel('High contrast').check();
    expect(await htmlClasses()).toContain('high-contrast');
    const ink = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(ink).toBe('rgb(0, 0, 0)');
    await expectNoSeriousAxe(page, 'settings panel, high contrast');
    await page.keyboard.press('Escape');
    await expectNoSeriousAxe(page, 'case list, high contrast');
  });

  it('turns on reduced motion and turns the sound off', async () => {
    await page.locator('#home').getByRole('button', { name: 'Settings' }).click();
    const motion = dialog().getByLabel('Reduce motion');
    if (!(await motion.isChecked())) await motion.check();
    expect(await htmlClasses()).toContain('reduce-motion');
    await dialog().getByLabel('Volume').fill('30');
    await dialog().getByLabel('Sound on').uncheck();
    await expect(dialog().getByLabel('Volume').isDisabled()).resolves.toBe(true);
    await dialog().getByRole('button', { name: 'Close' }).click();
    expect(await focusedText()).toBe('Settings');
  });

  it('remembers every setting after a reload', async () => {
    await page.reload();
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    expect(await htmlClasses()).toEqual(['high-contrast', 'reduce-motion', 'text-larger']);
    await page.locator('#home').getByRole('button', { name: 'Settings' }).click();
    await expect(dialog().getByLabel('Larger', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(dialog().getByLabel('High contrast').isChecked()).resolves.toBe(true);
    await expect(dialog().getByLabel('Reduce motion').isChecked()).resolves.toBe(true);
    await expect(dialog().getByLabel('Sound on').isChecked()).resolves.toBe(false);
    await expect(dialog().getByLabel('Volume').inputValue()).resolves.toBe('30');
    await page.keyboard.press('Escape');
  });

  it('falls back to the defaults when the stored settings are corrupt', async () => {
    const saved = await page.evaluate(() => localStorage.getItem('permanence.settings'));
    await page.evaluate(() => localStorage.setItem('permanence.settings', '{"textSize": 7, oops'));
    await page.reload();
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    expect(await htmlClasses()).not.toContain('text-larger');
    expect(pageErrors).toEqual([]);
    await page.evaluate((v) => localStorage.setItem('permanence.settings', v!), saved);
    await page.reload();
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
  });

  it('opens from the play screen too, and the play screen reads well in high contrast with the largest text', async () => {
    await page.locator(`#cases > li[data-scenario="${CASE}"]`).getByRole('button', { name: 'Resume Bradley' }).click();
    await waitForScreen(page, ['narrating', 'choosing', 'justifying', 'rank', 'balance', 'checkpoint']);
    expect(await fontSizeOf('#play .passage')).toBeGreaterThanOrEqual(27);
    await expectNoSeriousAxe(page, 'play screen, high contrast, larger text');
    await screenshot(page, 'settings-play-contrast-larger-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'settings-play-contrast-larger-390');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-play-contrast-larger-390-top.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    const opener = page.locator('#play .play-header').getByRole('button', { name: 'Settings' });
    await opener.click();
    await expect(dialog().isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
