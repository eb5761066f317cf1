/**
 * A game begun at part 2's shared starting point, played in the real game as a participant
 * would: chosen from the case list beside a continuing game, resumed after a reload in its own
 * save, finished with a debrief and a log that name the part, played again (from the case card
 * and from the debrief) with the finished game kept aside, and opened from a trainer's link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, SCREENSHOTS, storiesWithOnly, type Served } from './harness';

const CASE = 'test-case';
const TITLE = 'Test case: Maya';
const REASONS = 'Pat first, tested beside return home: the shared starting point says she offered.';
const CONTINUING = `permanence.session.${CASE}`;
const PART_SLOT = `permanence.session.${CASE}.part-2`;
const SHARED_START = 'The shared starting point for part 2.';
const PART_ONE_OPENING = 'has been with emergency foster carers for three days';

let served: Served;
let browser: Browser;
let page: Page;
const errors: string[] = [];
/** The finished part game's log, as exported from its debrief. */
let exportedLog = '';
/** The continuing (whole-case) game's save, as stored before any part game was played. */
let continuing: string | null = null;

beforeAll(async () => {
  served = await buildAndServe({ storiesDir: storiesWithOnly('test-case', CASE) });
  browser = await launchBrowser();
  const context = await newGameContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

interface StoredLog {
  startPart?: number;
  seed: number;
  ending: { id: string } | null;
  entries: { part: string | null; decision: string | null; reconsideredAt: string | null }[];
}

const play = () => page.locator('#play');
const card = () => page.locator(`#cases > li[data-scenario="${CASE}"]`);
const stored = (p: Page, key: string) => p.evaluate((k) => localStorage.getItem(k), key);
const storedLog = async (p: Page, key: string): Promise<StoredLog | null> => {
  const text = await stored(p, key);
  return text === null ? null : (JSON.parse(text) as { log: StoredLog }).log;
};
/** The games kept aside in this browser, as stored. */
const keptAside = (p: Page) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('permanence.set-aside.')).map((k) => JSON.parse(localStorage.getItem(k)!) as { setAside: string; log: StoredLog }));

async function backToList(): Promise<void> {
  await page.goto(served.url);
  await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
}

/** Scripted moves until `done` says so (or the debrief), returning the screen reached. */
async function playUntil(done: () => Promise<boolean>): Promise<string> {
  let screen = await waitForScreen(page, PLAYING);
  for (let step = 0; step < 60 && screen !== 'debrief' && !(await done()); step++) {
    await scriptedStep(page, screen, REASONS);
    screen = await waitForScreen(page, PLAYING);
  }
  return screen;
}

const toDebrief = () => playUntil(async () => false);

describe('a game started at part 2 from the shared starting point', () => {
  it('leaves a continuing game of the case one choice in', async () => {
    await backToList();
    await card().getByRole('button', { name: `Start ${TITLE}` }).click();
    await waitForScreen(page, ['briefing']);
    await play().getByRole('button', { name: 'Start the case' }).click();
    await playUntil(async () => ((await storedLog(page, CONTINUING))?.entries.length ?? 0) >= 1);
    const log = await storedLog(page, CONTINUING);
    expect(log!.startPart).toBeUndefined();
    expect(log!.entries[0]!.part).toBe('1 The first week');
    continuing = await stored(page, CONTINUING);
  });

  it('is started from the case list, with a briefing and a first passage from part 2\'s shared start', async () => {
    await backToList();
    const start = card().getByRole('button', { name: /^Start at part 2, The review, from the shared starting point/ });
    await expect(start.textContent()).resolves.toBe('Start at part 2, The review, from the shared starting point');
    await expectNoSeriousAxe(page, 'case list with part starts', '#cases');
    await start.click();
    await waitForScreen(page, ['briefing']);
    expect(new URL(page.url()).hash).toBe(`#play/${CASE}/part/2`);
    await expect(play().locator('.start-part').innerText()).resolves.toContain('This game starts at part 2, The review, from the shared starting point');
    await screenshot(page, 'shared-start-briefing');
    await play().getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    const text = await play().innerText();
    expect(text).toContain(SHARED_START);
    expect(text).not.toContain(PART_ONE_OPENING);
    await screenshot(page, 'shared-start-first-passage');
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('resumes the part game after a reload, in its own save, with the continuing game untouched', async () => {
    await playUntil(async () => ((await storedLog(page, PART_SLOT))?.entries.length ?? 0) >= 1);
    const before = await storedLog(page, PART_SLOT);
    expect(before!.startPart).toBe(2);
    expect(before!.entries.map((e) => e.decision)).toEqual(['test.p2.priorities']);
    await page.reload();
    // The next decision of part 2 (the balance sheet), not the part 1 game.
    await expect(waitForScreen(page, PLAYING)).resolves.toBe('balance');
    expect(new URL(page.url()).hash).toBe(`#play/${CASE}/part/2`);
    expect(await play().innerText()).not.toContain(PART_ONE_OPENING);
    expect((await storedLog(page, PART_SLOT))!.entries).toHaveLength(1);
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('ends on a debrief, replay code and exported log that name part 2', async () => {
    await expect(toDebrief()).resolves.toBe('debrief');
    await expect(play().locator('.debrief .start-part').innerText()).resolves.toContain('This game started at part 2 from the shared starting point, not at the beginning');
    await expect(play().locator('.replay-code').innerText()).resolves.toMatch(new RegExp(`^${CASE}\\.p2\\.`));
    const [download] = await Promise.all([page.waitForEvent('download'), play().getByRole('button', { name: 'Export log (JSON)' }).click()]);
    exportedLog = join(mkdtempSync(join(tmpdir(), 'permanence-shared-start-log-')), 'part-2.json');
    await download.saveAs(exportedLog);
    const log = JSON.parse(readFileSync(exportedLog, 'utf8')) as StoredLog;
    expect(log.startPart).toBe(2);
    expect(log.ending).not.toBeNull();
    expect(new Set(log.entries.map((e) => e.part))).toEqual(new Set(['2 The review']));
    await page.waitForTimeout(900);
    await screenshot(page, 'shared-start-debrief');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'shared-start-debrief-top.png') });
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('is played again from the case card: same part, own save, the finished game kept aside', async () => {
    await backToList();
    await expect(card().getByRole('button', { name: /^Resume part 2, The review/ }).count()).resolves.toBe(1);
    // The continuing game is not finished: no "Play again" for the whole case.
    await expect(card().getByRole('button', { name: `Play ${TITLE} again` }).count()).resolves.toBe(0);
    await screenshot(page, 'shared-start-case-card');
    await card().getByRole('button', { name: /^Play part 2 again/ }).click();
    await waitForScreen(page, ['briefing']);
    expect(new URL(page.url()).hash).toBe(`#play/${CASE}/part/2`);
    await expect(play().locator('.start-part').innerText()).resolves.toContain('starts at part 2');
    const kept = await keptAside(page);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.log.startPart).toBe(2);
    expect(kept[0]!.log.ending).not.toBeNull();
    expect(kept[0]!.setAside).toMatch(/part 2 of this case from its shared starting point, finished/);
    await play().getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    await expect(play().innerText()).resolves.toContain(SHARED_START);
    const fresh = await storedLog(page, PART_SLOT);
    expect(fresh!.startPart).toBe(2);
    expect(fresh!.ending).toBeNull();
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('is played again from its debrief: same part, the finished game kept aside', async () => {
    await expect(toDebrief()).resolves.toBe('debrief');
    await play().getByRole('button', { name: 'Finish and go back to the cases' }).click();
    await page.locator('#home').waitFor({ state: 'visible' });
    await card().getByRole('button', { name: /^Resume part 2, The review/ }).click();
    await waitForScreen(page, ['done']);
    await play().locator('.log-actions').screenshot({ path: join(SCREENSHOTS, 'shared-start-finished-debrief-actions.png') });
    await play().getByRole('button', { name: 'Play part 2 again from the shared starting point' }).click();
    await waitForScreen(page, ['briefing']);
    await expect(play().locator('.start-part').innerText()).resolves.toContain('starts at part 2');
    const kept = await keptAside(page);
    expect(kept).toHaveLength(2);
    expect(kept.every((k) => k.log.startPart === 2 && k.log.ending !== null)).toBe(true);
    await play().getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    await expect(play().innerText()).resolves.toContain(SHARED_START);
    const fresh = await storedLog(page, PART_SLOT);
    expect(fresh!.startPart).toBe(2);
    expect(fresh!.entries).toEqual([]);
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('lists the finished part games kept aside by their part, and opens one on its part\'s debrief', async () => {
    await backToList();
    const items = page.locator('#device-data li').filter({ hasText: `${TITLE}, begun at part 2: kept aside` });
    await expect(items.count()).resolves.toBe(2);
    await page.locator('#device-data .kept-aside').screenshot({ path: join(SCREENSHOTS, 'shared-start-kept-aside.png') });
    await items.first().getByRole('button', { name: /^Open its debrief/ }).click();
    await waitForScreen(page, ['debrief']);
    expect(new URL(page.url()).hash).toBe(`#play/${CASE}/part/2`);
    await expect(play().locator('.debrief .start-part').innerText()).resolves.toContain('started at part 2');
    expect(await stored(page, CONTINUING)).toBe(continuing);
  });

  it('opens at part 2 from a trainer\'s link with a fixed seed', async () => {
    const context = await newGameContext(browser, { viewport: { width: 1280, height: 900 } });
    const fresh = await context.newPage();
    fresh.on('pageerror', (err) => errors.push(err.message));
    await fresh.goto(`${served.url}#play/${CASE}/part/2?seed=5`);
    await waitForScreen(fresh, ['briefing']);
    await expect(fresh.locator('#play .start-part').innerText()).resolves.toContain('starts at part 2, The review,');
    await expect(fresh.locator('#play .fixed-seed').innerText()).resolves.toContain('seed 5');
    await fresh.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(fresh, PLAYING);
    await expect(fresh.locator('#play').innerText()).resolves.toContain(SHARED_START);
    const log = await storedLog(fresh, PART_SLOT);
    expect(log).toMatchObject({ startPart: 2, seed: 5 });
    expect(await stored(fresh, CONTINUING)).toBeNull();
    await context.close();
  });

  it('is summarised in the plenary as a part-2 start, never as whole-case play', async () => {
    await page.goto(`${served.url}#plenary`);
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles([exportedLog]);
    await page.waitForFunction(() => {
      const p = document.querySelector<HTMLElement>('#mode .plenary');
      return p?.dataset.busy === 'false' && p.dataset.submissions === '1';
    });
    await expect(page.locator('#mode .start-part').innerText()).resolves.toContain('Started: At part 2, The review, from the shared starting point');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export group summary (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^plenary-${CASE}-part-2-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const [header, ...rows] = readFileSync((await download.path())!, 'utf8').trim().split('\r\n').map((r) => r.split(','));
    const column = header!.indexOf('start_part');
    expect(column).toBeGreaterThan(-1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[column])).toEqual(rows.map(() => '2'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export group summary (JSON)' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toMatchObject({ startPart: 2, startPartName: 'The review', participants: 1 });
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
