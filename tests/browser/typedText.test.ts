/**
 * Nothing typed is lost (issue 19 F2 and F7): in the real game, on the fixture case, every kind
 * of typed text survives a reload made right after the last keystroke, before any pause; each
 * box shows its limit, and text over it is refused where it is typed, never on reading it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, storiesWithOnly, type Served } from './harness';

const CASE = 'test-case';

let served: Served;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  served = await buildAndServe({ storiesDir: storiesWithOnly('test-case', CASE) });
  browser = await launchBrowser();
  const context = await newGameContext(browser, { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const play = () => page.locator('#play');
const draft = () => page.evaluate((c) => localStorage.getItem(`permanence.draft.${c}`), CASE);

/** Reloads at once and waits for the game to be back on one of the named screens. */
async function reloadTo(names: string[]): Promise<void> {
  await page.reload();
  await waitForScreen(page, names);
}

/** Plays scripted moves until one of the named screens. */
async function playTo(names: string[]): Promise<void> {
  let screen = await waitForScreen(page, PLAYING);
  for (let i = 0; i < 50 && !names.includes(screen); i++) {
    await scriptedStep(page, screen, 'Reasons written in the typed-text test.');
    screen = await waitForScreen(page, PLAYING);
  }
  expect(names).toContain(screen);
}

describe('text typed into the game', () => {
  it('keeps the pseudonym typed at the briefing through a reload, and clears the draft once the case starts', async () => {
    await page.goto(`${served.url}#play/${CASE}`);
    await waitForScreen(page, ['briefing']);
    await play().getByLabel('A name or pseudonym for your log (optional)').fill('Sam Draft');
    await reloadTo(['briefing']);
    await expect(play().getByLabel('A name or pseudonym for your log (optional)').inputValue()).resolves.toBe('Sam Draft');
    await play().getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    await page.waitForFunction((c) => localStorage.getItem(`permanence.session.${c}`) !== null, CASE);
    const saved = JSON.parse((await page.evaluate((c) => localStorage.getItem(`permanence.session.${c}`), CASE))!) as { log: { participant: string } };
    expect(saved.log.participant).toBe('Sam Draft');
    expect(await draft()).toBeNull();
  });

  it('keeps 20,000 characters of reasons through a reload made straight after typing, shows the limit, and refuses one character more where it is typed', async () => {
    await scriptedStep(page, 'narrating', '');
    await waitForScreen(page, ['choosing']);
    await page.keyboard.press('2'); // "Go straight to the decision"
    await playTo(['choosing']);
    await page.keyboard.press('2'); // "Ask Pat to put her offer in writing" asks for reasons
    await waitForScreen(page, ['justifying']);
    const box = play().getByLabel('Why this option? Write your reasons');
    const reasons = `${'Pat wrote to me. '.repeat(1_176)}Twenty thousand.`.slice(0, 20_000);
    expect(reasons).toHaveLength(20_000);
    await box.fill(reasons);
    await reloadTo(['justifying']);
    await expect(box.inputValue()).resolves.toBe(reasons);
    await expect(play().locator('.counter').innerText()).resolves.toBe('20,000 of 20,000 characters');
    await box.press('End');
    await box.type('!');
    await expect(play().locator('.counter').innerText()).resolves.toBe('20,001 of 20,000 characters: 1 too many, so it cannot be kept; shorten it');
    await play().getByRole('button', { name: 'Confirm my choice' }).click();
    await expect(play().locator('.reasons .message').innerText()).resolves.toBe('Your reasons are 20,001 characters long, and a log keeps up to 20,000: shorten by 1 character to go on. Nothing you typed is lost.');
    await expect(box.inputValue()).resolves.toBe(`${reasons}!`);
    await screenshot(page, 'typed-reasons-over-limit');
    await expectNoSeriousAxe(page, 'typed-reasons-over-limit');
    await box.press('Backspace');
    await play().getByRole('button', { name: 'Confirm my choice' }).click();
    await waitForScreen(page, ['narrating', 'choosing']);
    const saved = JSON.parse((await page.evaluate((c) => localStorage.getItem(`permanence.session.${c}`), CASE))!) as { log: { entries: { justification: string | null }[] } };
    expect(saved.log.entries.at(-1)!.justification).toBe(reasons.trim());
    expect(await draft()).toBeNull();
  });

  it("keeps a ranking's order and reasons through a reload", async () => {
    await playTo(['rank']);
    const order = () => play().locator('.rank-list li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.choice)));
    const before = await order();
    await play().locator('.rank-list li').first().getByRole('button', { name: /^Move down/ }).click();
    const moved = await order();
    expect(moved).toEqual([before[1], before[0], before[2]]);
    await play().getByLabel('Your reasons for this order').fill('Pat first, her health permitting.');
    await reloadTo(['rank']);
    await expect(order()).resolves.toEqual(moved);
    await expect(play().getByLabel('Your reasons for this order').inputValue()).resolves.toBe('Pat first, her health permitting.');
    await play().getByRole('button', { name: 'Confirm my order' }).click();
    await waitForScreen(page, ['narrating', 'balance']);
    expect(await draft()).toBeNull();
  });

  it('keeps every box of a balance sheet through a reload', async () => {
    await playTo(['balance']);
    const boxes = play().locator('.balance-sheet textarea');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) await boxes.nth(i).fill(`Box ${i + 1}: what it means for Maya.`);
    await reloadTo(['balance']);
    for (let i = 0; i < count; i++) await expect(boxes.nth(i).inputValue()).resolves.toBe(`Box ${i + 1}: what it means for Maya.`);
    // The draft is listed with what the game keeps on this device, and deleted with it.
    await page.goto(served.url);
    await expect(page.locator('#device-data').innerText()).resolves.toContain('1 draft of text you typed');
    expect(errors).toEqual([]);
  });
});
