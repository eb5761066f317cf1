/**
 * Every part past the first of every shipped case, opened from a trainer's link at its shared
 * starting point and played in the real built game to an ending: the briefing and the debrief
 * name the part, and the log kept in its own save slot starts there and ends. The parts are read
 * from the stories, so a new part or a new case is covered without editing this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { listScenarioIds, loadScenario } from '../../src/content/loadStoriesNode';
import { storyParts } from '../../src/story/sharedStarts';
import { PLAYING, scriptedStep, waitForScreen } from './playHelpers';
import { buildAndServe, launchBrowser, newGameContext, SCREENSHOTS, type Served } from './harness';

const REASONS = 'Written in the test: the shared starting point sets the case as the programme has it.';
const SEED = 3;
/** Moves allowed from a shared start to the debrief, so that a story that loops fails here rather than hangs. */
const MOST_MOVES = 600;

const starts = listScenarioIds().flatMap((id) =>
  storyParts(loadScenario(id).bundle.parts)
    .filter((p) => p.number > 1)
    .map((p) => [id, p.number, p.name] as const),
);

let served: Served;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  served = await buildAndServe();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the shared start of every part of every shipped case, in the browser', () => {
  it('covers at least the parts of Bradley, Olivia and Chloe', () => {
    const cases = new Set(starts.map(([id]) => id));
    for (const id of ['bradley', 'olivia', 'chloe']) expect(cases.has(id), id).toBe(true);
  });

  it.each(starts)('%s part %i (%s) plays from a trainer\'s link to an ending', async (id, part) => {
    const context = await newGameContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(`${id} part ${part}: ${err.message}`));
    try {
      await page.goto(`${served.url}#play/${id}/part/${part}?seed=${SEED}`);
      await waitForScreen(page, ['briefing']);
      await expect(page.locator('#play .start-part').innerText()).resolves.toContain(`starts at part ${part}`);
      await page.locator('#play').getByRole('button', { name: 'Start the case' }).click();
      let screen = await waitForScreen(page, PLAYING);
      let moves = 0;
      for (; moves < MOST_MOVES && screen !== 'debrief'; moves++) {
        await scriptedStep(page, screen, REASONS);
        screen = await waitForScreen(page, PLAYING);
      }
      expect(screen, `the debrief within ${MOST_MOVES} moves`).toBe('debrief');
      await expect(page.locator('#play .debrief .start-part').innerText()).resolves.toContain(`started at part ${part} from the shared starting point`);
      const log = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { log: { startPart?: number; seed: number; ending: { id: string } | null; entries: unknown[] } } | null, `permanence.session.${id}.part-${part}`);
      expect(log?.log).toMatchObject({ startPart: part, seed: SEED });
      expect(log?.log.ending, 'the log ends at an ending').not.toBeNull();
      expect(log?.log.entries.length).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, `shared-start-${id}-part-${part}-debrief.png`) });
    } finally {
      await context.close();
    }
  }, 600_000);

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
