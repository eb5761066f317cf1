import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expectNoSeriousAxe, PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, screenshot, SCREENSHOTS, type Served } from './harness';

// Bradley is the finished case; the others may still be being written.
const CASE = 'bradley';
const REASONS = 'Kinship first if it is safe: <b>Bradley</b> needs the people he knows.';

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const axeChecked = new Set<string>();

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
  context = await newGameContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(served.url);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const screenOf = (p: Page = page) => p.locator('#play').getAttribute('data-screen');


async function focused(p: Page = page): Promise<{ tag: string; text: string; label: string | null; className: string; id: string }> {
  return p.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    return { tag: a.tagName, text: (a.textContent ?? '').trim(), label: a.getAttribute('aria-label'), className: a.className, id: a.id };
  });
}

/** Zero serious or critical axe violations; each kind of screen is checked the first time it appears. */
async function checkAxe(name: string, p: Page = page): Promise<void> {
  if (axeChecked.has(name)) return;
  axeChecked.add(name);
  await expectNoSeriousAxe(p, name);
}

async function pressTabUntil(match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused())) return;
  }
  throw new Error('Tab never reached the element');
}

const passageText = (p: Page = page) => p.locator('#play .passage-body').innerText();

/** One move by keyboard alone, checking focus lands where a keyboard user needs it. */
async function keyboardStep(screen: string): Promise<void> {
  if (screen === 'narrating') {
    expect((await focused()).id).toBe('passage-heading');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Continue');
    await page.keyboard.press('Enter');
  } else if (screen === 'choosing') {
    expect((await focused()).className).toBe('option');
    await page.keyboard.press('1');
  } else if (screen === 'justifying') {
    expect((await focused()).tag).toBe('TEXTAREA');
    await page.keyboard.type(REASONS);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Confirm my choice');
    await page.keyboard.press('Enter');
  } else {
    throw new Error(`no keyboard step for the ${screen} screen`);
  }
}



describe('playing a case in Chromium', () => {
  it('opens Bradley from the case list by keyboard and shows the briefing', async () => {
    await page.locator('#cases-status').filter({ hasText: /cases? found/ }).waitFor();
    await expect(page.locator(`#cases > li[data-scenario="${CASE}"] button.primary`).textContent()).resolves.toBe('Start');
    await pressTabUntil((f) => f.label === 'Start Bradley');
    await page.keyboard.press('Enter');
    await waitForScreen(page, ['briefing']);
    expect((await focused()).text).toBe('Briefing: Bradley');
    const briefing = await page.locator('#play').innerText();
    expect(briefing).toContain('This case is fiction');
    expect(briefing).toContain('Content notes');
    expect(briefing).toContain('parental alcohol misuse');
    expect(briefing).toContain('The four-month decision');
    expect(briefing).toMatch(/About \d+ minutes/);
    await screenshot(page, 'play-briefing');
    await checkAxe('briefing');
  });

  it('plays the first part by keyboard alone, resumes at the same text after a reload, and stops at the checkpoint', async () => {
    await pressTabUntil((f) => f.tag === 'INPUT');
    await page.keyboard.type('Tester');
    await page.keyboard.press('Enter');
    let screen = await waitForScreen(page, PLAYING);
    let decisions = 0;
    let reloaded = false;
    let refusedOnce = false;
    const endOfPart = async () => screen === 'checkpoint' && /^End of part/.test(await page.locator('#play .checkpoint h2').innerText());
    for (let step = 0; step < 80 && !(await endOfPart()); step++) {
      await checkAxe(screen);
      if (screen === 'choosing' && (await page.locator('#play .prompt').count()) > 0) decisions++;
      if (screen === 'justifying' && !refusedOnce) {
        // An empty box is refused with a message that says what to do, and focus goes back to the box.
        refusedOnce = true;
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(page.locator('#play .reasons [role="alert"]').innerText()).resolves.toContain('Write your reasons');
        expect((await focused()).tag).toBe('TEXTAREA');
        await screenshot(page, 'play-reasons-refused');
        await checkAxe('justifying-refused');
      }
      if (screen === 'choosing' && decisions === 1) await screenshot(page, 'play-choosing');
      if (screen === 'narrating' && decisions === 2 && !reloaded) {
        // A reload mid-part comes back to exactly the same text.
        reloaded = true;
        const before = await passageText();
        await page.reload();
        expect(await waitForScreen(page, PLAYING)).toBe('narrating');
        expect(await passageText()).toBe(before);
        expect((await focused()).id).toBe('passage-heading');
        await screenshot(page, 'play-resumed');
      }
      await keyboardStep(screen);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(reloaded).toBe(true);
    expect(refusedOnce).toBe(true);
    expect(screen).toBe('checkpoint');
    expect(decisions).toBeGreaterThanOrEqual(3);
    const checkpoint = await page.locator('#play').innerText();
    expect(checkpoint).toContain('End of part 1');
    expect(checkpoint).toContain('Go on to part 2');
    expect((await focused()).text).toBe('End of part 1');
    await screenshot(page, 'play-checkpoint');
    await checkAxe('checkpoint');
  });

  it('keeps a history of what has happened, reachable by keyboard', async () => {
    const history = page.locator('#play details.history');
    await history.locator('summary').click();
    const text = await history.innerText();
    expect(text).toContain('You chose:');
    await expect(history.getByRole('region', { name: 'What has happened so far' }).getAttribute('tabindex')).resolves.toBe('0');
    await checkAxe('history-open');
    await history.locator('summary').click();
  });

  it('stops at the checkpoint, lists the case as in progress, and resumes there later', async () => {
    await page.locator('#play').getByRole('button', { name: 'Stop here and come back later' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#home').waitFor({ state: 'visible' });
    // Focus comes back to the case just left.
    expect((await focused()).label).toBe('Resume Bradley');
    const card = page.locator(`#cases > li[data-scenario="${CASE}"]`);
    await expect(card.getByRole('button', { name: 'Resume Bradley' }).textContent()).resolves.toBe('Resume');
    await expect(card.innerText()).resolves.toContain('Part 1 done');
    await screenshot(page, 'play-case-list-resume');
    await checkAxe('case-list-with-saves');
    await card.getByRole('button', { name: 'Resume Bradley' }).click();
    expect(await waitForScreen(page, PLAYING)).toBe('checkpoint');
    await page.locator('#play').getByRole('button', { name: /^Go on to part 2/ }).click();
    expect(await waitForScreen(page, PLAYING)).toBe('narrating');
    await expect(page.locator('#passage-heading').innerText()).resolves.toContain('Part 2');
  });

  it('takes the last decision back and offers the same options again', async () => {
    let screen = (await screenOf())!;
    while (screen !== 'choosing') {
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    const options = await page.locator('#play .options').innerText();
    await page.keyboard.press('1');
    screen = await waitForScreen(page, PLAYING);
    if (screen === 'justifying') {
      await scriptedStep(page, screen, REASONS);
      await waitForScreen(page, PLAYING);
    }
    const takeBack = page.locator('#play').getByRole('button', { name: 'Take back my last decision' });
    // The player is told, beside the button and in its description, that the log keeps what is taken back.
    await expect(takeBack.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).innerText())).resolves.toBe('A decision you take back, and any reasons you gave for it, stay in your log: an assessor who reads it will see them.');
    await takeBack.click();
    expect(await waitForScreen(page, PLAYING)).toBe('choosing');
    expect(await page.locator('#play .options').innerText()).toBe(options);
    expect((await focused()).className).toBe('option');
  });

  it('ranks every option with Move up and Move down, by keyboard', async () => {
    let screen = (await screenOf())!;
    for (let step = 0; step < 80 && screen !== 'rank'; step++) {
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('rank');
    await checkAxe('rank');
    const items = page.locator('#play .rank-item .rank-text');
    const before = await items.allInnerTexts();
    expect(before.length).toBeGreaterThan(2);
    // Focus is on the form's heading: the first focusable control is the first option's Move down.
    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe(`Move down: ${before[0]}`);
    await page.keyboard.press('Enter');
    const after = await items.allInnerTexts();
    expect(after.slice(0, 2)).toEqual([before[1], before[0]]);
    expect((await focused()).label).toBe(`Move down: ${before[0]}`);
    await expect(page.locator('#play .rank [role="status"]').innerText()).resolves.toContain('now number 2');
    await page.locator('#play').getByRole('button', { name: 'Confirm my order' }).click();
    await expect(page.locator('#play .rank [role="alert"]').innerText()).resolves.toContain('Write your reasons');
    expect(await items.allInnerTexts()).toEqual(after);
    await screenshot(page, 'play-rank');
    await scriptedStep(page, 'rank', REASONS);
    expect(await waitForScreen(page, PLAYING)).not.toBe('rank');
  });

  it('plays on to the debrief, which explains every decision and exports the log', async () => {
    let screen = (await screenOf())!;
    for (let step = 0; step < 150 && screen !== 'debrief'; step++) {
      await checkAxe(screen);
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('debrief');
    const debrief = page.locator('#play .debrief');
    const text = await debrief.innerText();
    expect(text).toContain('How it ended');
    expect(text).toContain('How you decided');
    expect(text).toContain('not a judgement of you or your practice');
    expect(text).toContain('Disruption risk (lower is better)');
    expect(text).toMatch(/\d+ out of 100/);
    expect(text).toContain('The other options');
    expect(text).toContain("The expert panel's order");
    // Participant text is shown as text: no markup is interpreted.
    expect(text).toContain(REASONS);
    expect(await debrief.locator('.participant-text b').count()).toBe(0);
    await screenshot(page, 'play-debrief');
    await page.screenshot({ path: join(SCREENSHOTS, 'play-debrief-top.png') });
    await debrief.locator('.decision:has(.ranking)').screenshot({ path: join(SCREENSHOTS, 'play-debrief-ranking.png') });
    await checkAxe('debrief');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'play-debrief-print.png') });
    expect(await debrief.getByRole('button', { name: 'Export log (JSON)' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      debrief.getByRole('button', { name: 'Export log (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^permanence-bradley-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const log = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(log.format).toBe('permanence-decision-log');
    expect(log.participant).toBe('Tester');
    expect(log.ending).not.toBeNull();
    expect(log.entries.some((e: { reconsideredAt: string | null }) => e.reconsideredAt !== null)).toBe(true);
    // The exported file verifies with the command an assessor would use.
    const verified = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('tsx/cli'), resolve(import.meta.dirname, '../../src/cli/main.ts'), 'verify', (await download.path())!], { encoding: 'utf8' });
    expect(verified.stdout).toMatch(/: verified: the log replays true against the story/);
    expect(verified.status).toBe(0);

    const code = await debrief.locator('.replay-code').innerText();
    expect(code).toMatch(/^bradley\./);
    await debrief.getByRole('button', { name: 'Copy replay code' }).click();
    await page.waitForFunction(() => (document.querySelector('#play .log-actions [role="status"]')?.textContent ?? '') !== '');
    const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (copied !== null) expect(copied).toBe(code);
  });

  it('reopens a finished case at its debrief after a reload, and lists it as done', async () => {
    await page.reload();
    expect(await waitForScreen(page, ['debrief'])).toBe('debrief');
    await page.locator('#play').getByRole('button', { name: 'Finish and go back to the cases' }).click();
    await page.locator('#home').waitFor({ state: 'visible' });
    await expect(page.locator(`#cases > li[data-scenario="${CASE}"]`).innerText()).resolves.toContain('Done');
  });

  it('fits a phone screen (390 by 844) with no serious accessibility problems', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${served.url}#play/${CASE}`);
    expect(await waitForScreen(phone, ['done'])).toBe('done');
    await screenshot(phone, 'play-debrief-phone');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await phone.locator('#play').getByRole('button', { name: 'Play the case again' }).click();
    await waitForScreen(phone, ['briefing']);
    await phone.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    expect(await waitForScreen(phone, PLAYING)).toBe('narrating');
    await screenshot(phone, 'play-narrating-phone');
    await checkAxe('phone-narrating', phone);
    await phone.locator('#play').getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(phone, ['choosing']);
    await screenshot(phone, 'play-choosing-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await checkAxe('phone-choosing', phone);
    await phone.close();
  });

  it('keeps a finished game when the case is played again: listed with its debrief and its log, and the card plays it again too', async () => {
    // The phone above played the finished case again: the finished game was kept aside first.
    const home = await context.newPage();
    await home.goto(served.url);
    const earlier = home.locator('#device-data li').filter({ hasText: 'an earlier attempt at this case, finished' });
    await expect(earlier.count()).resolves.toBe(1);
    await expect(earlier.getByRole('button', { name: /^Export log: Bradley/ }).isVisible()).resolves.toBe(true);
    await earlier.getByRole('button', { name: /^Open its debrief: Bradley/ }).click();
    expect(await waitForScreen(home, ['done'])).toBe('done');
    // The game it replaced (the new attempt) is kept aside in its turn, not lost.
    await home.locator('#play').getByRole('button', { name: 'Back to the cases' }).first().click();
    await expect(home.locator('#device-data li').filter({ hasText: 'when a game kept aside was put back' }).count()).resolves.toBe(1);
    await home.locator(`#cases > li[data-scenario="${CASE}"]`).getByRole('button', { name: 'Play Bradley again' }).click();
    expect(await waitForScreen(home, ['briefing'])).toBe('briefing');
    await home.locator('#play').getByRole('button', { name: 'Back to the cases' }).first().click();
    await expect(home.locator('#device-data li').filter({ hasText: 'an earlier attempt at this case, finished' }).count()).resolves.toBe(1);
    await home.close();
  });

  it('carries the cohort a link names into the log, and says so at the briefing', async () => {
    const fresh = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
    const p = await fresh.newPage();
    await p.goto(`${served.url}#play/${CASE}?cohort=Calderbrook%20January`);
    await waitForScreen(p, ['briefing']);
    await expect(p.locator('#play .cohort').innerText()).resolves.toContain('The link you followed names your group, "Calderbrook January".');
    await p.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await waitForScreen(p, PLAYING);
    const saved = await p.evaluate((id) => JSON.parse(localStorage.getItem(`permanence.session.${id}`) ?? 'null'), CASE);
    expect(saved.log.cohort).toBe('Calderbrook January');
    await fresh.close();
  });

  it('shows the number-key tip with a keyboard, and not on a touch screen', async () => {
    const tip = (p: Page) => p.locator('#play').getByText('Tip: press a number key');
    const touch = await newGameContext(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await touch.newPage();
    const desk = await context.newPage();
    for (const p of [phone, desk]) {
      await p.goto(`${served.url}#play/${CASE}`);
      if (await waitForScreen(p, ['briefing', 'done', ...PLAYING]) === 'done') await p.locator('#play').getByRole('button', { name: 'Play the case again' }).click();
      if (await waitForScreen(p, ['briefing', ...PLAYING]) === 'briefing') await p.locator('#play').getByRole('button', { name: 'Start the case' }).click();
      for (let step = 0; step < 12 && (await waitForScreen(p, PLAYING)) === 'narrating'; step++) await p.locator('#play').getByRole('button', { name: 'Continue' }).click();
      expect(await waitForScreen(p, PLAYING)).toBe('choosing');
    }
    await expect(tip(desk).isVisible()).resolves.toBe(true);
    await expect(tip(phone).count()).resolves.toBe(1);
    await expect(tip(phone).isVisible()).resolves.toBe(false);
    await desk.close();
    await touch.close();
  });

  it('tells the player when the browser will not save, and lets them play on', async () => {
    const full = await context.newPage();
    await full.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('permanence.session.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    // The phone test left a game open at a choice.
    await full.goto(`${served.url}#play/${CASE}`);
    expect(await waitForScreen(full, PLAYING)).toBe('choosing');
    await full.keyboard.press('1');
    const alert = full.locator('#play .save-problem [role="alert"]');
    await expect(alert.innerText()).resolves.toContain('storage is full');
    const [download] = await Promise.all([
      full.waitForEvent('download'),
      full.locator('#play').getByRole('button', { name: 'Export my log now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^permanence-bradley-/);
    const next = await waitForScreen(full, PLAYING);
    expect(next).not.toBe('choosing');
    if (next === 'narrating') {
      await full.locator('#play').getByRole('button', { name: 'Continue' }).click();
      expect(await waitForScreen(full, PLAYING)).not.toBe('narrating');
    }
    await screenshot(full, 'play-storage-full');
    await checkAxe('storage-full', full);
    await full.close();
  });

  // Bradley has no balance-sheet decision; Olivia's final plan is one, the first decision of part 6,
  // so the game starts there from the shared starting point rather than playing five parts first.
  it('weighs every option on a balance sheet before choosing (Olivia)', async () => {
    await page.goto(`${served.url}#play/olivia/part/6`);
    await waitForScreen(page, ['briefing']);
    await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    let screen = await waitForScreen(page, PLAYING);
    for (let step = 0; step < 200 && screen !== 'balance' && screen !== 'debrief'; step++) {
      await scriptedStep(page, screen, REASONS);
      screen = await waitForScreen(page, PLAYING);
    }
    expect(screen).toBe('balance');
    await checkAxe('balance');
    const play = page.locator('#play');
    const boxes = play.locator('.balance-sheet textarea');
    const options = await play.locator('.options .option').count();
    expect(await boxes.count()).toBe(options * 2);
    await expect(play.locator('.balance-option legend').first().innerText()).resolves.toMatch(/^Option 1: /);
    // Choosing before the sheet is complete is refused, and focus goes to the first empty box.
    await boxes.first().fill('Stays with his mother.');
    await play.locator('.options .option').first().click();
    expect(await screenOf()).toBe('balance');
    await expect(play.locator('.balance [role="alert"]').innerText()).resolves.toContain('benefits and the risks');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe('');
    await expect(boxes.first().inputValue()).resolves.toBe('Stays with his mother.');
    await screenshot(page, 'play-balance-refused');
    await scriptedStep(page, 'balance', REASONS);
    expect(await waitForScreen(page, PLAYING)).not.toBe('balance');
  });
});
