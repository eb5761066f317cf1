/**
 * The largest log an attacker can write, opened where a trainer or an assessor works: the
 * page keeps answering while it is checked (it is checked in slices) and says how far it has
 * got, and 500 pasted codes do the same. "Answering" is seen from inside the page: a timer set
 * to tick every 50 ms keeps ticking while the page is busy, which it cannot do on a page that
 * is frozen. How long the page goes without answering is a bench figure, not a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { wholeRoadsTakenBack } from '../../src/cli/benchVerifyCost';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { logToJson } from '../../src/log/exportLog';
import { replayCodeOfLog } from '../../src/log/replayCode';
import { buildAndServe, launchBrowser, newGameContext, type Served } from './harness';

// Bradley's story steps cost the most of the three cases: its worst log takes longest.
const bundle = loadScenario('bradley').bundle;
const hostile = wholeRoadsTakenBack(bundle);
const codes = Array.from({ length: 500 }, (_, i) => replayCodeOfLog(drivePlay({ bundle, seed: i + 1 }, randomChooser(seededRandom(i + 1))).log));

let served: Served;
let browser: Browser;
let page: Page;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'permanence-long-'));
  file = join(dir, 'whole-roads.json');
  writeFileSync(file, logToJson(hostile));
  served = await buildAndServe();
  browser = await launchBrowser();
  page = await (await newGameContext(browser)).newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  // Every 50 ms, what the status line says: the ticks that land while the page is busy are the proof it answers.
  await page.addInitScript(() => {
    const w = window as unknown as { __ticks: { at: number; status: string; busy: string }[] };
    w.__ticks = [];
    setInterval(() => {
      const status = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '').join(' | ');
      const busy = document.querySelector<HTMLElement>('#mode .plenary')?.dataset.busy ?? '';
      w.__ticks.push({ at: performance.now(), status, busy });
    }, 50);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Tick = { at: number; status: string; busy: string };
const ticks = (): Promise<Tick[]> => page.evaluate(() => (window as unknown as { __ticks: Tick[] }).__ticks.splice(0));

/** The longest the page went without a tick while `during` held: reported, not asserted. */
function longestGap(all: Tick[], during: (t: Tick) => boolean): number {
  let longest = 0;
  for (let i = 1; i < all.length; i++) if (during(all[i]!)) longest = Math.max(longest, all[i]!.at - all[i - 1]!.at);
  return Math.round(longest);
}

describe('the largest log an attacker can write', () => {
  const entries = hostile.entries.length.toLocaleString('en-GB');

  it('is checked in the review with the page answering, and its progress shown', async () => {
    await page.goto(`${served.url}#review`);
    await ticks();
    await page.getByLabel('Choose a decision log or a saved review (.json)').setInputFiles(file);
    await page.getByRole('heading', { name: /^Assessor's review: / }).waitFor({ timeout: 120_000 });
    await expect(page.locator('.review-verdict').getByRole('heading').innerText()).resolves.toBe('Integrity: verified');
    const seen = await ticks();
    const checking = seen.filter((t) => /Checking the log against the case: decision [\d,]+ of /.test(t.status));
    expect(checking.length).toBeGreaterThan(3);
    expect(checking.at(-1)!.status).toContain(`of ${entries}…`);
    console.log(`review: ${hostile.entries.length} entries; ${checking.length} ticks while checking; longest gap ${longestGap(seen, (t) => t.status.includes('Checking'))} ms`);
  }, 180_000);

  it('is checked in the plenary with the page answering, and counted once', async () => {
    await page.goto(`${served.url}#plenary`);
    await ticks();
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles([file]);
    await page.waitForFunction(() => {
      const p = document.querySelector<HTMLElement>('#mode .plenary');
      return p?.dataset.busy === 'false' && p.dataset.submissions === '1';
    }, undefined, { timeout: 120_000 });
    await expect(page.locator('.intake-status').innerText()).resolves.toBe('Loaded 1 file: 1 counted.');
    const seen = await ticks();
    const checking = seen.filter((t) => t.busy === 'true' && new RegExp(`Checking file 1 of 1: decision [\\d,]+ of ${entries}…`).test(t.status));
    expect(checking.length).toBeGreaterThan(3);
    console.log(`plenary, one file: ${checking.length} ticks while checking; longest gap ${longestGap(seen, (t) => t.busy === 'true')} ms`);
  }, 180_000);

  it('and 500 pasted codes are checked with the page answering too', async () => {
    await ticks();
    await page.getByLabel(/Replay codes: paste them/).fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await page.waitForFunction(() => {
      const p = document.querySelector<HTMLElement>('#mode .plenary');
      return p?.dataset.busy === 'false' && p.dataset.submissions === '501';
    }, undefined, { timeout: 120_000 });
    await expect(page.locator('.intake-status').innerText()).resolves.toBe('Found 500 codes: 500 counted.');
    const seen = await ticks();
    const busy = seen.filter((t) => t.busy === 'true');
    expect(busy.length).toBeGreaterThan(3);
    expect(busy.some((t) => /Checked \d+ of 500 codes…/.test(t.status))).toBe(true);
    console.log(`plenary, 500 codes: ${busy.length} ticks while busy; longest gap ${longestGap(seen, (t) => t.busy === 'true')} ms`);
  }, 180_000);
});
