/**
 * Storage letting the player down, in the real game: full, switched off (private
 * browsing), a damaged autosave, and two tabs playing the same case. In every one the
 * game goes on, says what happened, offers the log, and keeps every decision made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, type Served } from './harness';

const CASE = 'bradley';
const DECIDING = ['choosing', 'rank', 'balance'];

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function freshPage(init?: () => void): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  if (init) await page.addInitScript(init);
  return { context, page, errors };
}

async function startCase(page: Page): Promise<void> {
  await page.goto(`${served.url}#play/${CASE}`);
  await waitForScreen(page, ['briefing']);
  await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
}

/** One move, waiting until the screen has been rebuilt for what comes next (a new screen can have the same name). */
async function step(page: Page, screen: string): Promise<string> {
  await page.evaluate(() => document.querySelector('#play .controls > *')?.setAttribute('data-before', ''));
  await scriptedStep(page, screen, 'Reasons written in the storage test.');
  await page.waitForFunction(() => !document.querySelector('#play .controls > [data-before]'));
  return waitForScreen(page, PLAYING);
}

/** Plays on to the next decision and makes it (first option, with reasons where asked). */
async function decide(page: Page): Promise<void> {
  let screen = await waitForScreen(page, PLAYING);
  while (!DECIDING.includes(screen)) screen = await step(page, screen);
  if ((await step(page, screen)) === 'justifying') await step(page, 'justifying');
}

/** Clicks an export button and reads the file the browser was given. */
async function exported(page: Page, name: string | RegExp): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#play').getByRole('button', { name }).click()]);
  return { file: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

const activeChoices = (log: { entries: { reconsideredAt: string | null }[] }) => log.entries.filter((e) => e.reconsideredAt === null).length;

describe('when browser storage fails', () => {
  it('plays on when storage is switched off (private browsing), says so, and exports every decision', async () => {
    const { context, page, errors } = await freshPage(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(served.url);
    await expect(page.locator('#cases > li').count()).resolves.toBeGreaterThan(0);
    await startCase(page);
    for (let i = 0; i < 2; i++) await decide(page);
    const alert = page.locator('#play .save-problem [role="alert"]');
    await expect(alert.innerText()).resolves.toMatch(/not letting the game save.*export your log/);
    const { file, text } = await exported(page, 'Export my log now');
    expect(file).toMatch(/^permanence-bradley-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(activeChoices(JSON.parse(text))).toBe(2);
    expect(PLAYING).toContain(await page.locator('#play').getAttribute('data-screen'));
    await screenshot(page, 'storage-private-mode');
    expect(await page.locator('#recovery').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays on when storage is full, says so, and exports every decision made since', async () => {
    const { context, page, errors } = await freshPage(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('permanence.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await startCase(page);
    await decide(page);
    await expect(page.locator('#play .save-problem [role="alert"]').innerText()).resolves.toContain('storage is full');
    const { text } = await exported(page, 'Export my log now');
    expect(activeChoices(JSON.parse(text))).toBe(1);
    await decide(page);
    expect(activeChoices(JSON.parse((await exported(page, 'Export my log now')).text))).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets a damaged autosave aside, says so, offers it as a file, and starts afresh', async () => {
    const { context, page, errors } = await freshPage();
    const damaged = '{"machineVersion":1,"phase":"choosing","log":{"format":"permanence-decision-log","entries":[{"text":"<b>half a sa';
    await page.goto(served.url);
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [`permanence.session.${CASE}`, damaged]);
    await page.goto(`${served.url}#play/${CASE}`);
    await waitForScreen(page, ['briefing']);
    const notice = page.locator('#play .damaged-save');
    await expect(notice.innerText()).resolves.toMatch(/could not be used: the saved game is damaged \(not readable as JSON\)\. It has been kept aside and a new game can start\./);
    const { file, text } = await exported(page, 'Download the damaged save');
    expect(file).toBe('permanence-bradley-damaged-save.json');
    expect(text).toBe(damaged);
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('permanence.set-aside.bradley.')).map((k) => localStorage.getItem(k)));
    expect(aside).toEqual([damaged]);
    await screenshot(page, 'storage-damaged-save');
    await expectNoSeriousAxe(page, 'storage-damaged-save');
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await decide(page);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), `permanence.session.${CASE}`);
    expect(activeChoices(saved.log)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the last tab opened on a case save it; the other says so, keeps its own decisions aside, and exports them', async () => {
    const { context, page: first, errors } = await freshPage();
    await startCase(first);
    await decide(first);
    const second = await context.newPage();
    second.on('pageerror', (err) => errors.push(err.message));
    await second.goto(`${served.url}#play/${CASE}`);
    expect(PLAYING).toContain(await waitForScreen(second, PLAYING));
    // The first tab learns of the second from the storage event, and says so.
    const notice = first.locator('#play .tab-overtaken [role="alert"]');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/opened in another tab or window.*Export this tab's log/s);
    await decide(first);
    await decide(first);
    const stored = () => second.evaluate((c) => {
      const entries = Object.keys(localStorage).filter((k) => k.startsWith('permanence.'));
      const parse = (k: string) => JSON.parse(localStorage.getItem(k)!);
      const main = parse(`permanence.session.${c}`);
      const aside = entries.filter((k) => k.startsWith(`permanence.set-aside.${c}.`)).map(parse);
      return { mainTab: main.tab.id as string, main: main.log.entries.length as number, aside: aside.map((a) => ({ tab: a.tab.id as string, entries: a.log.entries.length as number })) };
    }, CASE);
    // The second tab's game (one decision) is not overwritten by the first tab's two later ones, which are kept aside.
    let kept = await stored();
    expect(kept.main).toBe(1);
    expect(kept.aside).toHaveLength(1);
    expect(kept.aside[0]!.entries).toBe(3);
    expect(kept.aside[0]!.tab).not.toBe(kept.mainTab);
    const firstLog = JSON.parse((await exported(first, 'Export this tab\'s log')).text);
    expect(activeChoices(firstLog)).toBe(3);
    await screenshot(first, 'storage-two-tabs-overtaken');
    await expectNoSeriousAxe(first, 'storage-two-tabs-overtaken');
    // The second tab plays and saves as normal, and is told nothing.
    await decide(second);
    kept = await stored();
    expect(kept.main).toBe(2);
    expect(await second.locator('#play .tab-overtaken').count()).toBe(0);
    expect(kept.aside[0]!.entries).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });
  // Issue 19 F6: "Delete everything" holds across open tabs.
  it('keeps "Delete everything" deleted while another tab is playing: that tab stops saving and says why', async () => {
    const { context, page: playing, errors } = await freshPage();
    await startCase(playing);
    await decide(playing);
    const home = await context.newPage();
    home.on('pageerror', (err) => errors.push(err.message));
    await home.goto(served.url);
    await home.locator('#cases > li').first().waitFor();
    await home.getByRole('button', { name: 'Delete everything this game keeps here…' }).click();
    await home.getByRole('button', { name: 'Yes, delete it all' }).click();
    const notice = playing.locator('#play .deleted-elsewhere [role="alert"]');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/deleted from another tab or window.*stopped saving.*Export this tab's log/s);
    // The playing tab goes on, and writes nothing back.
    await decide(playing);
    await playing.waitForTimeout(300);
    const ours = () => home.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('permanence.')));
    expect(await ours()).toEqual([]);
    const log = JSON.parse((await exported(playing, 'Export this tab\'s log')).text);
    expect(activeChoices(log)).toBe(2);
    await home.reload();
    await expect(home.locator('#device-data').innerText()).resolves.toContain('Nothing from this game is kept in this browser.');
    await expectNoSeriousAxe(playing, 'storage-deleted-elsewhere');
    expect(errors).toEqual([]);
    await context.close();
  });
  // Issue 19 F1 and F5: a saved game of an earlier version of a case resumes on that version; one
  // that cannot is kept aside, its log exportable, and listed with what this device keeps.
  it('resumes a saved game made by the first release on its own version of the case', async () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/released-v1/olivia-part-way.saved-session.json'), 'utf8');
    const made = JSON.parse(text) as { log: { storyVersion: string; entries: unknown[] } };
    const { context, page, errors } = await freshPage();
    await page.goto(served.url);
    await page.evaluate((t) => localStorage.setItem('permanence.session.olivia', t), text);
    await page.goto(`${served.url}#play/olivia`);
    await expect(waitForScreen(page, PLAYING)).resolves.toBe('choosing');
    expect(await page.locator('#play .cannot-resume').count()).toBe(0);
    await decide(page);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('permanence.session.olivia')))!) as { log: { storyVersion: string; entries: { reconsideredAt: string | null }[] } };
    expect(saved.log.storyVersion).toBe(made.log.storyVersion);
    expect(activeChoices(saved.log)).toBe(made.log.entries.length + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps aside a saved game of a version it does not keep, exports its log, and lists it with what it keeps', async () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/released-v1/olivia-part-way.saved-session.json'), 'utf8');
    const unknown = JSON.parse(text) as { log: { storyVersion: string; participant: string; entries: unknown[] } };
    unknown.log.storyVersion = 'ffffffffffff';
    const { context, page, errors } = await freshPage();
    await page.goto(served.url);
    await page.evaluate((t) => localStorage.setItem('permanence.session.olivia', t), JSON.stringify(unknown));
    await page.goto(`${served.url}#play/olivia`);
    const notice = page.locator('#play .cannot-resume [role="alert"]');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/could not be resumed.*kept aside in this browser, not overwritten.*Export its log/s);
    const file = await exported(page, 'Export the saved game\'s log');
    expect(JSON.parse(file.text)).toMatchObject({ format: 'permanence-decision-log', storyVersion: 'ffffffffffff' });
    // Starting again does not overwrite it: it is listed, with its log, on the home page.
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    await page.goto(served.url);
    const data = page.locator('#device-data');
    await data.getByRole('heading', { name: 'Games kept aside' }).waitFor();
    await expect(data.innerText()).resolves.toMatch(/Olivia[^\n]*: kept aside [^\n]*, \d+ choices made\. Why: it was made on a version of this case \(ffffffffffff\) that this game no longer keeps/);
    // A version this game does not keep cannot be resumed, so no Resume is offered for it.
    expect(await data.getByRole('button', { name: /^Resume: Olivia/ }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: /^Export log: Olivia/ }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({ format: 'permanence-decision-log', participant: unknown.log.participant });
    await screenshot(page, 'home-kept-aside');
    await expectNoSeriousAxe(page, 'home-kept-aside', '#device-data');
    expect(errors).toEqual([]);
    await context.close();
  });
});
