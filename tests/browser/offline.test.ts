import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { viteConfigLoader } from '../../src/cli/viteConfigLoader';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parsePolicy } from '../../src/offline/contentSecurityPolicy';
import { expectNoSeriousAxe, PLAYING, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, SCREENSHOTS, type Served } from './harness';
import { filesUnder } from './siteBuild';
import { metaPolicyOf, offOrigin, watchPage, type Watch } from './securityWatch';

const ROOT = resolve(import.meta.dirname, '../..');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Plays on from wherever the case is until `decisions` more options have been chosen (always the first option). */
async function playDecisions(page: Page, decisions: number): Promise<void> {
  const play = page.locator('#play');
  let made = 0;
  for (let step = 0; step < 60 && made < decisions; step++) {
    const screen = await waitForScreen(page, PLAYING);
    if (screen === 'narrating') await play.getByRole('button', { name: 'Continue' }).click();
    else if (screen === 'choosing') {
      await page.keyboard.press('1');
      made++;
    } else if (screen === 'justifying') {
      await play.getByLabel('Why this option? Write your reasons').fill('Played offline in the test.');
      await play.getByRole('button', { name: 'Confirm my choice' }).click();
    } else throw new Error(`the route did not expect the ${screen} screen`);
  }
  expect(made).toBe(decisions);
}

const storyText = (page: Page) => page.locator('#play').innerText();

describe('the static site, offline after the first visit', () => {
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    served = await buildAndServe();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    watch = await watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    await served?.close();
  });

  it('has a service worker that imports nothing and precaches files that are all in the build', () => {
    const sw = readFileSync(join(served.outDir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/importScripts\s*\(/);
    const precached = [...sw.matchAll(/"?url"?:\s*"([^"]+)",\s*"?revision"?:/g)].map((m) => m[1]!);
    expect(precached.length).toBeGreaterThan(5);
    for (const url of precached) {
      expect(url, 'a precached URL is relative to the site').not.toMatch(/^(?:[a-z]+:|\/)/i);
      expect(filesUnder(served.outDir), url).toContain(url);
    }
  });

  it('caches every built file on the first visit', async () => {
    await page.goto(served.url);
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(scriptURL).toBe(`${served.url}sw.js`);
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.slice(1));
      }
      return paths.sort();
    });
    // Every file the build wrote, except the worker itself and the host's header file.
    expect(cached).toEqual(filesUnder(served.outDir).filter((f) => f !== 'sw.js' && f !== '_headers'));
  });

  it('serves a web app manifest and icons the browser accepts, so the game can be installed as an app', async () => {
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${served.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data ?? "{}") as { name: string; lang: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(parsed).toMatchObject({ name: 'Permanence case simulations', lang: 'en-GB', start_url: './' });
    for (const icon of parsed.icons) {
      const response = await fetch(new URL(icon.src, manifest.url));
      expect(response.ok, icon.src).toBe(true);
    }
    expect(parsed.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const favicon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect((await fetch(new URL(favicon!, served.url))).ok).toBe(true);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test browser's context is always incognito, where Chromium never offers to install.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  });

  it('plays into a case, then with the server down reloads from the cache and plays on', async () => {
    await page.goto(`${served.url}#play/bradley`);
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await playDecisions(page, 2);
    const before = await storyText(page);

    await served.close();
    await expect(fetch(served.url), 'the server is really down').rejects.toThrow();
    await context.setOffline(true);

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await waitForScreen(page, PLAYING);
    expect(await storyText(page)).toBe(before);
    await playDecisions(page, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'offline-bradley.png') });
    expect(watch.pageErrors).toEqual([]);
  });

  it('opens a case offline whose story had never been loaded', async () => {
    const olivia = new RegExp('/assets/olivia-[^/]+\\.js$');
    const fromCache: string[] = [];
    page.on('response', (r) => { if (olivia.test(r.url()) && r.fromServiceWorker()) fromCache.push(r.url()); });
    expect(watch.requests.filter((u) => olivia.test(u))).toEqual([]);
    await page.goto(served.url);
    await page.locator('#cases > li[data-scenario="olivia"]').getByRole('button').first().click();
    await waitForScreen(page, ['briefing']);
    expect(fromCache).toHaveLength(1);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(page, PLAYING);
    await expectNoSeriousAxe(page, 'offline-olivia');
    expect(watch.violations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(offOrigin(watch.requests, new URL(served.url).origin)).toEqual([]);
  });
});

describe('the single-file build, opened from the file system', () => {
  let outDir: string;
  let html: string;
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'permanence-single-'));
    await build({ ...viteConfigLoader, root: ROOT, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    watch = await watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('is one HTML file that refers to no other file', () => {
    expect(filesUnder(outDir)).toEqual(['index.html']);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=/);
    // Every case's story and every sound is inside it.
    for (const id of ['bradley', 'olivia', 'chloe']) expect(html.includes(`^decision: ${id}.`), `the compiled story of ${id}`).toBe(true);
    expect(html.match(/data:audio\/ogg;base64,/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('allows its one inline script and style by hash, and nothing else inline', () => {
    const policy = parsePolicy(metaPolicyOf(html)!);
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy.get('script-src')).toEqual(["'self'", hash(scripts[0]!)]);
    expect(policy.get('style-src')).toEqual(["'self'", hash(styles[0]!)]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(metaPolicyOf(html)).not.toMatch(/unsafe-/);
  });

  it('lists the cases and plays one by double-click on the file, resuming after a reload', async () => {
    const file = pathToFileURL(join(outDir, 'index.html')).href;
    await page.goto(file);
    // Sound is off until the player turns it on: on here, to see the sounds inside the file load.
    await page.evaluate(() => localStorage.setItem('permanence.settings', JSON.stringify({ sound: true })));
    await page.reload();
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    expect(await page.locator('#cases > li').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'single-file-cases.png') });
    await page.locator('#cases > li[data-scenario="bradley"]').getByRole('button').first().click();
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await playDecisions(page, 2);
    const before = await storyText(page);
    await page.reload();
    await waitForScreen(page, PLAYING);
    expect(await storyText(page)).toBe(before);
    await playDecisions(page, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'single-file-bradley.png') });

    // Its sounds load from the data: URIs inside the file.
    await expect.poll(() => page.evaluate(() => {
      const howler = (window as unknown as { Howler?: { _howls: { _src: string | string[]; state: () => string }[] } }).Howler;
      return (howler?._howls ?? []).filter((h) => String(h._src).startsWith('data:audio/') && h.state() === 'loaded').length;
    }), { timeout: 10_000 }).toBeGreaterThan(0);

    expect(watch.violations).toEqual([]);
    expect(watch.consoleRefusals).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    // Nothing but the file itself is requested.
    expect(watch.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && u.split('#')[0] !== file)).toEqual([]);
    await expectNoSeriousAxe(page, 'single-file');
  });
});
