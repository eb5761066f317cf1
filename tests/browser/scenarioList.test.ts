import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { buildAndServe, launchBrowser, newGameContext, screenshot, type Served } from './harness';
import { listScenarioIds, loadScenario } from '../../src/content/loadStoriesNode';
import { archivedVersions } from '../../src/content/storyArchive';

let served: Served;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  // A page of its own context: @axe-core/playwright refuses pages made by browser.newPage().
  const context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(served.url);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the start page in Chromium', () => {
  it('lists every scenario found in stories/, with its parts and content notes', async () => {
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    const ids = listScenarioIds();
    const shown = await page.locator('#cases > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.scenario));
    expect(shown).toEqual(ids);
    for (const id of ids) {
      const { bundle } = loadScenario(id);
      const card = page.locator(`#cases > li[data-scenario="${id}"]`);
      await expect(card.locator('h3').textContent()).resolves.toBe(bundle.info.title);
      if (bundle.info.contentNotes.length) await expect(card.textContent()).resolves.toContain(bundle.info.contentNotes[0]);
      // A fresh browser has no saved games: every case offers Start, named for the case.
      await expect(card.getByRole('button', { name: `Start ${bundle.info.title}` }).textContent()).resolves.toBe('Start');
    }
    await screenshot(page, 'start-page');
  });

  it('draws the Phaser backdrop behind the text', async () => {
    await page.locator('#stage canvas').waitFor();
    expect(await page.locator('#stage canvas').count()).toBe(1);
  });

  it('does not load any story with the start-up code', async () => {
    const jsFiles = requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname.split('/').pop()!);
    const assets = readdirSync(join(served.outDir, 'assets'));
    for (const file of jsFiles) {
      const code = readFileSync(join(served.outDir, 'assets', file), 'utf8');
      expect(code).not.toContain('"inkVersion"');
    }
    // Each story is built into a chunk of its own, fetched only when that case is opened.
    const storyChunks = assets.filter((f) => readFileSync(join(served.outDir, 'assets', f), 'utf8').includes('"inkVersion"'));
    // One per case, and one per earlier version the archive keeps (loaded only for an older log or save).
    const versions = listScenarioIds().map((id) => new Set([loadScenario(id).bundle.version, ...archivedVersions(id)]).size);
    expect(storyChunks.length).toBe(versions.reduce((a, b) => a + b, 0));
  });

  it('makes no request outside its own origin', () => {
    const origin = new URL(served.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });

  it('leads trainers and assessors to their modes, and back to the cases', async () => {
    for (const [link, heading] of [[/^Plenary: replay a group/, 'Trainer\'s plenary'], [/^Review a participant's log/, 'Assessor\'s review']] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.locator('#home').isHidden()).toBe(true);
      await page.goBack();
      await page.locator('#home-heading').waitFor({ state: 'visible' });
      await expect(page.locator('#cases > li').count()).resolves.toBe(listScenarioIds().length);
    }
  });

  it('says what it keeps on this device, and deletes only its own keys after asking', async () => {
    const data = page.locator('#device-data');
    await expect(data.innerText()).resolves.toContain('Nothing from this game is kept in this browser.');
    // A game kept aside and an assessor's marks, as earlier visits would have left them, beside another page's key.
    await page.evaluate(() => {
      localStorage.setItem('permanence.set-aside.bradley.2026-11-23T09:00:00.000Z', '{"not":"a real save"}');
      localStorage.setItem('permanence.review.abc', '{}');
      localStorage.setItem('someone-else', 'kept');
    });
    await page.reload();
    await page.locator('#cases > li').first().waitFor();
    await expect(data.innerText()).resolves.toContain("This browser keeps 1 game kept aside and 1 set of an assessor's marks for this game, on this device only.");
    await page.getByRole('button', { name: 'Delete everything this game keeps here…' }).click();
    // Asked twice: Cancel keeps everything.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => localStorage.getItem('permanence.review.abc'))).toBe('{}');
    await page.getByRole('button', { name: 'Delete everything this game keeps here…' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, delete it all');
    await screenshot(page, 'home-delete-data');
    await page.keyboard.press('Enter');
    await expect(data.getByRole('status').innerText()).resolves.toBe('Deleted 2 items. Nothing from this game is kept in this browser now.');
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['someone-else']);
    await expect(page.getByRole('button', { name: /^Start Bradley/ }).count()).resolves.toBe(1);
  });

  it('opens a case from a link that fixes the seed, so a whole room meets the same hidden facts', async () => {
    const context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
    const linked = await context.newPage();
    await linked.goto(`${served.url}#play/bradley?seed=42`);
    const briefing = linked.locator('#play .briefing');
    await expect(briefing.locator('.fixed-seed').innerText()).resolves.toMatch(/fixes what is not in the worker's hands in this case \(seed 42\): everyone who opens it meets the same hidden facts/);
    await linked.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await linked.waitForFunction(() => localStorage.getItem('permanence.session.bradley') !== null);
    const saved = JSON.parse((await linked.evaluate(() => localStorage.getItem('permanence.session.bradley')))!) as { log: { seed: number } };
    expect(saved.log.seed).toBe(42);
    await context.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
