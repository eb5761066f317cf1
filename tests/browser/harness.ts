/**
 * Builds the real game once, serves it on loopback, and drives Debian's Chromium through
 * playwright-core (no browser downloads: CHROMIUM_PATH or /usr/bin/chromium).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { viteConfigLoader } from '../../src/cli/viteConfigLoader';
import { sharedSite } from './siteBuild';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(import.meta.dirname, '../output/screenshots');

export interface Served {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/** One fixture case alone (beside the frameworks and the name register), for tests that must not wait on the shipped stories. */
export function storiesWithOnly(fixture: string, caseId: string): string {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), `permanence-${caseId}-`));
  cpSync(join(root, 'stories/frameworks'), join(dir, 'frameworks'), { recursive: true });
  cpSync(join(root, 'stories/names.json'), join(dir, 'names.json'));
  cpSync(join(root, 'tests/fixtures', fixture), join(dir, caseId), { recursive: true });
  return dir;
}

/**
 * Serves the built game on loopback. The build is shared with every other test file of the run
 * that asks for the same stories (siteBuild.ts); `writable` serves a copy of it, for a test that
 * adds files to the site.
 */
export async function buildAndServe(options: { storiesDir?: string; writable?: boolean } = {}): Promise<Served> {
  const root = resolve(import.meta.dirname, '../..');
  const shared = await sharedSite(options.storiesDir);
  let outDir = shared;
  if (options.writable) {
    outDir = mkdtempSync(join(tmpdir(), 'permanence-build-'));
    cpSync(shared, outDir, { recursive: true });
  }
  const server: PreviewServer = await preview({ ...viteConfigLoader, root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}

/**
 * A browser context for playing the game, with its service worker blocked. The worker pre-caches every case for
 * offline play (about 12 MB) in each new context; only the offline and CSP tests are about it, and they open their
 * contexts with the worker allowed.
 */
export function newGameContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. The browser tests need a real browser.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
