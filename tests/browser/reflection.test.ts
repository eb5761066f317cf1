/**
 * A reflection point in the real game (issue 14): the player writes a reflection before its one
 * choice is taken, the draft survives a reload made mid-typing, an empty box is refused with
 * what is needed, and the reflection is shown, as text, in the debrief and, after the log is
 * exported and opened again, in the assessor's review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxe, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, storiesWithOnly, type Served } from './harness';

const CASE = 'reflection-case';
const SCREENS = ['briefing', 'narrating', 'choosing', 'reflection', 'checkpoint', 'debrief'];
const PROMPT = 'What did you bring to Sam\'s case (your values, what you know, how you work alongside others, how you look after yourself), and what would you do differently?';
/** Markup that would run or show bold if any view parsed it as HTML. */
const FIRST_HALF = 'I brought patience and <b>my own</b> care history';
const REFLECTION = `${FIRST_HALF}; next time I would ask Sam sooner <img src=x onerror="window.__xss=1">.`;

let served: Served;
let browser: Browser;
let page: Page;
let dir: string;
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'permanence-reflection-out-'));
  served = await buildAndServe({ storiesDir: storiesWithOnly('reflection-case', CASE) });
  browser = await launchBrowser();
  const context = await newGameContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await page.addInitScript(() => { (window as unknown as { __xss: number }).__xss = 0; });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const play = () => page.locator('#play');
const box = () => play().getByLabel(PROMPT);

describe('a reflection point', () => {
  it('asks for the reflection in a box labelled with its question, before its one choice', async () => {
    await page.goto(`${served.url}#play/${CASE}`);
    await waitForScreen(page, ['briefing']);
    await play().getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, ['narrating']);
    await play().getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, ['choosing']);
    await page.keyboard.press('1');
    await waitForScreen(page, ['narrating']);
    await play().getByRole('button', { name: 'Continue' }).click();
    expect(await waitForScreen(page, SCREENS)).toBe('reflection');
    await expect(play().getByRole('heading', { name: 'Your reflection' }).count()).resolves.toBe(1);
    await expect(play().getByRole('button', { name: 'Keep my reflection and go on' }).count()).resolves.toBe(1);
    await expectNoSeriousAxe(page, 'reflection screen');
  });

  it('says what is needed when the box is empty, and goes nowhere', async () => {
    await play().getByRole('button', { name: 'Keep my reflection and go on' }).click();
    await expect(play().locator('form.reflection .message').innerText()).resolves.toBe('Write your reflection before you go on: the box is empty.');
    expect(await waitForScreen(page, SCREENS)).toBe('reflection');
  });

  it('keeps what was typed through a reload made straight after typing', async () => {
    await box().fill(FIRST_HALF);
    await page.reload();
    expect(await waitForScreen(page, SCREENS)).toBe('reflection');
    await expect(box().inputValue()).resolves.toBe(FIRST_HALF);
    await box().press('End');
    await box().type(REFLECTION.slice(FIRST_HALF.length));
    await expect(box().inputValue()).resolves.toBe(REFLECTION);
    await screenshot(page, 'reflection-typed');
  });

  it('takes the choice with the reflection and shows it, as text, in the debrief', async () => {
    await play().getByRole('button', { name: 'Keep my reflection and go on' }).click();
    await waitForScreen(page, ['narrating']);
    await play().getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, ['debrief']);
    const card = play().locator('section.reflections');
    await expect(card.getByRole('heading', { name: 'Your reflection' }).count()).resolves.toBe(1);
    await expect(card.locator('.option-name').innerText()).resolves.toBe(PROMPT);
    await expect(card.locator('.participant-text').innerText()).resolves.toBe(REFLECTION);
    await expect(card.locator('b, img').count()).resolves.toBe(0);
    // One decision, not two: the reflection is not a decision.
    await expect(play().locator('.decisions article').count()).resolves.toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('permanence.draft.reflection-case'))).toBeNull();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'reflection-debrief');
  });

  it('is in the exported log and, opened again, in the assessor\'s review', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), play().getByRole('button', { name: 'Export log (JSON)' }).click()]);
    const file = join(dir, 'reflection-log.json');
    await download.saveAs(file);
    await page.goto(`${served.url}#review`);
    await page.getByLabel('Choose a decision log or a saved review (.json)').setInputFiles(file);
    await page.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
    await expect(page.locator('.review-verdict').innerText()).resolves.toMatch(/Verified: the log replays true/);
    const section = page.locator('.review-reflections');
    await expect(section.getByRole('heading', { name: 'The participant\'s reflection' }).count()).resolves.toBe(1);
    await expect(section.locator('.option-name').innerText()).resolves.toBe(`Part 1: Planning with Sam: ${PROMPT}`);
    await expect(section.locator('.participant-text').innerText()).resolves.toBe(REFLECTION);
    await expect(section.locator('b, img').count()).resolves.toBe(0);
    await expect(page.locator('.review-decision').count()).resolves.toBe(1);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'reflection-review');
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(errors).toEqual([]);
  });
});
