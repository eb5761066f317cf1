import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, SCREENSHOTS, type Served } from './harness';

const caseFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../stories/bradley/casefile.json'), 'utf8')) as {
  chronology: { event: string }[];
  network: { label: string }[];
};

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(served.url);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const panel = () => page.locator('#play .case-file');


async function focusedText(): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}


async function panelShots(name: string): Promise<void> {
  await page.waitForTimeout(900);
  await panel().screenshot({ path: join(SCREENSHOTS, `${name}-panel.png`) });
  await screenshot(page, name);
}

describe('the case file', () => {
  it('opens from the briefing with the chronology, the family and the network', async () => {
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    await page.getByRole('button', { name: 'Start Bradley' }).click();
    await waitForScreen(page, ['briefing']);
    const open = page.locator('#play .briefing').getByRole('button', { name: 'Case file' });
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('false');
    await open.click();
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await focusedText()).toBe('Case file');

    const region = page.getByRole('region', { name: 'Case file' });
    await expect(region.getByRole('heading', { name: 'Chronology' }).count()).resolves.toBe(1);
    await expect(region.getByRole('heading', { name: 'Family (genogram)' }).count()).resolves.toBe(1);
    await expect(region.getByRole('heading', { name: 'Network (ecomap)' }).count()).resolves.toBe(1);
    const table = region.getByRole('table');
    await expect(table.getByRole('cell', { name: caseFile.chronology[0]!.event }).count()).resolves.toBe(1);

    await panel().locator('.drawing.genogram canvas').waitFor();
    await panel().locator('.drawing.ecomap canvas').waitFor();
    await expect(panel().locator('.drawing.genogram').getAttribute('aria-hidden')).resolves.toBe('true');
    const ties = await panel().locator('.network-list li').allInnerTexts();
    expect(ties).toHaveLength(caseFile.network.length);
    for (const { label } of caseFile.network) expect(ties.some((t) => t.startsWith(`${label}: `))).toBe(true);
    expect(ties).toContain('Dad (Dean): weak (1 of 5)');
    const text = await panel().innerText();
    expect(text).toContain('Kerry (mother), with Poppy');
    expect(text).toContain('PLO pre-proceedings');
    expect(text).toMatch(/Dean Cartwright: father/);

    await expectNoSeriousAxe(page, 'briefing', '#play .case-file');
    await panelShots('casefile-briefing-1280');
  });

  it('closes with Escape, gives focus back to its button and takes the drawings away', async () => {
    await page.keyboard.press('Escape');
    await expect(panel().isHidden()).resolves.toBe(true);
    expect(await focusedText()).toBe('Case file');
    await expect(page.locator('#play .briefing').getByRole('button', { name: 'Case file' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panel().locator('canvas').count()).resolves.toBe(0);
  });

  it('stays open during play and follows the story as ties change', async () => {
    await page.getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, ['narrating', 'choosing']);
    for (let i = 0; i < 10 && screen !== 'choosing'; i++) {
      await page.locator('#play').getByRole('button', { name: 'Continue' }).click();
      screen = await waitForScreen(page, ['narrating', 'choosing', 'justifying']);
    }
    expect(screen).toBe('choosing');
    const tool = page.locator('#play .play-tools').getByRole('button', { name: 'Case file' });
    await tool.click();
    await panel().locator('.drawing.ecomap canvas').waitFor();
    expect(await panel().locator('.network-list').innerText()).toContain('Dad (Dean): weak (1 of 5)');

    // Play on with the panel open; involving Dean strengthens his tie, and the open panel shows it.
    const dean = page.locator('#play .case-file .network-list li', { hasText: 'Dad (Dean): weak (2 of 5)' });
    for (let moves = 0; moves < 12 && (await dean.count()) === 0; moves++) {
      screen = await waitForScreen(page, ['narrating', 'choosing', 'justifying', 'rank', 'balance', 'checkpoint']);
      const involve = page.locator('#play .options .option', { hasText: 'Tell Kerry today that Dean has to be told' });
      if (screen === 'narrating') await page.locator('#play').getByRole('button', { name: 'Continue' }).click();
      else if (screen === 'choosing') await ((await involve.count()) > 0 ? involve : page.locator('#play .options .option').first()).click();
      else if (screen === 'justifying') {
        await page.locator('#play .controls textarea').first().fill('Written in the case-file test.');
        await page.locator('#play .controls').getByRole('button', { name: 'Confirm my choice' }).click();
      } else break;
      await page.waitForTimeout(200);
    }
    await dean.waitFor();
    await expect(panel().isVisible()).resolves.toBe(true);
    await panel().locator('.drawing.genogram canvas').waitFor();
    await expectNoSeriousAxe(page, 'play', '#play .case-file');
    await panelShots('casefile-play-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await panelShots('casefile-play-390');
    for (const [i, part] of ['chronology', 'family', 'network'].entries()) {
      await panel().locator('.case-file-section').nth(i).screenshot({ path: join(SCREENSHOTS, `casefile-play-390-${part}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    await panel().getByRole('button', { name: 'Close the case file' }).click();
    await expect(panel().isHidden()).resolves.toBe(true);
    expect(await focusedText()).toBe('Case file');
    expect(pageErrors).toEqual([]);
  });
});
