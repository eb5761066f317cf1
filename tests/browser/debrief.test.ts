import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, SCREENSHOTS, storiesWithOnly, type Served } from './harness';

const CASE = 'bradley';
const REASONS = 'Kinship first if it is safe: Bradley needs the people he knows.';
const PDF_DIR = resolve(import.meta.dirname, '../output/reports');

let served: Served;
/** The fixture alone, whose ending tags, hidden fact and activity the shipped cases lack so far. */
let fixtureServed: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // The builds the other browser test files use too: the shipped cases, and the fixture on its own.
  served = await buildAndServe();
  fixtureServed = await buildAndServe({ storiesDir: storiesWithOnly('test-case', 'test-case') });
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await fixtureServed?.close();
});


const bradleyRankings: number[][] = [];

interface LoggedEntries {
  entries: { decision: string | null; reconsideredAt: string | null; ranking: { order: number[]; expertOrder: number[]; startOrder: number[] | null; unchanged: boolean | null } | null }[];
}

/** The order the ranking form on screen holds, top first, as option indices. */
const openingOrder = (p: Page) => p.locator('#play .rank-list li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.choice)));

/** Phaser resizes to its container on a half-second check; give it time to redraw. */
const settle = (p: Page) => p.waitForTimeout(900);

describe('the debrief for a practice portfolio', () => {
  it('plays Bradley by a scripted route to the debrief', async () => {
    await page.goto(`${served.url}#play/${CASE}`);
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, PLAYING);
    for (let step = 0; step < 200 && screen !== 'debrief'; step++) {
      if (screen === 'rank') bradleyRankings.push(await openingOrder(page));
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('debrief');
    expect(bradleyRankings.length).toBeGreaterThan(0);
    await expect(page.locator('#play .debrief .prompts-note').innerText()).resolves.toContain('prompts for reflection, not a judgement');
  });

  it('tells how it ended apart from how the player decided, with no band beside the ending', async () => {
    const ended = page.getByRole('region', { name: 'How it ended' });
    const decided = page.getByRole('region', { name: 'How you decided' });
    await expect(ended.innerText()).resolves.not.toMatch(/\b(high|middle|low)\b|out of 100/);
    await expect(decided.locator('.score-list').isVisible()).resolves.toBe(true);
    // The ending comes first, and the two sections do not hold each other.
    expect(await ended.evaluate((a, b) => a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING, await decided.elementHandle())).toBeTruthy();
    expect(await ended.locator('.score-list').count()).toBe(0);
    expect(await decided.locator('.outcome').count()).toBe(0);
    // Bradley's decisions are mapped to the practice framework.
    const areas = page.getByRole('region', { name: 'Areas of practice' });
    expect(await areas.locator('dt').count()).toBeGreaterThan(0);
    await expect(areas.innerText()).resolves.toContain('Knowledge and skills statement for achieving permanence');
  });

  it('charts decision by decision how close each choice came to the strongest option offered, with the figures in a table', async () => {
    const chart = page.getByRole('region', { name: 'How close each choice came to the strongest option' });
    await chart.locator('.score-chart-canvas canvas').waitFor();
    await expect(chart.locator('.score-chart-canvas').getAttribute('aria-hidden')).resolves.toBe('true');
    const decisions = await page.locator('#play .decisions .decision').count();
    expect(decisions).toBeGreaterThanOrEqual(3);
    const table = chart.getByRole('table');
    await expect(table.locator('caption').innerText()).resolves.toContain('Each decision against the options offered');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Decision', 'Closeness to the strongest', 'Permanence', 'Contact', 'Disruption risk']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(decisions);
    const columns: number[][] = [[], [], [], []];
    for (let i = 0; i < decisions; i++) {
      const cells = await rows.nth(i).locator('th, td').allInnerTexts();
      expect(cells[0]).toBe(String(i + 1));
      cells.slice(1).forEach((c, k) => {
        expect(c).toMatch(/^(\d+|not judged)$/);
        if (c === 'not judged') return;
        expect(Number(c)).toBeGreaterThanOrEqual(0);
        expect(Number(c)).toBeLessThanOrEqual(100);
        columns[k]!.push(Number(c));
      });
    }
    // Not a running total: each final score is the mean of its column (within rounding).
    const finals = await page.locator('#play .score-list .score').allInnerTexts();
    finals.forEach((f, k) => {
      const column = columns[k + 1]!;
      if (f === 'Not judged on this path') return expect(column).toEqual([]);
      const mean = column.reduce((a, b) => a + b, 0) / column.length;
      expect(Math.abs(Number(/^(\d+) out of 100/.exec(f)![1]) - mean)).toBeLessThanOrEqual(1);
    });
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
    await page.getByRole('region', { name: 'How close each choice came to the strongest option' }).screenshot({ path: join(SCREENSHOTS, 'debrief-chart-phone.png') });
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
    expect(await page.getByRole('region', { name: 'How close each choice came to the strongest option' }).getByRole('table').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Your CPD record (draft)' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy as text' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Your stance' }).getByRole('table').isVisible()).toBe(true);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('How it ended');
    expect(text).toContain('How close each choice came');
    expect(text).toContain('Your stance');
    expect(text).toContain('Your CPD record (draft)');
    expect(text).toContain('Impact on my practice');
    expect(text).toContain('not a judgement');
    expect(text).not.toContain('Export log (JSON)');
    expect(text).not.toContain('Copy as text');
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
    const log = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as LoggedEntries;
    const decisions = log.entries.filter((e) => e.decision && e.reconsideredAt === null).length;
    // Each ranking form opened in the order the engine recorded, never the panel's, and the scripted route left it unchanged.
    const ranked = log.entries.filter((e) => e.ranking && e.reconsideredAt === null).map((e) => e.ranking!);
    expect(ranked.map((r) => r.startOrder)).toEqual(bradleyRankings);
    for (const r of ranked) {
      expect(r.startOrder).not.toEqual(r.expertOrder);
      expect(r.unchanged).toBe(true);
    }
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

describe('the debrief of a case with ending tags, a hidden fact and a check (the fixture)', () => {
  const FIXTURE_REASONS = 'Pat is the tie Maya has: test her offer now.';
  let fp: Page;
  let opened: number[] = [];
  let left: number[] = [];

  it('plays the fixture, answering the check and moving the ranking from its opening order', async () => {
    fp = await context.newPage();
    fp.on('pageerror', (err) => console.error('page error:', err.message));
    await fp.goto(`${fixtureServed.url}#play/test-case`);
    await waitForScreen(fp, ['briefing']);
    await fp.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let choosing = 0;
    let screen = await waitForScreen(fp, PLAYING);
    for (let step = 0; step < 60 && screen !== 'debrief'; step++) {
      if (screen === 'choosing' && choosing < 2) {
        // First the way in (sort the referral), then the check's right answer.
        await fp.keyboard.press(choosing === 0 ? '3' : '1');
        choosing++;
        if (choosing === 2) {
          const feedback = fp.locator('#play .activity-feedback[role="status"]');
          await expect(feedback.locator('.feedback-verdict').innerText()).resolves.toBe('Check: that is the right answer.');
          await expect(feedback.innerText()).resolves.toContain('A recorded event that can be checked');
          await screenshot(fp, 'play-check-feedback');
        }
      } else if (screen === 'rank') {
        opened = await openingOrder(fp);
        // Move the top option down one place: the order sent is the one left on screen.
        await fp.locator('#play .rank-list li').first().getByRole('button', { name: /^Move down/ }).click();
        left = await openingOrder(fp);
        expect(left).toEqual([opened[1], opened[0], ...opened.slice(2)]);
        await fp.locator('#play').getByLabel('Your reasons for this order').fill(FIXTURE_REASONS);
        await fp.locator('#play').getByRole('button', { name: 'Confirm my order' }).click();
      } else {
        await scriptedStep(fp, screen, FIXTURE_REASONS);
      }
      screen = await waitForScreen(fp, PLAYING);
    }
    expect(screen).toBe('debrief');
    expect(choosing).toBe(2);
    expect(opened).toHaveLength(3);
    // The feedback is gone once the player has moved on.
    expect(await fp.locator('#play .activity-feedback').innerText()).toBe('');
  });

  it('shows how it ended in the story\'s words: the outcome and the legal, relational and cultural permanence, with no band', async () => {
    const ended = fp.getByRole('region', { name: 'How it ended' });
    const text = await ended.innerText();
    expect(text).toMatch(/Maya lives with her grandmother under an SGO\.|Pat fell ill and could no longer care for Maya/);
    expect(await ended.locator('dt').allInnerTexts()).toEqual(['Legal permanence', 'Relational permanence', 'Cultural permanence', 'The child\'s timescale']);
    expect(text).toMatch(/Permanence (did not come|came) within the child's timescale\./);
    expect(text).not.toMatch(/\b(high|middle|low)\b|out of 100/);
  });

  it('after the ending, shows the hidden fact drawn, how the same decisions would have ended otherwise, and that sound decisions can meet bad outcomes', async () => {
    const facts = fp.getByRole('region', { name: 'What was not in your hands' });
    const text = await facts.innerText();
    expect(text).toContain('Whether Pat\'s health holds through Maya\'s first year with her');
    expect(text).toMatch(/This time: Pat (falls ill within the year|stays well)/);
    expect(text).toMatch(/Had it been "Pat (stays well|falls ill within the year)": (Maya lives with her grandmother under an SGO\. \(within|Pat fell ill and could no longer care for Maya; Maya is back in foster care, still sees Pat, and waits again for a permanent home\. \(outside) the child's timescale\)/);
    expect(text).toContain('A sound decision can still be followed by a painful outcome');
    const ended = fp.getByRole('region', { name: 'How it ended' });
    expect(await ended.evaluate((a, b) => a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING, await facts.elementHandle())).toBeTruthy();
  });

  it('shows how the player decided apart: scores, checks kept out of them, framework areas, the strongest option in words', async () => {
    const decided = fp.getByRole('region', { name: 'How you decided' });
    expect(await decided.locator('.score-list dt').count()).toBe(3);
    const checks = fp.getByRole('region', { name: 'Checks: 1 of 1' });
    await expect(checks.innerText()).resolves.toContain('Your answer: Maya was not brought to two health appointments (right)');
    await expect(checks.innerText()).resolves.toContain('not count towards your scores or your stance');
    // The check is not a decision: four decisions in the chart, the stance window and the list.
    expect(await fp.locator('#play .decisions .decision').count()).toBe(4);
    expect(await fp.locator('#play .score-table tbody tr').count()).toBe(4);
    const stances = (await fp.locator('#play .stance-count').allInnerTexts()).map(Number);
    expect(stances.reduce((a, b) => a + b, 0)).toBe(4);
    const areas = fp.getByRole('region', { name: 'Areas of practice' });
    expect(await areas.locator('dt').allInnerTexts()).toEqual(expect.arrayContaining(['Deciding on the best permanence option', 'Supporting children and families in transition, and supporting the placement']));
    expect(await fp.locator('#play .decisions .best-mark').first().innerText()).toBe('Scored highest of the options offered');
    await expect(fp.locator('#play .decisions .start-order').innerText()).resolves.toMatch(/never the panel's; you changed it\.$/);
  });

  it('drafts a CPD record in Social Work England\'s fields, quoting the reasons only when asked, and copies it as text', async () => {
    const cpd = fp.getByRole('region', { name: 'Your CPD record (draft)' });
    expect(await cpd.locator('dt').allInnerTexts()).toEqual(['Type of CPD', 'Description', 'What I learnt', 'Impact on my practice', 'For your peer reflection (a prompt, not a field of the record)']);
    await expect(cpd.innerText()).resolves.toContain('not a record of what you learnt');
    await expect(cpd.innerText()).resolves.not.toContain(FIXTURE_REASONS);
    await cpd.getByLabel('Quote my written reasons').check();
    await expect(cpd.locator('.cpd-quotes').innerText()).resolves.toContain(FIXTURE_REASONS);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixtureServed.url).origin });
    await cpd.getByRole('button', { name: 'Copy as text' }).click();
    await expect(cpd.getByRole('status').innerText()).resolves.toContain('on your clipboard');
    const copied = await fp.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Type of CPD\nAn online case simulation');
    expect(copied).toContain(`"${FIXTURE_REASONS}"`);

    // A browser that refuses the clipboard: the text is put in a box, selected, with what to do.
    await fp.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); });
    await cpd.getByRole('button', { name: 'Copy as text' }).click();
    await expect(cpd.getByRole('status').innerText()).resolves.toContain('press Ctrl+C');
    const box = cpd.getByRole('textbox', { name: 'The CPD draft as text, selected for you to copy' });
    expect(await box.inputValue()).toBe(copied);
    expect(await box.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart)).toBe(copied.length);

    await screenshot(fp, 'debrief-fixture');
    for (const [name, file] of [['How it ended', 'ending'], ['What was not in your hands', 'facts'], ['Areas of practice', 'areas'], ['Checks: 1 of 1', 'checks'], ['Your CPD record (draft)', 'cpd']] as const) {
      await fp.getByRole('region', { name }).screenshot({ path: join(SCREENSHOTS, `debrief-fixture-${file}.png`) });
    }
    await expectNoSeriousAxe(fp, 'debrief-fixture', '#play .debrief');
  });

  it('records the ranking as the form opened and as the player left it', async () => {
    const [exported] = await Promise.all([fp.waitForEvent('download'), fp.locator('#play').getByRole('button', { name: 'Export log (JSON)' }).click()]);
    const log = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as LoggedEntries;
    const ranking = log.entries.find((e) => e.ranking)!.ranking!;
    expect(ranking.startOrder).toEqual(opened);
    expect(ranking.order).toEqual(left);
    expect(ranking.unchanged).toBe(false);
    expect(ranking.startOrder).not.toEqual(ranking.expertOrder);
    await fp.close();
  });
});
