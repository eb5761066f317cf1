/**
 * Participant text that looks like markup or script stays text: a corpus of classic XSS
 * payloads is written into the real game (pseudonym, reasons), then read back in the
 * debrief, the printed report, the exported JSON and CSV, the trainer's plenary and the
 * assessor's review (logs with payloads in every free-text field, balance sheets too).
 * A payload that ran would call XSS() or open a dialog; one parsed as markup would leave
 * an element behind; one the policy stopped would report a violation. None may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, type Served } from './harness';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { logToCsv, logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';

const PAYLOADS = readFileSync(resolve(import.meta.dirname, '../fixtures/xss-payloads.txt'), 'utf8').split('\n').filter((l) => l.trim());
const PSEUDONYM = '<img src=x onerror=XSS(\'name\')>';
/** What a payload would leave behind if it were parsed as markup. */
const INJECTED = 'img[src="x"], svg[onload], svg script, script:not([src]), iframe, object, embed, details[ontoggle], input[onfocus], body[onload], meta[http-equiv="refresh"], base, form[action], [onerror], [onload], a[href^="javascript:"], math';

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const fired: string[] = [];
const violations: string[] = [];
let exportedLog: DecisionLog;

/** The reasons written at the n-th decision: a handful of payloads, one a line, every payload used. */
const reasonsAt = (n: number) => PAYLOADS.slice((n * 6) % PAYLOADS.length, ((n * 6) % PAYLOADS.length) + 6).join('\n').trim();

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.exposeFunction('XSS', (what: string) => { fired.push(String(what)); });
  await context.exposeFunction('__reportViolation', (line: string) => { violations.push(line); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (l: string) => void }).__reportViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  page = await context.newPage();
  page.on('dialog', (d) => { fired.push(`dialog: ${d.message()}`); void d.dismiss(); });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function nothingRan(where: string): Promise<void> {
  expect(fired, where).toEqual([]);
  expect(violations, where).toEqual([]);
  const left = await page.evaluate((selector) => [...document.querySelectorAll(selector)].filter((n) => !n.closest('#stage, .score-chart-canvas')).map((n) => n.outerHTML.slice(0, 80)), INJECTED);
  expect(left, where).toEqual([]);
}

async function download(name: string | RegExp, scope = page.locator('body')): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name }).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('participant text that looks like markup or script', () => {
  it('is played into Bradley as a pseudonym and reasons, and shown verbatim as text in the debrief', async () => {
    await page.goto(`${served.url}#play/bradley`);
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByLabel(/pseudonym/).fill(PSEUDONYM);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, PLAYING);
    const written: string[] = [];
    for (let step = 0; step < 200 && screen !== 'debrief'; step++) {
      const reasons = reasonsAt(written.length);
      if (screen === 'justifying' || screen === 'rank') written.push(reasons);
      await scriptedStep(page, screen, reasons);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('debrief');
    expect(written.length).toBeGreaterThanOrEqual(2);
    const shown = await page.locator('#play .debrief .participant-text').evaluateAll((ps) => ps.map((p) => p.textContent));
    for (const r of written) expect(shown).toContain(r);
    await screenshot(page, 'xss-debrief');
    await nothingRan('debrief');
  });

  it('stays text in the printed report', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await expect(page.locator('#play .debrief .participant-text').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await nothingRan('print');
  });

  it('is exported in the JSON exactly as written, and neutralised in the CSV', async () => {
    exportedLog = JSON.parse(await download('Export log (JSON)', page.locator('#play')));
    expect(exportedLog.participant).toBe(PSEUDONYM);
    const reasons = exportedLog.entries.map((e) => e.justification).filter((j): j is string => j !== null);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    for (const r of reasons) expect(PAYLOADS.join('\n')).toContain(r);
    // The CSV as the review mode exports it: every cell a spreadsheet would run starts with an apostrophe.
    const csv = logToCsv({ ...exportedLog, participant: '=HYPERLINK("http://example.invalid","x")' });
    expect(csv).toContain('"\'=HYPERLINK(""http://example.invalid"",""x"")"');
    for (const cell of csvCells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r](?![\d.]+$)/);
  });

  it('stays text in the trainer\'s plenary, from log files and pasted codes', async () => {
    const olivia = hostileOliviaLog();
    await page.goto(`${served.url}#plenary`);
    const input = page.locator('#mode input[type="file"]');
    await input.setInputFiles([
      { name: '<img src=x onerror=XSS(\'file\')>.json', mimeType: 'application/json', buffer: Buffer.from(logToJson(exportedLog)) },
      { name: 'olivia.json', mimeType: 'application/json', buffer: Buffer.from(logToJson(olivia)) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(`{"format":"permanence-decision-log","participant":"${'<svg onload=XSS(1)>'}"`) },
    ]);
    await page.waitForFunction(() => document.querySelector('.plenary')?.getAttribute('data-busy') === 'false' && document.querySelector('.verdicts:not([hidden])'));
    await page.locator('#mode').getByLabel(/Replay codes/).fill(PAYLOADS.join('\n'));
    await page.locator('#mode').getByRole('button', { name: 'Add these codes' }).click();
    await page.locator('#mode').getByRole('button', { name: 'Show names' }).click();
    await page.locator('#mode .verdicts summary').click();
    await expect(page.locator('#mode').innerText()).resolves.toContain(PSEUDONYM);
    const views = await page.locator('#mode nav.view-nav button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.view!));
    expect(views.length).toBeGreaterThanOrEqual(3);
    for (const view of views) {
      await page.locator(`#mode nav.view-nav button[data-view="${view}"]`).click();
      await nothingRan(`plenary: ${view}`);
    }
    await screenshot(page, 'xss-plenary');
    await nothingRan('plenary');
  });

  it('stays text in the assessor\'s review, its marks, its CSV and its print', async () => {
    const olivia = hostileOliviaLog();
    await page.goto(`${served.url}#review`);
    for (const log of [exportedLog, olivia]) {
      if (log === olivia) await page.locator('#mode').getByRole('button', { name: 'Open another log' }).click();
      await page.locator('#mode input[type="file"]').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(logToJson(log)) });
      await page.locator('#mode').getByRole('textbox', { name: 'Overall comment' }).waitFor();
      // Read as the page's text: every payload must be there character for character.
      const shown = (await page.locator('#mode').textContent()) ?? '';
      expect(shown).toContain(log.participant);
      for (const e of log.entries) {
        if (e.justification) expect(shown).toContain(e.justification);
        for (const row of e.balance ?? []) expect(shown).toContain(row.benefits);
      }
      await page.locator('#mode').getByRole('textbox', { name: 'Overall comment' }).fill(PAYLOADS.join('\n'));
      const csv = await download('Download decisions (CSV)', page.locator('#mode'));
      for (const cell of csvCells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r](?![\d.]+$)/);
      if (log === olivia) {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ format: 'A4' });
        await page.emulateMedia({ media: 'screen' });
      }
      await nothingRan(`review of ${log.scenario}`);
    }
    await screenshot(page, 'xss-review');
    await expectNoSeriousAxe(page, 'xss-review');
  });
});

/** Olivia played headless, with a payload in every free-text field: pseudonym, cohort, reasons, balance sheet. It still replays true (free text is not checked). */
function hostileOliviaLog(): DecisionLog {
  const bundle = loadScenario('olivia').bundle;
  const log = structuredClone(drivePlay({ bundle, seed: 3 }, randomChooser(seededRandom(3))).log);
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length]!.trim();
  log.participant = '"><svg onload=XSS(\'olivia\')>';
  log.cohort = '{{constructor.constructor(\'XSS()\')()}}';
  for (const e of log.entries) {
    if (e.justification) e.justification = reasonsAt(n++);
    for (const row of e.balance ?? []) {
      row.benefits = next();
      row.risks = next();
    }
  }
  expect(log.entries.some((e) => e.balance)).toBe(true);
  return log;
}

/** Every cell of a CSV text, unquoted (RFC 4180: quotes doubled inside quoted cells). */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') { cells.push(cell); cell = ''; }
    else if (c !== '\r') cell += c;
  }
  return cells;
}
