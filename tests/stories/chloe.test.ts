/**
 * Chloe's six-part continuing case: parts played in separate sittings, consequences
 * carried from part 2 into the crisis of part 3, and one log for the whole case.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createActor } from 'xstate';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { playMachine } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { answerChoice, randomChooser, seededRandom, type Chooser } from '../../src/engine/drivePlay';
import type { SessionView } from '../../src/engine/session';
import { partTagOf } from '../../src/story/tagContract';
import { verifyLog } from '../../src/log/verifyLog';
import { buildDebrief } from '../../src/engine/debrief';
import { parsePart } from '../../src/story/tagContract';
import { describeShippedStory } from './shippedStory';

describeShippedStory('chloe');

const PARTS = ['1 Chronology', '2 Coming into placement', '3 First placement crisis', '4 Chloe leaves placement', '5 Permanence planning', '6 Planning for Chloe'];
const bundle = () => loadScenario('chloe').bundle;
const lookup = (id: string) => (id === 'chloe' ? bundle() : undefined);

/** The part the checkpoint is about to open, or null. */
function nextPart(view: SessionView | null): number | null {
  const line = view?.passage.lines[view.screen.to];
  const tag = line ? partTagOf(line) : null;
  return tag ? parsePart(tag).number : null;
}

/** Plays from the start (or wherever the actor is) until the checkpoint before `stopBefore`. */
function playUntilPart(actor: ReturnType<typeof start>, chooser: Chooser, stopBefore: number) {
  for (let i = 0; i < 5_000; i++) {
    const s = actor.getSnapshot();
    if (s.matches('partComplete') && nextPart(s.context.view) === stopBefore) return;
    if (s.matches('debrief')) return;
    if (s.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    else if (s.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
    else if (s.matches({ playing: 'choosing' })) answerChoice(actor, chooser);
  }
}

function start(seed = 1) {
  const actor = createActor(playMachine, { input: { bundle: bundle(), seed } }).start();
  actor.send({ type: 'START', participant: 'Sam' });
  return actor;
}

/** Picks, at every decision, the option with the lowest (or highest) disruption risk. */
function greedy(direction: 'careful' | 'hurried'): Chooser {
  const sign = direction === 'careful' ? 1 : -1;
  return {
    pick: (view) => {
      const scored = view.passage.choices.map((c) => ({ c, d: c.meta.deltas ? sign * (c.meta.deltas.disruption * 10 - c.meta.deltas.permanence - c.meta.deltas.contact) : 0 }));
      scored.sort((a, b) => a.d - b.d);
      return scored[0]!.c.index;
    },
    reasons: () => `Reasons of a ${direction} worker.`,
  };
}

describe('Chloe, the six-part continuing case', () => {
  it('has the six parts named as in the programme', () => {
    expect(bundle().parts).toEqual(PARTS);
  });

  it('plays parts 1-3 in one sitting, resumes in a fresh process a week later, plays 4-6, and the log verifies as one', () => {
    const actor = start(5);
    playUntilPart(actor, randomChooser(seededRandom(5)), 4);
    const snap = actor.getSnapshot();
    expect(snap.matches('partComplete')).toBe(true);
    const saved = saveSession(snap)!;
    expect(saved.log.entries.some((e) => e.part?.startsWith('3 '))).toBe(true);
    expect(saved.variables).toHaveProperty('crisis_severity');
    const dir = mkdtempSync(join(tmpdir(), 'chloe-'));
    writeFileSync(join(dir, 'saved.json'), JSON.stringify(saved));
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const script = resolve(import.meta.dirname, '../helpers/resumeInFreshProcess.ts');
    const run = spawnSync(process.execPath, [tsx, script, join(dir, 'saved.json'), join(dir, 'out.json')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    // It resumed at the checkpoint before part 4, with part 3's outcome carried.
    expect(out.resumedAt.state).toBe('"partComplete"');
    expect(out.resumedAt.part).toBe(PARTS[2]);
    expect(out.state).toBe('"debrief"');
    const log = out.log;
    expect(log.entries.slice(0, saved.log.entries.length)).toEqual(saved.log.entries);
    expect(new Set(log.entries.map((e: { part: string }) => e.part))).toEqual(new Set(PARTS));
    expect(log.ending).not.toBeNull();
    expect(verifyLog(log, lookup).kind).toBe('verified');
    const debrief = buildDebrief(log, bundle());
    expect(debrief.parts.map((p) => p.part)).toEqual(PARTS);
  });

  it('leads two different part-2 paths to different part-3 crises', () => {
    const severities: unknown[] = [];
    const openings: string[] = [];
    for (const style of ['careful', 'hurried'] as const) {
      const actor = start(3);
      playUntilPart(actor, greedy('careful'), 2);
      actor.send({ type: 'NEXT_PART' });
      playUntilPart(actor, greedy(style), 3);
      const s = actor.getSnapshot();
      expect(s.matches('partComplete')).toBe(true);
      actor.send({ type: 'NEXT_PART' });
      // The story has run up to part 3's first choice: the crisis is set by now.
      severities.push(actor.getSnapshot().context.runner!.variable('crisis_severity'));
      const view = actor.getSnapshot().context.view!;
      openings.push(view.passage.lines.slice(view.screen.from, view.screen.to).map((l) => l.text).join(' '));
    }
    expect(severities[0]).not.toEqual(severities[1]);
    expect(openings[0]).not.toEqual(openings[1]);
  });
});
