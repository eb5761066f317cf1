import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { drivePlay } from '../../src/engine/drivePlay';
import { activeEntries } from '../../src/log/activePath';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { replayCodeOfLog } from '../../src/log/replayCode';
import AxeBuilder from '@axe-core/playwright';
import { buildAndServe, launchBrowser, newGameContext, SCREENSHOTS, type Served } from './harness';
import { watchPage, type Watch } from './securityWatch';

const PDF_DIR = resolve(import.meta.dirname, '../output/reports');
/** Reasons and a pseudonym that would run script if any view parsed them as HTML. */
const REASONS = 'Kinship first if it is safe. <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> & "Bradley\'s words"';
const PSEUDONYM = '<b>Sam</b> R.';

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: Watch;
let dir: string;
let log: DecisionLog;
let logFile: string;
let reviewFile: string;
const dialogs: string[] = [];

/** A Bradley play-through made headless, always the first option, with hostile reasons. */
function playBradley(): DecisionLog {
  let t = Date.UTC(2026, 10, 23, 9, 0, 0);
  const { bundle } = loadScenario('bradley');
  return drivePlay({ bundle, seed: 11, participant: PSEUDONYM, now: () => new Date((t += 37_000)) }, { pick: () => 0, reasons: () => REASONS }).log;
}

async function newPage(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage();
  p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  p.on('pageerror', (err) => console.error('page error:', err.message));
  await p.addInitScript(() => { (window as unknown as { __xss: number }).__xss = 0; });
  return p;
}

async function openFile(p: Page, file: string): Promise<void> {
  await p.goto(`${served.url}#review`);
  await p.getByLabel('Choose a decision log or a saved review (.json)').setInputFiles(file);
  await p.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
}

const decision = (p: Page, n: number) => p.locator('.review-decision').nth(n - 1);

/**
 * Zero serious or critical axe violations. Every decision of the timeline is built by the
 * same code, so the check covers the first three (one with reasons, all three marked) and
 * the rest of the page: checking all fifteen takes axe most of a minute on this machine.
 */
async function expectNoSeriousAxe(p: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page: p }).exclude('.review-decision ~ .review-decision ~ .review-decision ~ .review-decision').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The review of a whole case is many screens long: the visible screen, not the full page. */
const shot = (p: Page, name: string) => p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'permanence-review-'));
  log = playBradley();
  logFile = join(dir, 'bradley-log.json');
  writeFileSync(logFile, logToJson(log));
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await newPage(context);
  watch = await watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("the assessor's review", () => {
  it('opens a log, shows the verdict first, and every decision in order', async () => {
    await openFile(page, logFile);
    const verdict = page.locator('.review-verdict');
    await expect(verdict.getByRole('heading').innerText()).resolves.toBe('Integrity: verified');
    // The verdict comes before the scores and the timeline.
    const order = await page.locator('.review > *').evaluateAll((nodes) => nodes.map((n) => n.className));
    expect(order.findIndex((c) => c.includes('review-verdict'))).toBeLessThan(order.findIndex((c) => c.includes('review-timeline')));
    const expected = activeEntries(log).filter((e) => e.decision !== null);
    await expect(page.locator('.review-decision').count()).resolves.toBe(expected.length);
    for (const [i, entry] of expected.entries()) {
      await expect(decision(page, i + 1).getAttribute('data-key')).resolves.toBe(`${i + 1}:${entry.decision}`);
    }
    // The third decision (bradley.p1.legal) asks for reasons; the clock moved 37 s at each reading.
    const third = decision(page, 3);
    const seconds = (Date.parse(expected[2]!.chosenAt) - Date.parse(expected[2]!.shownAt)) / 1000;
    expect(seconds % 37).toBe(0);
    await expect(third.locator('.review-facts').innerText()).resolves.toContain(`Time taken\n${seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`} (chosen`);
    await expect(third.locator('.review-options li').count()).resolves.toBeGreaterThan(1);
    await expect(third.locator('.review-options li.chosen').innerText()).resolves.toContain('(chosen)');
    await shot(page, 'review-top-1280');
  });

  it("shows the participant's text as text, even when it contains markup", async () => {
    const reasons = page.locator('.review-decision .participant-text');
    expect(await reasons.count()).toBeGreaterThanOrEqual(3);
    await expect(reasons.first().innerText()).resolves.toBe(REASONS);
    await expect(page.locator('.review-about dd').first().innerText()).resolves.toBe(PSEUDONYM);
    await expect(page.locator('.review img, .review script, .review b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss: number }).__xss)).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('marks three decisions by keyboard and mouse, with comments', async () => {
    // Decision 1 by keyboard: into the first radio group, then arrow keys within it.
    const first = decision(page, 1);
    await first.getByRole('radio', { name: 'Not marked' }).first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('group', { name: "The child's voice heard" }).getByRole('radio', { name: 'Clearly' }).isChecked()).resolves.toBe(true);
    await first.getByLabel('Comment on decision 1').focus();
    await page.keyboard.type('Asked about Dean early: <i>good</i>.');
    // Decisions 2 and 3 by mouse.
    const second = decision(page, 2);
    await second.getByRole('group', { name: 'Reasoning defensible' }).getByText('Partly', { exact: true }).click();
    await second.getByRole('group', { name: 'Contact considered' }).getByText('Not evident', { exact: true }).click();
    await second.getByLabel('Comment on decision 2').fill('Network meeting: say who was missing.');
    const third = decision(page, 3);
    await third.getByRole('group', { name: 'Disruption risk considered' }).getByText('Clearly', { exact: true }).click();
    await third.getByLabel('Comment on decision 3').fill('Consent properly informed.');
    await page.getByLabel('Overall comment', { exact: true }).fill('Defensible reasoning throughout; bring the letter to supervision.');
    await page.getByLabel("Assessor's name").fill('A. Assessor');
    await page.getByLabel('Date signed off').fill('2026-11-30');
    await expect(page.locator('.review-save-state').innerText()).resolves.toContain('saved on this device');
    await first.screenshot({ path: join(SCREENSHOTS, 'review-marked-decision-1280.png') });
    await third.screenshot({ path: join(SCREENSHOTS, 'review-reasons-decision-1280.png') });
    await expectNoSeriousAxe(page, 'review-1280');
  });

  it('keeps the marks after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
    await expect(page.locator('.review > .notice').innerText()).resolves.toContain('earlier marks on this log have been restored');
    await expectMarks(page);
  });

  it('downloads the review as JSON that embeds the log and the marks', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download review (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^permanence-review-bradley-b-sam-b-r-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    reviewFile = join(dir, download.suggestedFilename());
    await download.saveAs(reviewFile);
    const saved = JSON.parse(readFileSync(reviewFile, 'utf8'));
    expect(saved.format).toBe('permanence-annotated-review');
    expect(saved.source.log).toEqual(log);
    expect(saved.marks.decisions[`1:${activeEntries(log).find((e) => e.decision)!.decision}`]).toEqual({
      comment: 'Asked about Dean early: <i>good</i>.',
      rubric: { voice: 'clearly', reasoning: null, contact: null, disruption: null },
    });
    expect(Object.keys(saved.marks.decisions)).toHaveLength(3);
    expect(saved.marks.signedOff).toBe('2026-11-30');
  });

  it('opens the exported review again in a fresh browser, marks and all', async () => {
    const fresh = await newGameContext(browser, { viewport: { width: 1920, height: 1080 } });
    const other = await newPage(fresh);
    await openFile(other, reviewFile);
    await expect(other.locator('.review > .notice.no-print').innerText()).resolves.toContain('Opened from a saved review');
    await expect(other.locator('.review-verdict h2').innerText()).resolves.toBe('Integrity: verified');
    await expectMarks(other);
    // Issue 19 F11: marks from a file say so, on screen and in print, and are never printed as this assessor's sign-off.
    await expect(other.locator('.marks-origin').innerText()).resolves.toMatch(/came with a review file saved on .*, which names A\. Assessor as the assessor, signed off on 30 November 2026\. They were not made on this device/);
    await shot(other, 'review-reopened-1920');
    await expectNoSeriousAxe(other, 'review-1920');
    const pdf = join(PDF_DIR, 'review-from-file.pdf');
    mkdirSync(PDF_DIR, { recursive: true });
    await other.emulateMedia({ media: 'print' });
    await other.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('They were not made on this device');
    expect(text).toContain('Assessor named in the review file: A. Assessor');
    expect(text).toContain('Signed off on 30 November 2026, according to the review file');
    expect(text).not.toContain('Assessor: A. Assessor');
    await fresh.close();
  });

  it('prints an A4 report with the marks as text and no controls', async () => {
    mkdirSync(PDF_DIR, { recursive: true });
    const pdf = join(PDF_DIR, 'review-bradley.pdf');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.marks-form').first().isVisible()).toBe(false);
    expect(await page.locator('.marks-print').first().isVisible()).toBe(true);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Integrity: verified');
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
    expect(text).toContain("The child's voice heard: Clearly");
    expect(text).toContain('Asked about Dean early: <i>good</i>.');
    expect(text).toContain('Signed off on 30 November 2026');
    expect(text).not.toContain('Download review');
    expect(text).not.toContain('Not marked Not evident');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    for (const n of [1, 2]) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(SCREENSHOTS, `review-print-page${n}`)]);
    }
  });

  it('says plainly, on screen and in print, when a log does not replay true', async () => {
    // The fifth decision's entry (the log also holds steps between decisions) claims more contact than the story gives.
    const tampered = structuredClone(log);
    const fifth = tampered.entries.filter((e) => e.decision !== null)[4]!;
    fifth.deltas.contact += 2;
    const file = join(dir, 'tampered.json');
    writeFileSync(file, logToJson(tampered));
    await page.locator('.review-actions').getByRole('button', { name: 'Open another log' }).click();
    await page.getByLabel('Choose a decision log or a saved review (.json)').setInputFiles(file);
    await page.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
    await expect(page.locator('.review-verdict h2').innerText()).resolves.toBe('Integrity: not verified');
    await expect(page.locator('.review-verdict p').first().innerText()).resolves.toMatch(new RegExp(`diverges from the story at decision 5 below \\(${fifth.decision!.replace(/\./g, '\\.')}\\): the effects differ: contact`));
    await expect(decision(page, 5).locator('.notice').innerText()).resolves.toContain('Not verified');
    await expect(decision(page, 4).locator('.notice').count()).resolves.toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.review-verdict').isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    await page.locator('.review-verdict').screenshot({ path: join(SCREENSHOTS, 'review-not-verified.png') });
  });

  // Issue 19 F3 and F2: two tabs on one log keep both tabs' marks; a comment over the limit is never saved unreadable.
  it('keeps the marks of two tabs open on the same log, and never saves a comment it could not read back', async () => {
    const ctx = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
    const [a, b] = [await newPage(ctx), await newPage(ctx)];
    await openFile(a, logFile);
    await openFile(b, logFile);
    await decision(b, 2).getByLabel('Comment on decision 2').fill('B: decision 2');
    await decision(a, 1).getByLabel('Comment on decision 1').fill('A: decision 1');
    await a.locator('.other-tab').waitFor();
    await expect(a.locator('.other-tab').innerText()).resolves.toMatch(/also open in another tab.*none is overwritten/s);
    const fresh = await newPage(ctx);
    await openFile(fresh, logFile);
    await expect(decision(fresh, 1).getByLabel('Comment on decision 1').inputValue()).resolves.toBe('A: decision 1');
    await expect(decision(fresh, 2).getByLabel('Comment on decision 2').inputValue()).resolves.toBe('B: decision 2');
    // 20,001 characters: the counter says it cannot be kept, the last text that fits stays saved, and the review still opens.
    const overall = fresh.getByLabel('Overall comment', { exact: true });
    await overall.fill('Fits.');
    await overall.fill('z'.repeat(20_001));
    await expect(fresh.locator('.review-overall .counter').innerText()).resolves.toBe('20,001 of 20,000 characters: 1 too many, so it cannot be kept; shorten it');
    await fresh.reload();
    await fresh.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
    await expect(fresh.getByLabel('Overall comment', { exact: true }).inputValue()).resolves.toBe('Fits.');
    await expect(decision(fresh, 2).getByLabel('Comment on decision 2').inputValue()).resolves.toBe('B: decision 2');
    await ctx.close();
  });

  it('opens a replay code, saying it carries no reasons or times, and refuses a file that is not a log', async () => {
    await page.locator('.review-actions').getByRole('button', { name: 'Open another log' }).click();
    const notALog = join(dir, 'other.json');
    writeFileSync(notALog, '{"hello": "world"}');
    await page.getByLabel('Choose a decision log or a saved review (.json)').setInputFiles(notALog);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('neither a decision log nor a saved review');
    await page.getByLabel('Paste a replay code').fill(replayCodeOfLog(log));
    await page.getByLabel('Paste a replay code').press('Enter');
    await page.getByRole('heading', { name: /^Assessor's review: / }).waitFor();
    await expect(page.locator('.review-verdict h2').innerText()).resolves.toBe('Integrity: verified');
    await expect(page.locator('.review-timeline > .notice').innerText()).resolves.toContain('carries no written reasons and no times');
    await expect(decision(page, 1).locator('.review-facts').innerText()).resolves.toContain('Not known: a replay code carries no times.');
    expect(watch.violations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});

async function expectMarks(p: Page): Promise<void> {
  const group = (n: number, name: string) => decision(p, n).getByRole('group', { name });
  await expect(group(1, "The child's voice heard").getByRole('radio', { name: 'Clearly' }).isChecked()).resolves.toBe(true);
  await expect(decision(p, 1).getByLabel('Comment on decision 1').inputValue()).resolves.toBe('Asked about Dean early: <i>good</i>.');
  await expect(group(2, 'Reasoning defensible').getByRole('radio', { name: 'Partly' }).isChecked()).resolves.toBe(true);
  await expect(group(2, 'Contact considered').getByRole('radio', { name: 'Not evident' }).isChecked()).resolves.toBe(true);
  await expect(decision(p, 2).getByLabel('Comment on decision 2').inputValue()).resolves.toBe('Network meeting: say who was missing.');
  await expect(group(3, 'Disruption risk considered').getByRole('radio', { name: 'Clearly' }).isChecked()).resolves.toBe(true);
  await expect(group(3, 'Reasoning defensible').getByRole('radio', { name: 'Not marked' }).isChecked()).resolves.toBe(true);
  await expect(p.getByLabel('Overall comment', { exact: true }).inputValue()).resolves.toBe('Defensible reasoning throughout; bring the letter to supervision.');
  await expect(p.getByLabel("Assessor's name").inputValue()).resolves.toBe('A. Assessor');
  await expect(p.getByLabel('Date signed off').inputValue()).resolves.toBe('2026-11-30');
}
