/**
 * The front-end figures for `npm run bench`, measured in Debian's Chromium (playwright-core):
 *   (a) gzip size of the JavaScript the page loads before the first choice is shown, beside
 *       the gzip size of Phaser's own minified build (goal: ours at most Phaser's + 150 KB);
 *   (b) time from navigation to the first choice shown, as a ratio to a bare page that only
 *       starts a Phaser game (goal: at most 1.5). Rounds alternate; medians are reported.
 * The site is built with Vite into a temporary folder and served, with the bare page beside
 * it, by a small static server on loopback.
 */
import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { viteConfigLoader } from './viteConfigLoader';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const PHASER_MIN = join(ROOT, 'node_modules/phaser/dist/phaser.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as the browser tests (tests/browser/harness.ts).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const BARE = '__bench-bare';
const BUDGET_KB = 150;
const RATIO_GOAL = 1.5;

const BARE_PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Bare Phaser</title></head>
<body><div id="stage"></div>
<script src="phaser.min.js"></script>
<script>
  class Bare extends Phaser.Scene { create() { this.add.circle(100, 100, 50, 0x1d5a8a); window.__readyAt = performance.now(); } }
  new Phaser.Game({ type: Phaser.AUTO, parent: 'stage', width: 800, height: 600, scene: [Bare], banner: false });
</script></body></html>
`;

/**
 * Runs in the page before its scripts. Records when a choice is first on screen, and how
 * long the page sat waiting for the robot's next click, so the time is the page's own.
 */
function watchForFirstChoice(): void {
  const w = window as unknown as { __firstChoiceAt?: number; __idle: number };
  w.__idle = 0;
  let lastChange = 0;
  new MutationObserver(() => {
    lastChange = performance.now();
    const play = document.getElementById('play');
    if (w.__firstChoiceAt === undefined && ['choosing', 'rank', 'balance'].includes(play?.dataset.screen ?? '')) w.__firstChoiceAt = lastChange;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
  addEventListener('click', (e) => { if (lastChange > 0) w.__idle += Math.max(0, e.timeStamp - lastChange); }, true);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.webm': 'audio/webm' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => bytes / 1024;
const gzipOf = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

interface ChoiceRun { ms: number; scripts: string[] }

async function firstChoice(browser: Browser, url: string, scenario: string): Promise<ChoiceRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => { if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(new URL(r.url()).pathname); });
    await page.addInitScript(watchForFirstChoice);
    await page.goto(`${url}#play/${scenario}`);
    const play = page.locator('#play');
    await play.getByRole('button', { name: 'Start the case' }).click();
    const choiceShown = () => page.evaluate(() => (window as unknown as { __firstChoiceAt?: number }).__firstChoiceAt !== undefined);
    for (let step = 0; step < 60 && !(await choiceShown()); step++) {
      await page.waitForFunction(() => ['narrating', 'choosing', 'rank', 'balance'].includes(document.getElementById('play')?.dataset.screen ?? ''));
      if (await choiceShown()) break;
      await play.getByRole('button', { name: 'Continue' }).click();
    }
    const { at, idle } = await page.evaluate(() => {
      const w = window as unknown as { __firstChoiceAt?: number; __idle: number };
      return { at: w.__firstChoiceAt, idle: w.__idle };
    });
    if (at === undefined) throw new Error(`no choice was shown in ${scenario}`);
    return { ms: at - idle, scripts };
  } finally {
    await context.close();
  }
}

async function barePhaser(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${BARE}/`);
    await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined);
    return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  } finally {
    await context.close();
  }
}

/** Section 3 of the benchmark, one line pair per case. */
export async function frontEndFigures(scenarios: string[], rounds = 5): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: Chromium is not at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`];
  const outDir = mkdtempSync(join(tmpdir(), 'permanence-bench-'));
  const lines: string[] = [];
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    await build({ ...viteConfigLoader, root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    mkdirSync(join(outDir, BARE));
    writeFileSync(join(outDir, BARE, 'index.html'), BARE_PAGE);
    copyFileSync(PHASER_MIN, join(outDir, BARE, 'phaser.min.js'));
    const served = await serve(outDir);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const phaserGzip = gzipOf(readFileSync(PHASER_MIN));
    for (const id of scenarios) {
      try {
        const ours: number[] = [];
        const bare: number[] = [];
        let scripts: string[] = [];
        // A warm-up of each page first, so neither pays alone for the browser starting up.
        await firstChoice(browser, served.url, id);
        await barePhaser(browser, served.url);
        for (let r = 0; r < rounds; r++) {
          const run = await firstChoice(browser, served.url, id);
          ours.push(run.ms);
          scripts = run.scripts;
          bare.push(await barePhaser(browser, served.url));
        }
        const unique = [...new Set(scripts)];
        const oursGzip = unique.reduce((sum, p) => sum + gzipOf(readFileSync(join(outDir, p))), 0);
        const over = kb(oursGzip - phaserGzip);
        lines.push(`${id.padEnd(10)} JS before the first choice ${kb(oursGzip).toFixed(1)} KB gzip (${unique.length} files), Phaser's phaser.min.js ${kb(phaserGzip).toFixed(1)} KB gzip, difference ${over >= 0 ? '+' : ''}${over.toFixed(1)} KB (goal ≤ +${BUDGET_KB} KB)${over <= BUDGET_KB ? '' : '  OVER'}`);
        const ratio = median(ours) / median(bare);
        lines.push(`${''.padEnd(10)} first choice shown ${median(ours).toFixed(0)} ms, bare Phaser page started ${median(bare).toFixed(0)} ms (medians of ${rounds}), ratio ${ratio.toFixed(2)} (goal ≤ ${RATIO_GOAL})${ratio <= RATIO_GOAL ? '' : '  OVER'}`);
      } catch (err) {
        lines.push(`${id.padEnd(10)} could not be measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
    }
  } finally {
    await browser?.close();
    if (server) await new Promise<void>((done) => server!.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  }
  return lines;
}
