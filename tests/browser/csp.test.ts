import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parsePolicy } from '../../src/offline/contentSecurityPolicy';
import { modes } from '../../src/ui/modes';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, SCREENSHOTS, type Served } from './harness';
import { metaPolicyOf, offOrigin, watchPage, type Watch } from './securityWatch';

const CASE = 'bradley';
const REASONS = 'Kinship first if it is safe: <b>Bradley</b> needs the people he knows.';

const PROBE = `const probe = {};
try { probe.evaluated = String((0, eval)('1 + 1')); } catch (e) { probe.evaluated = e.name; }
try { probe.constructed = String(new Function('return 2')()); } catch (e) { probe.constructed = e.name; }
const target = document.createElement('button');
target.setAttribute('onclick', 'window.__handlerRan = true');
document.body.append(target);
target.click();
target.remove();
window.probe = probe;
`;

let served: Served;
let browser: Browser;
let page: Page;
let watch: Watch;

beforeAll(async () => {
  served = await buildAndServe({ writable: true });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  watch = await watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the Content-Security-Policy of the static site', () => {
  it('is written into the built page, before any script, and is strict', () => {
    const html = readFileSync(join(served.outDir, 'index.html'), 'utf8');
    const policy = metaPolicyOf(html);
    expect(policy).not.toBeNull();
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const p = parsePolicy(policy!);
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
    expect(p.get('form-action')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-|\*|https?:/);
    // The built page has no inline script or inline event handler for the policy to refuse.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('holds while a whole case is played to its debrief, with the case file open, and no request leaves the origin', async () => {
    // Sound is off until the player turns it on: on here, so its loading is under the policy too.
    await page.goto(served.url);
    await page.evaluate(() => localStorage.setItem('permanence.settings', JSON.stringify({ sound: true })));
    await page.goto(`${served.url}#play/${CASE}`);
    // Only the address's hash changed: load the page again, so it starts with the setting.
    await page.reload();
    await waitForScreen(page, ['briefing']);
    const shown = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(shown).toBe(metaPolicyOf(readFileSync(join(served.outDir, 'index.html'), 'utf8')));

    // The case file draws the family and the network with Phaser.
    await page.locator('#play .briefing').getByRole('button', { name: 'Case file' }).click();
    await page.getByRole('region', { name: 'Case file' }).locator('canvas').first().waitFor();
    await page.keyboard.press('Escape');

    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, PLAYING);
    let steps = 0;
    for (; steps < 200 && screen !== 'debrief'; steps++) {
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('debrief');
    await page.getByRole('region', { name: 'How close each choice came to the strongest option' }).locator('canvas').waitFor();
    // Sounds were loaded (the first click unlocks them), under the same policy.
    await expect.poll(() => watch.requests.filter((u) => /\.(ogg|mp3)$/.test(new URL(u).pathname)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-debrief.png') });

    expect(watch.violations).toEqual([]);
    expect(watch.consoleRefusals).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(offOrigin(watch.requests, new URL(served.url).origin)).toEqual([]);
    expect(watch.requests.length).toBeGreaterThan(5);
    await expectNoSeriousAxe(page, 'csp-debrief');
  });

  it('holds in every trainer’s and assessor’s mode as it opens', async () => {
    const names = Object.keys(modes);
    for (const name of names) {
      await page.goto(`${served.url}#${name}`);
      await page.waitForFunction(() => {
        const root = document.getElementById('mode');
        return root && !root.hidden && !root.hasAttribute('aria-busy') && root.querySelector('h1, h2, [role="alert"]');
      });
      expect(await page.locator('#mode [role="alert"]').filter({ hasText: 'could not be loaded' }).count(), name).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `csp-mode-${name}.png`) });
    }
    expect(watch.violations).toEqual([]);
    expect(watch.consoleRefusals).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(offOrigin(watch.requests, new URL(served.url).origin)).toEqual([]);
  });

  it('is really enforced: injected inline code, eval, new Function and inline handlers are refused and reported', async () => {
    // A script of the page's own origin (so it is allowed to load) that tries what the policy forbids.
    // It has to be page code: code Playwright evaluates through DevTools is exempt from the policy.
    writeFileSync(join(served.outDir, 'csp-probe.js'), PROBE);
    const before = watch.violations.length;
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.body.append(inline);
      const probe = document.createElement('script');
      probe.src = './csp-probe.js';
      document.body.append(probe);
    });
    await page.waitForFunction(() => 'probe' in window);
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { probe: Record<string, string>; __inlineRan?: boolean; __handlerRan?: boolean };
      return { ...w.probe, inline: w.__inlineRan === true, handler: w.__handlerRan === true };
    });
    expect(outcome).toEqual({ evaluated: 'EvalError', constructed: 'EvalError', inline: false, handler: false });
    await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(before + 4);
    const reported = watch.violations.slice(before);
    expect(reported.filter((v) => v.startsWith('script-src-elem blocked inline'))).toHaveLength(1);
    expect(reported.filter((v) => v.startsWith('script-src blocked eval'))).toHaveLength(2);
    expect(reported.filter((v) => v.startsWith('script-src-attr blocked'))).toHaveLength(1);
  });
});
