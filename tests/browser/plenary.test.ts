import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { activeEntries } from '../../src/log/activePath';
import { logsToCsv, logToJson } from '../../src/log/exportLog';
import { csvStoryOf } from '../../src/log/csvStory';
import type { DecisionLog } from '../../src/log/logSchema';
import { replayCodeOfLog } from '../../src/log/replayCode';
import { expectNoSeriousAxe } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, SCREENSHOTS, type Served } from './harness';

// Bradley is the finished case; the built game compiles the same story, so the versions match.
const CASE = 'bradley';
const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
const bundle = loadScenario(CASE).bundle;
const play = (seed: number, participant: string): DecisionLog =>
  ({ ...drivePlay({ bundle, seed, now: clock }, randomChooser(seededRandom(seed))).log, participant });

// 30 files: 25 honest logs, one loaded twice, one tampered, one from an older story version, two invalid.
const honest = Array.from({ length: 25 }, (_, i) => play(i + 1, i === 0 ? '<b>Sam</b> <img src=x>' : `Practitioner ${i + 1}`));
const tampered = structuredClone(play(40, 'Practitioner 40'));
const tamperedAt = tampered.entries.findIndex((e) => e.decision !== null);
tampered.entries[tamperedAt]!.deltas.permanence += 2;
const older = structuredClone(play(41, 'Practitioner 41'));
older.storyVersion = 'abcdef012345';
const renamed = activeEntries(older).filter((e) => e.decision)[2]!;
const renamedFrom = renamed.decision!;
renamed.decision = `${renamedFrom}-old`;
const badSchema = JSON.parse(logToJson(play(42, 'Practitioner 42')));
badSchema.entries[0].deltas.contact = '1';

interface Expected { file: string; text: string; kind: string }
const files: Expected[] = [
  ...honest.map((log, i) => ({ file: `log-${String(i + 1).padStart(2, '0')}.json`, text: logToJson(log), kind: 'Verified' })),
  { file: 'log-04-again.json', text: logToJson(honest[3]!), kind: 'Duplicate' },
  { file: 'tampered.json', text: logToJson(tampered), kind: 'Diverges' },
  { file: 'older.json', text: logToJson(older), kind: 'Other story version' },
  { file: 'truncated.json', text: logToJson(honest[5]!).slice(0, 300), kind: 'Invalid' },
  { file: 'wrong-type.json', text: JSON.stringify(badSchema), kind: 'Invalid' },
];
// 30 codes pasted in chat: 28 new play-throughs, one already loaded as a file, one mistyped.
const coded = Array.from({ length: 28 }, (_, i) => play(101 + i, 'never shown'));
const typo = (() => { const c = replayCodeOfLog(play(200, 'x')); return c.slice(0, -1) + (c.endsWith('0') ? '1' : '0'); })();
const codes = [...coded.map(replayCodeOfLog), replayCodeOfLog(honest[7]!), typo];
const codeKinds = [...coded.map(() => 'Verified'), 'Duplicate', 'Invalid'];
const chat = codes.map((c, i) => (i % 3 === 0 ? c : i % 3 === 1 ? `[10:${String(i).padStart(2, '0')}] Participant: here is mine ${c} thanks!` : `${c}.`)).join('\n');

/** Counted straight from the logs: the honest files, the coded play-throughs, and the older log's matched decisions. */
function expectedCounts(): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const add = (id: string, text: string) => {
    const byText = counts.get(id) ?? new Map<string, number>();
    byText.set(text, (byText.get(text) ?? 0) + 1);
    counts.set(id, byText);
  };
  for (const log of [...honest, ...coded, older]) {
    for (const e of activeEntries(log)) if (e.decision && e.decision !== `${renamedFrom}-old`) add(e.decision, e.text);
  }
  return counts;
}

let served: Served;
let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'permanence-plenary-'));
  for (const f of files) writeFileSync(join(dir, f.file), f.text);
  served = await buildAndServe();
  browser = await launchBrowser();
  const context = await newGameContext(browser, { viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(`${served.url}#plenary`);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const plenary = () => page.locator('#mode .plenary');
/** What the room sees: the viewport, not the whole page. */
const screenshot = (p: Page, name: string) => p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const idle = (n: number) => page.waitForFunction((want) => {
  const p = document.querySelector<HTMLElement>('#mode .plenary');
  return p?.dataset.busy === 'false' && p.dataset.submissions === String(want);
}, n);

describe('the trainer\'s plenary', () => {
  it('opens at #plenary, with nothing loaded and nothing sent anywhere', async () => {
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Trainer\'s plenary');
    await expect(plenary().innerText()).resolves.toContain('Nothing is uploaded');
    await expectNoSeriousAxe(page, 'plenary-empty');
  });

  it('loads 27 log files through the file picker and 3 by drag and drop', async () => {
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(served.url)) requests.push(r.url()); });
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles(files.slice(0, 27).map((f) => join(dir, f.file)));
    await idle(27);
    // Drop the last three as a user dragging them from a folder would.
    const dropped = files.slice(27).map((f) => ({ name: f.file, text: f.text }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, dropped);
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await idle(30);
    expect(requests).toEqual([]);
  });

  it('finds 30 codes in pasted chat text', async () => {
    await page.getByLabel(/Replay codes: paste them/).fill(chat);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await idle(60);
    await expect(page.locator('.intake-status').innerText()).resolves.toMatch(/^Found 30 codes: 28 counted, 2 set aside/);
  });

  it('shows each play-through\'s verdict, with the reason for those set aside', async () => {
    await page.locator('.verdicts summary').click();
    const rows = page.locator('.verdict-table tbody tr');
    expect(await rows.count()).toBe(60);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('.verdict')!.textContent, tr.querySelector('.detail')!.textContent]));
    const expected = [...files.map((f, i) => [`File ${i + 1}`, f.kind]), ...codeKinds.map((k, i) => [`Code ${i + 1}`, k])];
    expect(shown.map(([source, kind]) => [source, kind])).toEqual(expected);
    const detail = (source: string) => shown.find((r) => r[0] === source)![2]!;
    expect(detail('File 26')).toMatch(/same play-through as File 4/);
    expect(detail('File 27')).toMatch(new RegExp(`does not replay true at decision ${tamperedAt + 1}: .*the effects differ`));
    expect(detail('File 28')).toMatch(new RegExp(`played on another version.*${activeEntries(older).filter((e) => e.decision).length - 1} of ${activeEntries(older).filter((e) => e.decision).length} decisions matched.*Not matched: ${renamedFrom.replace(/\./g, '\\.')}-old\\.`));
    expect(detail('File 29')).toMatch(/not valid JSON/);
    expect(detail('File 30')).toMatch(/^entries\.0\.deltas\.contact /);
    expect(detail('Code 29')).toMatch(/same play-through as File 8/);
    expect(detail('Code 30')).toMatch(/mistyped/);
    await expect(page.locator('.verdicts summary').innerText()).resolves.toBe('Verdicts: 60 loaded, 54 counted (53 verified, 1 other story version, 1 diverges, 3 invalid, 2 duplicate)');
    // Anonymous by default: no pseudonym or file name on screen.
    const text = await plenary().innerText();
    expect(text).not.toMatch(/Practitioner|Sam|log-\d+\.json/);
    await screenshot(page, 'plenary-verdicts-1920');
    await expectNoSeriousAxe(page, 'plenary-verdicts');
  });

  it('walks every decision by keyboard, and the counts shown match the logs', async () => {
    const counts = expectedCounts();
    await page.getByRole('button', { name: 'Decision walk' }).click();
    const body = page.locator('.walk-body');
    const seen = new Set<string>();
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    for (let press = 0; press < 400; press++) {
      // One look at the page per step: what is shown, and whether there is a next step.
      const now = await body.evaluate((b) => ({
        decision: b.dataset.decision!,
        stage: Number(b.dataset.stage),
        options: b.querySelectorAll('.split-option').length,
        reveals: b.querySelectorAll('.split-reveal').length,
        reached: b.querySelector('.walk-reached')!.textContent!,
        shown: [...b.querySelectorAll<HTMLElement>('.split-option')].map((li) => [li.dataset.option!, li.querySelector('.split-count')!.textContent!] as const),
        last: document.querySelector<HTMLButtonElement>('.walk-controls .button.primary')!.disabled,
      }));
      if (now.stage === 1) {
        const expected = counts.get(now.decision)!;
        const reached = [...expected.values()].reduce((a, b) => a + b, 0);
        expect(now.reached).toMatch(new RegExp(`^${reached} of the group reached`));
        for (const [option, count] of now.shown) {
          const n = expected.get(option) ?? 0;
          expect(count, `${now.decision}: ${option}`).toBe(`${n} of ${reached} (${Math.round((100 * n) / reached)}%)`);
        }
        expect(now.shown.reduce((sum, [, c]) => sum + Number(/^(\d+)/.exec(c)![1]), 0)).toBe(reached);
        seen.add(now.decision);
      }
      // Every option's rationale and effect is revealed, one per step.
      if (now.stage >= 1) expect(now.reveals).toBe(now.stage - 1);
      if (now.stage === now.options + 1 && seen.size === 2) await screenshot(page, 'plenary-walk-1920');
      if (now.last) break;
      await page.keyboard.press(keys[press % keys.length]!);
    }
    expect([...seen].sort()).toEqual([...counts.keys()].sort());
    // Back one step with the left arrow.
    const before = await body.getAttribute('data-stage');
    await page.keyboard.press('ArrowLeft');
    expect(Number(await body.getAttribute('data-stage'))).toBe(Number(before) - 1);
    await expectNoSeriousAxe(page, 'plenary-walk');
  });

  it('shows the paths, the scores (names hidden), a played path and two compared', async () => {
    await page.getByRole('button', { name: 'Paths' }).click();
    const steps = page.locator('.flow-step');
    expect(await steps.count()).toBe(expectedCounts().size);
    await screenshot(page, 'plenary-paths-1920');
    await expectNoSeriousAxe(page, 'plenary-paths');

    await page.getByRole('button', { name: 'Scores' }).click();
    expect(await page.locator('.score-dimension[data-dimension="permanence"] .dot').count()).toBe(53);
    // Every path meets a decision judged on permanence, so no score is null here.
    const values = [...honest, ...coded].map((l) => l.scores.permanence).filter((x): x is number => x !== null).sort((a, b) => a - b);
    expect(values).toHaveLength(53);
    await expect(page.locator('.score-dimension[data-dimension="permanence"] .score-stats').innerText()).resolves.toBe(`Lowest ${values[0]}, median ${values[26]}, highest ${values[52]} (53 participants)`);
    expect(await plenary().innerText()).not.toMatch(/Practitioner/);
    await screenshot(page, 'plenary-scores-1920');
    await expectNoSeriousAxe(page, 'plenary-scores');

    await page.getByRole('button', { name: 'Play a path' }).click();
    const playBody = page.locator('.play-body');
    for (let i = 0; i < 200; i++) {
      const now = await playBody.evaluate((b) => ({
        screen: b.dataset.screen,
        taken: b.querySelectorAll('.split-option.taken').length,
        last: document.querySelector<HTMLButtonElement>('.play-path .walk-controls .button.primary')!.disabled,
      }));
      if (now.screen === 'split') expect(now.taken).toBe(1);
      if (now.last) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(playBody.getAttribute('data-screen')).resolves.toBe('end');
    await expect(playBody.innerText()).resolves.toMatch(/Ending: /);
    await screenshot(page, 'plenary-play-1920');

    await page.getByRole('button', { name: 'Compare two' }).click();
    await page.getByLabel('Second participant').selectOption({ label: 'File 2' });
    await expect(page.locator('.compare-summary').innerText()).resolves.toMatch(/They chose alike at the first \d+ decisions?|chose differently from the first decision|chose alike at every decision/);
    await screenshot(page, 'plenary-compare-1920');
    await expectNoSeriousAxe(page, 'plenary-compare');
  });

  it('shows names only when asked, as text', async () => {
    await page.getByRole('button', { name: 'Scores' }).click();
    await page.getByRole('button', { name: 'Show names' }).click();
    await page.locator('.score-table summary').click();
    const first = page.locator('.score-table tbody th').first();
    await expect(first.innerText()).resolves.toMatch(/^(File|Code) \d+ · <b>Sam<\/b> <img src=x>$/);
    expect(await page.locator('#mode img, #mode .score-table b').count()).toBe(0);
    await page.getByRole('button', { name: 'Show names' }).click();
    expect(await plenary().innerText()).not.toMatch(/Practitioner|Sam/);
  });

  it('exports the group summary as CSV without free text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export group summary (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).not.toMatch(/Practitioner|Sam|Random play-through/);
    const counts = expectedCounts();
    const [id, byText] = [...counts][0]!;
    const reached = [...byText.values()].reduce((a, b) => a + b, 0);
    const [text, n] = [...byText][0]!;
    expect(csv).toContain(`,${id},`);
    // The count, reached and percent columns, then the kind, areas, quality, correctness and right columns.
    expect(csv.split('\r\n').some((row) => row.includes(`,${id},`) && row.includes(`,${n},${reached},${Math.round((100 * n) / reached)},`) && row.includes(text.slice(0, 20)))).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('scenario,story_version,start_part,part,decision,option,count,reached,percent,kind,areas,option_quality,option_correct,right');
  });

  it('exports every decision of the verified logs for records: each counted log once, no codes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export every decision of the verified logs (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // The 25 honest logs (the duplicate, the tampered, older and invalid files and all codes left out), each row as the log's own CSV has it,
    // with the story's framework areas and each decision's closeness to the best option offered.
    expect(csv).toBe(logsToCsv(honest, (log) => csvStoryOf(log, bundle), () => ({ verified: true, text: '' })));
    // Issue 19 F12: the records CSV says each of its logs replays true.
    expect(csv.split('\r\n')[0]!.endsWith(',verification,start_part')).toBe(true);
    expect(csv).not.toContain('not verified');
    expect(csv.split('\r\n').filter((row) => /,decision,kss-p\.\d/.test(row)).length).toBeGreaterThan(0);
  });

  it('is readable at 1280 by 720 too', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Decision walk' }).click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    const size = await page.locator('.walk-prompt').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'plenary-walk-1280');
    await expectNoSeriousAxe(page, 'plenary-walk-1280');
    await page.getByRole('button', { name: 'Scores' }).click();
    await screenshot(page, 'plenary-scores-1280');
    await expectNoSeriousAxe(page, 'plenary-scores-1280');
  });

  it('shows one cohort at a time where the logs name more than one', async () => {
    const grouped = (seed: number, cohort: string) => ({ ...drivePlay({ bundle, seed, now: clock, cohort }, randomChooser(seededRandom(seed))).log, participant: `In ${cohort}` });
    const names = ['Calderbrook, week 1', 'Calderbrook, week 1', 'Ashworth \u202egroup'];
    const files = names.map((cohort, i) => { const file = join(dir, `cohort-${i}.json`); writeFileSync(file, logToJson(grouped(300 + i, cohort))); return file; });
    const before = Number(await plenary().getAttribute('data-submissions'));
    await page.getByLabel(/Decision logs \(JSON files\)/).setInputFiles(files);
    await idle(before + 3);
    const picker = page.getByLabel('Cohort', { exact: true });
    const options = await picker.locator('option').allInnerTexts();
    const everyone = Number(/\((\d+)\)$/.exec(options[0]!)![1]);
    // Most first, the names shown with hidden characters made visible, the logs naming none last.
    expect(options).toEqual([`Everyone (${everyone})`, 'Calderbrook, week 1 (2)', 'Ashworth <U+202E>group (1)', `No cohort named (codes, and logs from a link without one) (${everyone - 3})`]);
    await page.getByRole('button', { name: 'Scores' }).click();
    // The scores table has a row for each participant with scores (a log matched from another version has none).
    const rows = page.locator('.score-table tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(3);
    await picker.selectOption({ label: 'Calderbrook, week 1 (2)' });
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.allTextContents()).resolves.toEqual([expect.stringMatching(/^File \d+/), expect.stringMatching(/^File \d+/)]);
    await screenshot(page, 'plenary-cohort');
    await picker.selectOption({ index: 0 });
    await expect(rows.count()).resolves.toBe(all);
  });
});
