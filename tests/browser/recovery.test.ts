/**
 * The recovery screen, in the real game: an error nothing expected (thrown later by a
 * timer, a promise nobody handled, a screen that fails to draw) brings up a screen whose
 * first offer is the player's log, then a reload or the way back to the cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, type Served } from './harness';

const CASE = 'bradley';

let served: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  // Only for the drawing test: a page flag makes the next change of screen throw, as a bug in a screen would.
  await context.addInitScript(() => {
    const replace = Element.prototype.replaceChildren;
    Element.prototype.replaceChildren = function (...nodes: (Node | string)[]) {
      if (document.documentElement.dataset.breakDrawing === 'yes' && this.classList.contains('controls')) throw new TypeError('a screen failed to draw (in the test)');
      return replace.apply(this, nodes);
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Starts the case and makes one decision; returns the page at the next screen. */
async function oneDecision(page: Page): Promise<void> {
  await page.goto(`${served.url}#play/${CASE}`);
  const first = await waitForScreen(page, ['briefing', ...PLAYING]);
  if (first === 'briefing') await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
  let screen = await waitForScreen(page, PLAYING);
  while (screen !== 'choosing') {
    await scriptedStep(page, screen, 'Reasons from the recovery test.');
    screen = await waitForScreen(page, PLAYING);
  }
  await scriptedStep(page, screen, 'Reasons from the recovery test.');
  await page.waitForFunction(() => document.getElementById('play')?.dataset.screen !== 'choosing');
}

async function download(page: Page, name: string | RegExp): Promise<{ file: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('#recovery').getByRole('button', { name }).click()]);
  return { file: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

describe('the recovery screen', () => {
  it('offers the running case\'s log first when an error is thrown while playing', async () => {
    const page = await context.newPage();
    await oneDecision(page);
    await page.evaluate(() => { setTimeout(() => { throw new Error('thrown later, in the test'); }); });
    const recovery = page.locator('#recovery');
    await recovery.waitFor();
    expect(await page.locator('#play').isHidden()).toBe(true);
    // Focus is on the heading; the first thing Tab reaches is the export.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Something went wrong');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export my log (JSON)');
    const { file, text } = await download(page, 'Export my log (JSON)');
    expect(file).toMatch(/^permanence-bradley-/);
    const log = JSON.parse(text);
    expect(log.format).toBe('permanence-decision-log');
    expect(log.entries.length).toBeGreaterThanOrEqual(1);
    await expect(recovery.getByRole('status').innerText()).resolves.toContain('downloaded');
    // The number keys no longer choose: the broken session has been stopped.
    await page.keyboard.press('1');
    await recovery.locator('summary').click();
    await expect(recovery.locator('.recovery-details li').first().innerText()).resolves.toContain('thrown later, in the test');
    await screenshot(page, 'recovery-while-playing');
    await expectNoSeriousAxe(page, 'recovery');
    // Back to the cases: the case list, with the game still there to resume.
    await recovery.getByRole('button', { name: 'Back to the cases' }).click();
    await page.locator('#home').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: /^Resume Bradley/ }).waitFor();
    await expect(page.getByRole('button', { name: /^Resume Bradley/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('offers every saved game when a promise is rejected with no case open', async () => {
    const page = await context.newPage();
    await page.goto(served.url);
    await page.locator('#cases > li').first().waitFor();
    await page.evaluate(() => { void Promise.reject(new Error('rejected, in the test')); });
    const recovery = page.locator('#recovery');
    await recovery.waitFor();
    expect(await page.locator('#home').isHidden()).toBe(true);
    const { text } = await download(page, 'Export the saved game for bradley');
    // Issue 19 F5: exported as a decision log, which the review, the plenary and the CLI read.
    const exportedLog = JSON.parse(text);
    expect(exportedLog.format).toBe('permanence-decision-log');
    expect(exportedLog.scenario).toBe(CASE);
    expect(exportedLog.entries.length).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'recovery-no-case-open');
    await recovery.getByRole('button', { name: 'Reload the page' }).click();
    await page.locator('#cases > li').first().waitFor();
    expect(await page.locator('#recovery').count()).toBe(0);
    await page.close();
  });

  it('takes over when a screen fails to draw, and still has every decision made', async () => {
    const page = await context.newPage();
    await oneDecision(page);
    let screen = await waitForScreen(page, PLAYING);
    await page.evaluate(() => { document.documentElement.dataset.breakDrawing = 'yes'; });
    // The next move changes the screen, which now fails to draw.
    if (screen === 'narrating') await page.locator('#play').getByRole('button', { name: 'Continue' }).click();
    else await scriptedStep(page, screen, 'Reasons from the recovery test.');
    await page.locator('#recovery').waitFor();
    const log = JSON.parse((await download(page, 'Export my log (JSON)')).text);
    const stored = await page.evaluate((c) => JSON.parse(localStorage.getItem(`permanence.session.${c}`)!).log, CASE);
    expect(log.entries).toEqual(stored.entries);
    await expect(page.locator('#recovery .recovery-details li').first().textContent()).resolves.toContain('a screen failed to draw');
    screen = (await page.locator('#play').getAttribute('data-screen')) ?? '';
    expect(screen).toBe('');
    await page.close();
  });
});
