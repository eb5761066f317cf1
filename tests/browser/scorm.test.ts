/**
 * The SCORM packages in a stand-in LMS: `npm run package:scorm`'s zips are unpacked and
 * served beside a host page that puts scorm-again's API on the window (as an LMS does) and
 * launches each SCO in an iframe at the address its manifest gives. Bradley is played by
 * clicks and typing; what the LMS recorded is read back from scorm-again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { inflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { packageScorm, type ScormPackage } from '../../src/cli/packageScorm';
import { seededRandom } from '../../src/engine/drivePlay';
import type { SavedSession } from '../../src/engine/playMachine';
import { expectNoSeriousAxe, PLAYING } from './playHelpers';
import { launchBrowser, newGameContext, screenshot } from './harness';

const CASE = 'bradley';
const SCORM_AGAIN = resolve(import.meta.dirname, '../../node_modules/scorm-again/dist');

// any: scorm-again renders its CMI data as untyped JSON, read here field by field.
type Cmi = Record<string, any>;

const HOST = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Stand-in LMS</title>
<script src="/lms/scorm12.min.js"></script>
<script src="/lms/scorm2004.min.js"></script>
<style>body { margin: 0; font-family: sans-serif; } h1 { font-size: 1rem; margin: 4px 8px; } iframe { border: 0; width: 100vw; height: calc(100vh - 30px); }</style>
</head>
<body><h1>Stand-in LMS</h1><main><iframe id="sco" title="Course"></iframe></main>
<script>
  window.launch = (version, href, stored) => {
    const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
    if (stored) api.loadFromJSON(stored);
    window.lmsApi = api;
    if (version === '1.2') window.API = api; else window.API_1484_11 = api;
    document.getElementById('sco').src = href;
  };
  window.cmi = () => window.lmsApi.renderCMIToJSONObject().cmi;
</script>
</body></html>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml',
  '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.json': 'application/json',
};

let packages: ScormPackage[];
let unpacked: Record<string, string>;
let server: Server;
let origin: string;
let browser: Browser;

/** Serves the host page, scorm-again's browser builds and each unpacked package, all from one origin. */
function serve(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path === '/host.html' ? null
      : path.startsWith('/lms/') ? join(SCORM_AGAIN, path.slice(5))
        : normalize(join(root, path));
    if (file !== null && (!file.startsWith(root) && !file.startsWith(SCORM_AGAIN) || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file === null ? TYPES['.html']! : TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(file === null ? HOST : readFileSync(file));
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'permanence-scorm-test-'));
  packages = await packageScorm(join(work, 'zips'));
  unpacked = {};
  for (const p of packages) {
    const dir = join(work, `scorm${p.version.replace('.', '')}`);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(p.zip)))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    unpacked[p.version] = dir;
  }
  server = await serve(work);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no address');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

function manifestOf(version: string): string {
  return readFileSync(join(unpacked[version]!, 'imsmanifest.xml'), 'utf8');
}

/** The launch address of a case's SCO, read from the manifest as an LMS would. */
function launchAddress(version: string, caseId: string): string {
  const href = new RegExp(`<resource identifier="sco-${caseId}"[^>]* href="([^"]+)"`).exec(manifestOf(version))?.[1];
  if (!href) throw new Error(`the ${version} manifest has no SCO for ${caseId}`);
  return `${origin}/scorm${version.replace('.', '')}/${href.replace(/&amp;/g, '&')}`;
}

async function launch(page: Page, version: string, stored?: Cmi): Promise<Frame> {
  await page.goto(`${origin}/host.html`);
  await page.evaluate(([v, href, cmi]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(v, href, cmi), [version, launchAddress(version, CASE), stored ?? null] as const);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('the SCO frame did not load');
  await frame.waitForSelector('#play[data-screen]');
  return frame;
}

const cmiOf = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as { cmi: () => Cmi }).cmi());

/** The LMS closes the SCO (the learner leaves); the game suspends and finishes. */
async function closeSco(page: Page): Promise<Cmi> {
  await page.evaluate(() => document.getElementById('sco')!.remove());
  return cmiOf(page);
}

async function screenIn(frame: Frame, names: string[]): Promise<string> {
  await frame.waitForFunction((wanted) => wanted.includes(document.getElementById('play')?.dataset.screen ?? ''), names);
  return (await frame.locator('#play').getAttribute('data-screen'))!;
}

/** One move of the route, by keyboard as a keyboard user makes it: always the first option, the reasons given. */
async function step(frame: Frame, screen: string, reasons: () => string): Promise<void> {
  const play = frame.locator('#play');
  if (screen === 'narrating') await play.getByRole('button', { name: 'Continue' }).press('Enter');
  else if (screen === 'choosing') await play.locator('.options .option').first().press('1');
  else if (screen === 'justifying') {
    await play.getByLabel('Why this option? Write your reasons').fill(reasons());
    await play.getByRole('button', { name: 'Confirm my choice' }).press('Enter');
  } else if (screen === 'rank') {
    await play.getByLabel('Your reasons for this order').fill(reasons());
    await play.getByRole('button', { name: 'Confirm my order' }).press('Enter');
  } else if (screen === 'balance') {
    for (const box of await play.locator('.balance-sheet textarea').all()) await box.fill('Written in the test.');
    await play.locator('.options .option').first().press('Enter');
  } else if (screen === 'checkpoint') await play.getByRole('button', { name: /^Go on to part/ }).press('Enter');
  else throw new Error(`no step for the ${screen} screen`);
}

/** Plays on until `done` says stop (checked on each screen); returns the screen it stopped on. */
async function playUntil(frame: Frame, done: (screen: string) => Promise<boolean>, reasons: () => string): Promise<string> {
  let screen = await screenIn(frame, PLAYING);
  for (let i = 0; i < 300 && !(await done(screen)); i++) {
    await step(frame, screen, reasons);
    screen = await screenIn(frame, PLAYING);
  }
  return screen;
}

/** The game's own save in the SCO's browser storage: the record to check the LMS against. */
async function savedInBrowser(frame: Frame): Promise<SavedSession> {
  return JSON.parse((await frame.evaluate((id) => localStorage.getItem(`permanence.session.${id}`), CASE))!);
}

const interactionsOf = (cmi: Cmi): Cmi[] => Object.values(cmi.interactions ?? {}) as Cmi[];

function seconds(value: string): number {
  const old = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(value);
  if (old) return Number(old[1]) * 3600 + Number(old[2]) * 60 + Number(old[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(value)!;
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}

/** The score the LMS should hold, worked out from the three scores the debrief shows. */
async function expectedScore(frame: Frame): Promise<number> {
  const shown = (await frame.locator('#play .score-list .score').allInnerTexts()).map((t) => Number(/^(\d+) out of 100/.exec(t)![1]));
  expect(shown).toHaveLength(3);
  const [permanence, contact, disruption] = shown as [number, number, number];
  return Math.round((permanence + contact + (100 - disruption)) / 3);
}

const whereAmI = async (frame: Frame) => ({
  screen: await frame.locator('#play').getAttribute('data-screen'),
  text: await frame.locator('#play .passage').innerText(),
});

describe('the SCORM packages', () => {
  it('list every file they hold, and hold every file they list', () => {
    for (const p of packages) {
      const manifest = manifestOf(p.version);
      const zipped = Object.keys(unzipSync(readFileSync(p.zip))).filter((f) => !f.endsWith('/'));
      const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      expect(new Set(listed)).toEqual(new Set(zipped.filter((f) => f !== 'imsmanifest.xml')));
      expect(zipped[0]).toBe('imsmanifest.xml');
      expect(zipped.filter((f) => /(^|\/)(sw|registerSW)\.js$|webmanifest$/.test(f))).toEqual([]);
      expect(manifest).toContain(p.version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
      const scos = [...manifest.matchAll(/<resource identifier="sco-([a-z0-9-]+)"[^>]*href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(scos).toEqual(['bradley', 'chloe', 'olivia'].map((id) => [id, `index.html?sco=${id}&amp;scorm=${p.version}`]));
      // Every asset the page loads is relative, so the package works under any LMS path (links within the page are fragments).
      const index = readFileSync(join(unpacked[p.version]!, 'index.html'), 'utf8');
      expect([...index.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u!.startsWith('./') && !u!.startsWith('#'))).toEqual([]);
    }
  });
});

describe('the packaged game outside an LMS', () => {
  it('is the standalone game: the case list, no case forced open', async () => {
    const context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(launchAddress('2004', CASE));
    await page.locator('#cases li').first().waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator('#home').isVisible()).toBe(true);
    expect(await page.locator('#play').isHidden()).toBe(true);
    await context.close();
  });
});

describe('SCORM 2004: Bradley in an LMS', () => {
  let context: BrowserContext;
  let page: Page;
  let frame: Frame;
  let before: Awaited<ReturnType<typeof whereAmI>>;
  const REASONS = 'Kinship first if it is safe: <b>Bradley</b> needs the people he knows.';

  beforeAll(async () => {
    context = await newGameContext(browser, { viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });
  afterAll(() => context?.close());

  it('opens straight into its case, and records each decision as an interaction', async () => {
    frame = await launch(page, '2004');
    expect(await screenIn(frame, ['briefing'])).toBe('briefing');
    await frame.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    await playUntil(frame, async (screen) => screen === 'narrating' && interactionsOf(await cmiOf(page)).length >= 3, () => REASONS);
    const cmi = await cmiOf(page);
    const log = (await savedInBrowser(frame)).log;
    const decisions = log.entries.filter((e) => e.decision !== null);
    const interactions = interactionsOf(cmi);
    expect(interactions.map((i) => i.id)).toEqual(decisions.map((e) => e.decision));
    // A ranking is a sequencing interaction answered with the order given; anything else a choice.
    expect(interactions.map((i) => i.type)).toEqual(decisions.map((e) => (e.ranking ? 'sequencing' : 'choice')));
    expect(interactions.map((i) => i.learner_response)).toEqual(decisions.map((e) => (e.ranking ? e.ranking.order.map((n) => String(n + 1)).join('[,]') : String(e.choice + 1))));
    // Only an activity is marked right or wrong; a decision has no correct response.
    expect(interactions.map((i) => i.result)).toEqual(decisions.map((e) => (e.kind === 'activity' ? (e.correct ? 'correct' : 'incorrect') : 'neutral')));
    decisions.forEach((e, n) => {
      expect(seconds(interactions[n]!.latency)).toBeCloseTo((Date.parse(e.chosenAt) - Date.parse(e.shownAt)) / 1000, 1);
      expect(interactions[n]!.timestamp).toBe(`${e.chosenAt.slice(0, 22)}Z`);
    });
    expect(cmi.completion_status).toBe('incomplete');
    const suspended = JSON.parse(strFromU8(inflateSync(strToU8(atob((cmi.suspend_data as string).slice(3)), true)))) as SavedSession;
    expect(suspended.log.entries).toEqual(log.entries);
    await screenshot(page, 'scorm2004-in-lms');
    await expectNoSeriousAxe(page, 'scorm2004-in-lms');
  });

  it('suspends when the LMS closes it, and resumes at the same place when launched again', async () => {
    before = await whereAmI(frame);
    const closed = await closeSco(page);
    expect(closed.exit).toBe('suspend');
    expect(seconds(closed.session_time)).toBeGreaterThan(0);
    frame = await launch(page, '2004', { ...closed, entry: 'resume' });
    await screenIn(frame, [before.screen!]);
    expect(await whereAmI(frame)).toEqual(before);
    expect(interactionsOf(await cmiOf(page))).toHaveLength(interactionsOf(closed).length);
  });

  it('reports completion and the score, and leaves success unclaimed, at the debrief', async () => {
    await playUntil(frame, async (screen) => screen === 'debrief', () => REASONS);
    const expected = await expectedScore(frame);
    const cmi = await cmiOf(page);
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('unknown');
    expect(cmi.score).toMatchObject({ raw: String(expected), min: '0', max: '100', scaled: String(expected / 100) });
    const log = (await savedInBrowser(frame)).log;
    expect(interactionsOf(cmi).map((i) => i.id)).toEqual(log.entries.filter((e) => e.decision).map((e) => e.decision));
    await screenshot(page, 'scorm2004-debrief');
  });
});

describe('SCORM 1.2: Bradley in an LMS, with more written than the LMS can keep', () => {
  let page: Page;
  let frame: Frame;
  let before: Awaited<ReturnType<typeof whereAmI>>;
  let closed: Cmi;
  const random = seededRandom(12);
  // Words that do not compress away, different at every decision: 4,800 characters each.
  const reasons = () => Array.from({ length: 800 }, () => Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('')).join(' ');

  afterAll(() => page?.context().close());

  it('keeps the choices in the suspend data and tells the learner so', async () => {
    page = await (await newGameContext(browser, { viewport: { width: 1280, height: 720 } })).newPage();
    frame = await launch(page, '1.2');
    await frame.locator('#play').getByRole('button', { name: 'Start the case' }).click();
    // On until the session no longer fits the LMS (the first written reasons do it), then one decision more.
    let fitted = -1;
    await playUntil(frame, async (screen) => {
      const cmi = await cmiOf(page);
      if (String(cmi.suspend_data).startsWith('z1:')) fitted = interactionsOf(cmi).length;
      return screen === 'narrating' && fitted >= 0 && String(cmi.suspend_data).startsWith('c1:') && interactionsOf(cmi).length > fitted + 1;
    }, reasons);
    const cmi = await cmiOf(page);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(cmi.suspend_data.startsWith('c1:')).toBe(true);
    await expect(frame.locator('#play .notices').innerText()).resolves.toContain('from now on it keeps your choices but not the reasons you wrote');
    const log = (await savedInBrowser(frame)).log;
    const decisions = log.entries.filter((e) => e.decision !== null);
    // SCORM 1.2: a ranking's order as option characters separated by commas.
    expect(interactionsOf(cmi).map((i) => [i.id, i.type, i.student_response])).toEqual(decisions.map((e) => (e.ranking
      ? [e.decision, 'sequencing', e.ranking.order.map((n) => (n + 1).toString(36)).join(',')]
      : [e.decision, 'choice', String(e.choice + 1)])));
    expect(interactionsOf(cmi).every((i) => /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/.test(i.latency) && /^\d\d:\d\d:\d\d$/.test(i.time))).toBe(true);
    expect(cmi.core.lesson_status).toBe('incomplete');
    await frame.locator('#play .notices').scrollIntoViewIfNeeded();
    await screenshot(page, 'scorm12-choices-only');
    before = await whereAmI(frame);
    closed = await closeSco(page);
    expect(closed.core.exit).toBe('suspend');
  });

  it('resumes from the choices alone on another computer, saying the reasons stayed behind', async () => {
    await page.context().close();
    page = await (await newGameContext(browser, { viewport: { width: 1280, height: 720 } })).newPage();
    frame = await launch(page, '1.2', { ...closed, core: { ...closed.core, entry: 'resume' } });
    await screenIn(frame, [before.screen!]);
    expect(await whereAmI(frame)).toEqual(before);
    await expect(frame.locator('#play .notices').innerText()).resolves.toContain('Your choices in this case were restored from the LMS');
    await screenshot(page, 'scorm12-resumed-elsewhere');
    await expectNoSeriousAxe(page, 'scorm12-resumed-elsewhere');
  });

  it('reports completion and the score at the debrief', async () => {
    await playUntil(frame, async (screen) => screen === 'debrief', reasons);
    const expected = await expectedScore(frame);
    const cmi = await cmiOf(page);
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.core.score).toMatchObject({ raw: String(expected), min: '0', max: '100' });
    expect(new Set(interactionsOf(cmi).map((i) => i.id)).size).toBe(interactionsOf(cmi).length);
  });
});
