import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { drivePlay, randomChooser, seededRandom, answerChoice } from '../../src/engine/drivePlay';
import { playMachine } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { verifyLog, verifyLogText } from '../../src/log/verifyLog';
import { logToJson } from '../../src/log/exportLog';
import { decodeReplayCode, encodeReplayCode } from '../../src/log/replayCode';
import { activePath } from '../../src/log/activePath';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));

describe('random play-throughs of the test story', () => {
  it('thousands of seeded random play-throughs all reach an ending the explorer knows', () => {
    const bundle = fixtureBundle();
    const endings = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) {
      const { log, actor } = drivePlay({ bundle, seed, now: clock }, randomChooser(seededRandom(seed)));
      expect(actor.getSnapshot().matches('debrief')).toBe(true);
      expect(log.ending).not.toBeNull();
      expect(bundle.endings).toContain(log.ending!.id);
      for (const d of ['permanence', 'contact', 'disruption'] as const) {
        expect(log.totals[d]).toBeGreaterThanOrEqual(bundle.bounds[d].min);
        expect(log.totals[d]).toBeLessThanOrEqual(bundle.bounds[d].max);
      }
      endings.set(log.ending!.id, (endings.get(log.ending!.id) ?? 0) + 1);
    }
    expect([...endings.keys()].sort()).toEqual([...bundle.endings].sort());
  });

  it('saving at a random point and restoring gives an identical continuation', () => {
    const bundle = fixtureBundle();
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 12 }), (seed, stopAfter) => {
      const random = seededRandom(seed);
      const chooser = randomChooser(random);
      const actor = createActor(playMachine, { input: { bundle, seed, now: clock } }).start();
      actor.send({ type: 'START' });
      const step = (a: typeof actor) => {
        const s = a.getSnapshot();
        if (s.matches({ playing: 'narrating' })) a.send({ type: 'CONTINUE' });
        else if (s.matches('partComplete')) a.send({ type: 'NEXT_PART' });
        else if (s.matches({ playing: 'choosing' })) answerChoice(a, chooser);
      };
      for (let i = 0; i < stopAfter && !actor.getSnapshot().matches('debrief'); i++) step(actor);
      const saved = JSON.parse(JSON.stringify(saveSession(actor.getSnapshot())));
      const restored = createActor(playMachine, { input: { bundle, seed, now: clock, resume: saved } }).start();
      // Continue both with the same choices (a copy of the generator's state).
      const forkSeed = Math.floor(random() * 2 ** 31);
      const ca = randomChooser(seededRandom(forkSeed));
      const cb = randomChooser(seededRandom(forkSeed));
      for (let i = 0; i < 30; i++) {
        for (const [a, c] of [[actor, ca], [restored, cb]] as const) {
          const s = a.getSnapshot();
          if (s.matches({ playing: 'narrating' })) a.send({ type: 'CONTINUE' });
          else if (s.matches('partComplete')) a.send({ type: 'NEXT_PART' });
          else if (s.matches({ playing: 'choosing' })) answerChoice(a, c);
        }
        expect(JSON.stringify(restored.getSnapshot().value)).toBe(JSON.stringify(actor.getSnapshot().value));
        expect(restored.getSnapshot().context.view?.passage.lines).toEqual(actor.getSnapshot().context.view?.passage.lines);
      }
      expect(restored.getSnapshot().context.log).toEqual(actor.getSnapshot().context.log);
    }), { numRuns: 200 });
  });

  it('export, import and verify is the identity', () => {
    const bundle = fixtureBundle();
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
      const { log } = drivePlay({ bundle, seed, now: clock, participant: 'P "quoted" <b>' }, randomChooser(seededRandom(seed)));
      const verdict = verifyLogText(logToJson(log), lookupFixture);
      expect(verdict.kind).toBe('verified');
      if (verdict.kind === 'verified') expect(verdict.log).toEqual(log);
    }), { numRuns: 300 });
  });

  it('a replay code round-trips for any path', () => {
    fc.assert(fc.property(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      fc.stringMatching(/^[0-9a-f]{6}$/),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 80 }),
      (scenario, versionPrefix, seed, choices) => {
        const decoded = decodeReplayCode(encodeReplayCode({ scenario, versionPrefix, seed, choices }));
        expect(decoded).toEqual({ ok: true, code: { scenario, versionPrefix, seed, choices } });
      },
    ), { numRuns: 1000 });
  });

  it('a replay code of a real play-through replays to the same choices and is short', () => {
    const bundle = fixtureBundle();
    const { log } = drivePlay({ bundle, seed: 5, now: clock }, randomChooser(seededRandom(5)));
    const code = encodeReplayCode({ scenario: log.scenario, versionPrefix: log.storyVersion, seed: log.seed, choices: activePath(log) });
    const decoded = decodeReplayCode(code.toUpperCase());
    expect(decoded.ok && decoded.code.choices).toEqual(activePath(log));
    expect(verifyLog(log, lookupFixture).kind).toBe('verified');
  });
});
