/**
 * The plenary figure for `npm run bench`: 500 generated logs loaded and verified in
 * Chromium through the real plenary page (file picker, reading, import, replay
 * verification, the group's analysis and the first view drawn), as a ratio to verifying
 * the same 500 files in Node the way `permanence verify` does (read, parse, schema,
 * replay). Goal: at most 2. The page times itself, from the files being chosen to the
 * results on screen (data-load-ms); both sides keep their best of a few rounds.
 * A second line loads the worst log an attacker can write (whole roads taken back,
 * wholeRoadsTakenBack) and reports the longest the page went without answering (Chromium's
 * long tasks) against the whole check: the page checks in slices, so it stays a small share.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { viteConfigLoader } from './viteConfigLoader';
import { chromium, type Browser } from 'playwright-core';
import { loadScenario, nodeLookup } from '../content/loadStoriesNode';
import { drivePlay, randomChooser, seededRandom } from '../engine/drivePlay';
import { StoryRunner } from '../story/StoryRunner';
import { logToJson } from '../log/exportLog';
import { verifyLogText } from '../log/verifyLog';
import { MAX_LOG_BYTES } from '../log/importLog';
import { wholeRoadsTakenBack } from './benchVerifyCost';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const RATIO_GOAL = 2;
/** The worst log's longest task as a share of its whole check. */
const FREEZE_SHARE_GOAL = 0.1;

/** As verifyCommand does for each file: size first, then read, then verify. */
function verifyFilesInNode(files: string[]): number {
  const lookup = nodeLookup();
  let verified = 0;
  for (const file of files) {
    if (statSync(file).size > MAX_LOG_BYTES) continue;
    if (verifyLogText(readFileSync(file, 'utf8'), lookup).kind === 'verified') verified++;
  }
  return verified;
}

async function loadInPage(browser: Browser, url: string, files: string[]): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#plenary`);
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles(files);
    await page.waitForFunction((n) => {
      const p = document.querySelector<HTMLElement>('#mode .plenary');
      return p?.dataset.busy === 'false' && p.dataset.submissions === String(n);
    }, files.length, { timeout: 300_000 });
    const counted = await page.locator('.intake-counts').innerText();
    if (!counted.endsWith(`${files.length} counted`)) throw new Error(`the page counted "${counted}"`);
    return Number(await page.locator('#mode .plenary').getAttribute('data-load-ms'));
  } finally {
    await context.close();
  }
}

/** The worst log loaded alone: how long the check took, and the longest task (the page not answering) within it. */
async function longestFreeze(browser: Browser, url: string, file: string): Promise<{ loadMs: number; longestMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}#plenary`);
    await page.evaluate(() => { (window as unknown as { __longest: number }).__longest = 0; });
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles([file]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#mode .plenary')?.dataset.busy === 'false' && document.querySelector<HTMLElement>('#mode .plenary')?.dataset.submissions === '1', undefined, { timeout: 300_000 });
    const loadMs = Number(await page.locator('#mode .plenary').getAttribute('data-load-ms'));
    const longestMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return { loadMs, longestMs };
  } finally {
    await context.close();
  }
}

/** Section 4 of the benchmark. */
export async function plenaryFigures(scenario = 'bradley', count = 500, rounds = 3): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: Chromium is not at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`];
  const dir = mkdtempSync(join(tmpdir(), 'permanence-bench-plenary-'));
  const outDir = mkdtempSync(join(tmpdir(), 'permanence-bench-site-'));
  let browser: Browser | null = null;
  let close: (() => Promise<void>) | null = null;
  try {
    const { bundle } = loadScenario(scenario);
    const runner = new StoryRunner(bundle.json);
    const files = Array.from({ length: count }, (_, s) => {
      const file = join(dir, `log-${s}.json`);
      writeFileSync(file, logToJson(drivePlay({ bundle, runner, seed: s + 1 }, randomChooser(seededRandom(s + 1))).log));
      return file;
    });
    await build({ ...viteConfigLoader, root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const server = await preview({ ...viteConfigLoader, root: ROOT, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
    close = () => new Promise<void>((done) => server.httpServer.close(() => done()));
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('the preview server has no address');
    const url = `http://127.0.0.1:${address.port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    let node = Infinity;
    let page = Infinity;
    // A warm-up of each first: the browser's first load also fetches the case's compiled story.
    await loadInPage(browser, url, files);
    verifyFilesInNode(files);
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      const verified = verifyFilesInNode(files);
      node = Math.min(node, performance.now() - started);
      if (verified !== count) throw new Error(`only ${verified} of ${count} generated logs verified in Node`);
      page = Math.min(page, await loadInPage(browser, url, files));
    }
    const ratio = page / node;
    const worst = join(dir, 'whole-roads.json');
    writeFileSync(worst, logToJson(wholeRoadsTakenBack(bundle)));
    const { loadMs, longestMs } = await longestFreeze(browser, url, worst);
    const share = longestMs / loadMs;
    return [
      `${scenario.padEnd(10)} ${count} logs: loaded and verified in the plenary page (Chromium) ${page.toFixed(0)} ms, \`permanence verify\` in Node ${node.toFixed(0)} ms (best of ${rounds}), ratio ${ratio.toFixed(2)} (goal ≤ ${RATIO_GOAL})${ratio <= RATIO_GOAL ? '' : '  OVER'}`,
      `${''.padEnd(10)} the worst log (${(statSync(worst).size / 1024 / 1024).toFixed(1)} MB, whole roads taken back): checked in ${loadMs.toFixed(0)} ms, the page's longest task ${longestMs.toFixed(0)} ms, ${(100 * share).toFixed(1)}% of the check (goal ≤ ${(100 * FREEZE_SHARE_GOAL).toFixed(0)}%: checked in slices)${share <= FREEZE_SHARE_GOAL ? '' : '  OVER'}`,
    ];
  } catch (err) {
    return [`${scenario.padEnd(10)} could not be measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
  } finally {
    await browser?.close();
    await close?.();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
