import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, screenshot, SCREENSHOTS, type Served } from './harness';

const CASE = 'bradley';
const REASONS = 'Kinship first if it is safe: Bradley needs the people he knows.';
const PDF_DIR = resolve(import.meta.dirname, '../output/reports');

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});





/** Phaser resizes to its container on a half-second check; give it time to redraw. */
const settle = (p: Page) => p.waitForTimeout(900);

describe('the debrief for a practice portfolio', () => {
  it('plays Bradley by a scripted route to the debrief', async () => {
    await page.goto(`${served.url}#play/${CASE}`);
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, PLAYING);
    for (let step = 0; step < 200 && screen !== 'debrief'; step++) {
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('debrief');
    await expect(page.locator('#play .debrief .prompts-note').innerText()).resolves.toContain('prompts for reflection, not a judgement');
  });

  it('charts how the scores moved, with the same figures in a table, one row per decision', async () => {
    const chart = page.getByRole('region', { name: 'How your scores moved' });
    await chart.locator('.score-chart-canvas canvas').waitFor();
    await expect(chart.locator('.score-chart-canvas').getAttribute('aria-hidden')).resolves.toBe('true');
    const decisions = await page.locator('#play .decisions .decision').count();
    expect(decisions).toBeGreaterThanOrEqual(3);
    const table = chart.getByRole('table');
    await expect(table.locator('caption').innerText()).resolves.toContain('after each decision');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Decision', 'Permanence', 'Contact', 'Disruption risk']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(decisions);
    for (let i = 0; i < decisions; i++) {
      const cells = await rows.nth(i).locator('th, td').allInnerTexts();
      expect(cells[0]).toBe(String(i + 1));
      for (const c of cells.slice(1)) {
        expect(c).toMatch(/^\d+$/);
        expect(Number(c)).toBeGreaterThanOrEqual(0);
        expect(Number(c)).toBeLessThanOrEqual(100);
      }
    }
    // The last row matches the final scores shown above.
    const last = await rows.nth(decisions - 1).locator('td').allInnerTexts();
    const finals = await page.locator('#play .score-list .score').allInnerTexts();
    expect(finals.map((f) => /^(\d+) out of 100/.exec(f)![1])).toEqual(last);
    // The canvas has been drawn on (not blank white).
    const inked = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(500);
    await settle(page);
    await chart.screenshot({ path: join(SCREENSHOTS, 'debrief-chart.png') });
    await screenshot(page, 'debrief-with-chart');
    await expectNoSeriousAxe(page, 'debrief');
  });

  it('shows the restorative practice window with counts that add up to the decisions', async () => {
    const stance = page.getByRole('region', { name: 'Your stance' });
    const grid = stance.getByRole('table');
    await expect(grid.locator('thead th').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Low support / nurture', 'High support / nurture']));
    expect(await grid.locator('tbody th').allInnerTexts()).toEqual(['High control / challenge', 'Low control / challenge']);
    const names = await grid.locator('.quadrant .stance-name').allInnerTexts();
    expect(names).toEqual(['TO', 'WITH', 'NOT', 'FOR']);
    const counts = (await grid.locator('.stance-count').allInnerTexts()).map(Number);
    const decisions = await page.locator('#play .decisions .decision').count();
    expect(counts.reduce((a, b) => a + b, 0)).toBe(decisions);
    await stance.screenshot({ path: join(SCREENSHOTS, 'debrief-stance.png') });
  });

  it('fits a phone screen (390 by 844)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    const width = await page.locator('.score-chart-canvas canvas').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
    await page.getByRole('region', { name: 'How your scores moved' }).screenshot({ path: join(SCREENSHOTS, 'debrief-chart-phone.png') });
    await page.getByRole('region', { name: 'Your stance' }).screenshot({ path: join(SCREENSHOTS, 'debrief-stance-phone.png') });
    await screenshot(page, 'debrief-phone');
    await expectNoSeriousAxe(page, 'debrief-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('prints as an A4 report with the table and stance window but no buttons or canvas', async () => {
    mkdirSync(PDF_DIR, { recursive: true });
    const pdf = join(PDF_DIR, 'debrief-bradley.pdf');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.score-chart-canvas').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'How your scores moved' }).getByRole('table').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Your stance' }).getByRole('table').isVisible()).toBe(true);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('How your scores moved');
    expect(text).toContain('Your stance');
    expect(text).toContain('not a judgement');
    expect(text).not.toContain('Export log (JSON)');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    for (const n of [1, 2, 3]) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(SCREENSHOTS, `debrief-print-page${n}`)]);
    }
  });

  it('exports the decisions as xAPI statements, one per decision in force and the completion', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#play').getByRole('button', { name: 'Export xAPI statements' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^permanence-bradley-.*-xapi\.json$/);
    const statements = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { verb: { id: string }; object: { id: string } }[];
    const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('#play').getByRole('button', { name: 'Export log (JSON)' }).click()]);
    const log = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as { entries: { decision: string | null; reconsideredAt: string | null }[] };
    const decisions = log.entries.filter((e) => e.decision && e.reconsideredAt === null).length;
    expect(statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered')).toHaveLength(decisions);
    expect(statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed')).toHaveLength(1);
    await expect(page.locator('#play .log-actions [role="status"]').innerText()).resolves.toMatch(/downloaded/);
  });

  it('stops the chart when the debrief is left', async () => {
    await page.locator('#play').getByRole('button', { name: 'Finish and go back to the cases' }).click();
    await page.locator('#home').waitFor({ state: 'visible' });
    // Only the backdrop's canvas is left on the page.
    expect(await page.locator('canvas').count()).toBe(1);
    await page.goto(`${served.url}#play/${CASE}`);
    expect(await waitForScreen(page, ['done'])).toBe('done');
    await page.locator('.score-chart-canvas canvas').waitFor();
    await page.locator('#play').getByRole('button', { name: 'Back to the cases' }).last().click();
    await page.locator('#home').waitFor({ state: 'visible' });
    expect(await page.locator('canvas').count()).toBe(1);
  });
});
