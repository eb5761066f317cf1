import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answerChoice, drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { playMachine } from '../../src/engine/playMachine';
import type { DecisionLog } from '../../src/log/logSchema';
import { decodeReplayCode, replayCodeOfLog } from '../../src/log/replayCode';
import { verifyLog } from '../../src/log/verifyLog';
import { buildReview } from '../../src/review/reviewModel';
import { reviewOfSource } from '../../src/review/reviewOfSource';
import { decisionSeries } from '../../src/review/decisionSeries';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The case's framework table, read from the file beside the story rather than through the loader. */
const FRAMEWORK = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/test-case/framework.json'), 'utf8')) as { decisions: Record<string, { area: string }[]> };

/** A clock that moves 9 s at every reading, so each decision's time taken is a multiple of 9. */
function clock(): () => Date {
  let t = Date.UTC(2026, 10, 23, 9, 0, 0);
  return () => new Date((t += 9_000));
}

// Navigation, then: network meeting (+2 +1 -1), three sessions a week (+1 +2 0, reasons),
// Pat first in the ranking (+2 +1 -1), return home (+1 +2 +2).
const played = (): DecisionLog => drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock(), participant: 'Sam' }, pathChooser([0, 0, 0, 0, 1], 'Because <b>Maya</b> asked')).log;

const review = (log: DecisionLog) => {
  const prepared = reviewOfSource({ kind: 'log', log }, null, fixtureBundle());
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.model;
};

describe('the review of a verified log', () => {
  const log = played();
  const model = review(log);

  it('says first that the log replays true', () => {
    expect(model.verdict).toMatchObject({ kind: 'verified', verified: true, text: 'Verified: the log replays true against the story (every decision, effect, score and the ending).', timeWarnings: [] });
    // Issue 19 F10: beside the verdict, what replay cannot check.
    expect(model.verdict.unchecked).toMatch(/It cannot check the pseudonym and cohort, the times, the written reasons or the choices taken back before/);
  });

  it('flags times that contradict each other beside the verdict, which still says the choices replay true', () => {
    const edited = { ...log, entries: log.entries.map((e, i) => (i === 1 ? { ...e, chosenAt: '1999-01-01T00:00:00.000Z' } : e)), finishedAt: '1970-01-01T00:00:00.000Z' };
    const review = buildReview({ source: 'log', log: edited, verdict: verifyLog(edited, lookupFixture), bundle: fixtureBundle() });
    expect(review.verdict.verified).toBe(true);
    expect(review.verdict.timeWarnings).toEqual(['decision 2 was chosen before it was shown', 'the game finished before it started']);
  });

  it('lists every decision of the path in order, leaving out the steps between them', () => {
    expect(model.decisions.map((d) => d.key)).toEqual(['1:test.p1.grandmother', '2:test.p1.family-time', '3:test.p2.priorities', '4:test.p2.plan']);
    expect(model.decisions.map((d) => d.entry)).toEqual([1, 2, 3, 4]);
    expect(model.decisions.every((d) => d.checked === 'replayed')).toBe(true);
  });

  it("shows the story's situation, prompt and every option, with the one chosen", () => {
    const first = model.decisions[0]!;
    expect(first.prompt).toBe("What does the child's timescale ask of us in the first week?");
    expect(first.situation).toContain('The notes describe a warm, chaotic home.');
    expect(first.options!.map((o) => o.text)).toEqual(['Hold a family network meeting with Pat this week', 'Ask Pat to put her offer in writing', 'Wait for the first review']);
    expect(first.chosen).toEqual({ index: 0, text: 'Hold a family network meeting with Pat this week', deltas: { permanence: 2, contact: 1, disruption: -1 }, stance: 'with' });
  });

  it('gives the time taken as chosenAt minus shownAt, and the reasons as written', () => {
    for (const [i, d] of model.decisions.entries()) {
      const entry = log.entries[i + 1]!;
      expect(d.secondsTaken).toBe((Date.parse(entry.chosenAt) - Date.parse(entry.shownAt)) / 1000);
      expect(d.secondsTaken! % 9).toBe(0);
      expect(d.secondsTaken).toBeGreaterThan(0);
    }
    expect(model.decisions[1]!.reasons).toBe('Because <b>Maya</b> asked');
    expect(model.decisions[0]!.reasons).toBeNull();
  });

  it('judges each decision against the options offered there, as worked out by hand', () => {
    // Each dimension: 0 for the worst option offered, 1 for the best (least risky for disruption).
    // Grandmother (+2 +1 -1) of (+2 +1 -1), (0 0 0), (-1 -1 +1): best on all three, quality 1.
    // Family time (+1 +2 0) of that and (0 -1 -1): best on permanence and contact, riskier (0):
    //   quality 2/3 against 1/3, so judged best.
    // Ranking, Pat first (+2 +1 -1) of that, (-1 0 +1), (+1 +2 0): 1, 1/2, 1; quality 5/6, best.
    // Plan, return home (+1 +2 +2) of SGO (+3 +1 -1), return, fostering (0 +1 0, family time > 0):
    //   permanence 1/3, contact 1, disruption 0: quality 4/9; SGO 2/3 is best, fostering 2/9,
    //   so closeness (4/9 - 2/9) / (2/3 - 2/9) = 1/2.
    expect(model.decisions.map((d) => d.judgement)).toEqual([
      { permanence: 1, contact: 1, disruption: 1 },
      { permanence: 1, contact: 1, disruption: 0 },
      { permanence: 1, contact: 0.5, disruption: 1 },
      { permanence: 1 / 3, contact: 1, disruption: 0 },
    ].map((j) => ({ permanence: expect.closeTo(j.permanence, 9), contact: expect.closeTo(j.contact, 9), disruption: expect.closeTo(j.disruption, 9) })));
    expect(model.decisions.map((d) => d.best)).toEqual([[0], [0], [0], [0]]);
    expect(model.decisions.map((d) => d.closeness)).toEqual([1, 1, 1, expect.closeTo(0.5, 9)]);
    // Scores: the mean per dimension. Permanence (1 + 1 + 1 + 1/3) / 4 = 83.3; contact
    // (1 + 1 + 0.5 + 1) / 4 = 87.5, rounded 88; disruption risk 100 - (1 + 0 + 1 + 0) / 4 x 100 = 50.
    expect(model.scores).toEqual({ permanence: 83, contact: 88, disruption: 50 });
    expect(model.scores).toEqual(log.scores);
    expect(model.legacy).toBeNull();
    // The raw effects are kept for the record.
    expect(model.totals).toEqual({ permanence: 6, contact: 6, disruption: 0 });
  });

  it('charts each decision on its own, not as a running total', () => {
    expect(decisionSeries(model.decisions)).toEqual([
      { position: 1, closeness: 100, scores: { permanence: 100, contact: 100, disruption: 0 } },
      { position: 2, closeness: 100, scores: { permanence: 100, contact: 100, disruption: 100 } },
      { position: 3, closeness: 100, scores: { permanence: 100, contact: 50, disruption: 0 } },
      { position: 4, closeness: 50, scores: { permanence: 33, contact: 100, disruption: 100 } },
    ]);
  });

  it('names the framework areas of each decision, from the table beside the story', () => {
    expect(model.decisions.map((d) => d.areas.map((a) => a.id))).toEqual(
      model.decisions.map((d) => (FRAMEWORK.decisions[d.id] ?? []).map((a) => a.area)),
    );
    expect(model.decisions[0]!.areas[0]!.title).toBe(fixtureBundle().framework!.areas.find((a) => a.id === FRAMEWORK.decisions['test.p1.grandmother']![0]!.area)!.title);
  });

  it("shows the ending's permanence as the story tags it", () => {
    expect(model.ending).toEqual(log.ending);
    expect(model.ending!.legal).toBe('at home under a supervision order');
  });

  it('names the ranking and balance sheet options by their text, and counts the stances', () => {
    const ranking = log.entries[3]!.ranking!;
    const texts = ['Assess Pat as a connected person', 'Keep Maya where she is and review in three months', 'Work intensively with her mother towards return'];
    expect(model.decisions[2]!.ranking).toEqual({
      order: texts,
      expertOrder: ['Assess Pat as a connected person', 'Work intensively with her mother towards return', 'Keep Maya where she is and review in three months'],
      distance: 2,
      // The form opened in the seed's order, never the panel's; the scripted player moved it.
      startOrder: ranking.startOrder!.map((i) => texts[i]),
      unchanged: false,
    });
    expect(ranking.startOrder).not.toEqual(ranking.expertOrder);
    expect(model.decisions[3]!.balance!.map((b) => b.option)).toEqual(['Special Guardianship with Pat', 'Return home with support', 'Long-term fostering']);
    expect(model.stances).toEqual({ with: 4, to: 0, for: 0, not: 0 });
  });
});

describe('the review of a log that does not replay true', () => {
  it('names the decision in the timeline where it leaves the story, and checks nothing after it', () => {
    const log = structuredClone(played());
    log.entries[2]!.deltas.contact = 5;
    const model = review(log);
    expect(model.verdict.verified).toBe(false);
    // Entry 3 of the log is the second decision of the timeline.
    expect(model.verdict.text).toBe('Not verified: the log diverges from the story at decision 2 below (test.p1.family-time): the effects differ: contact 5 in the log, 2 in the story. Decisions from that point on are shown as the log records them, not as the story has them.');
    expect(model.decisions.map((d) => d.checked)).toEqual(['replayed', 'diverges-here', 'not-checked', 'not-checked']);
    expect(model.decisions[2]!.options).toBeNull();
    expect(model.decisions[1]!.chosen.deltas.contact).toBe(5);
    // Not replayed from there on: no options, so no judgement against them.
    expect(model.decisions[2]!.closeness).toBeNull();
  });

  it('keeps every decision replayable when only the totals were edited', () => {
    const log = structuredClone(played());
    log.totals.contact += 4;
    const model = review(log);
    expect(model.verdict.text).toMatch(/^Not verified: the totals in the log are not the sum of its decisions\. Each decision replays/);
    expect(model.decisions.every((d) => d.checked === 'replayed')).toBe(true);
  });

  it('shows a log from another story version as it records it, without replaying', () => {
    const log = { ...played(), storyVersion: 'aaaaaaaaaaaa' };
    const model = buildReview({ source: 'log', log, verdict: verifyLog(log, lookupFixture), bundle: fixtureBundle() });
    expect(model.verdict.text).toMatch(/^Not verified: the log was played on story version aaaaaaaaaaaa/);
    expect(model.decisions).toHaveLength(4);
    expect(model.decisions.every((d) => d.checked === 'not-checked' && d.options === null)).toBe(true);
    // A v2 log's scores judge each decision within itself, so they need no story scale: they are
    // shown as the log records them, like everything else here (the verdict says so); no closeness.
    expect(model.scores).toEqual(log.scores);
    expect(model.decisions.every((d) => d.closeness === null && d.best.length === 0)).toBe(true);
  });

  it('opens a log for a case this game does not have, unverified', () => {
    const prepared = reviewOfSource({ kind: 'log', log: { ...played(), scenario: 'nobody' } }, null, null);
    expect(prepared.ok && prepared.model.verdict.text).toBe('Not verified: scenario "nobody" is not a scenario this game has. The decisions are shown as the log records them, not checked against the story.');
  });
});

describe('a decision taken back', () => {
  it('appears beside the choice that replaced it', () => {
    const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 1, now: clock() } }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'CONTINUE' });
    answerChoice(actor, pathChooser([1]));
    while (actor.getSnapshot().matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 2 });
    actor.send({ type: 'TAKE_BACK' });
    actor.send({ type: 'CHOOSE', index: 0 });
    const log = actor.getSnapshot().context.log!;
    const model = review(log);
    expect(model.decisions).toHaveLength(1);
    expect(model.decisions[0]!.chosen.text).toBe('Hold a family network meeting with Pat this week');
    expect(model.decisions[0]!.reconsidered.map((r) => r.text)).toEqual(['Wait for the first review']);
  });
});

describe('the review of a replay code', () => {
  it("replays the code's choices against the story, with no reasons and no times", () => {
    const log = played();
    const code = decodeReplayCode(replayCodeOfLog(log));
    if (!code.ok) throw new Error(code.reason);
    const prepared = reviewOfSource({ kind: 'code', code: replayCodeOfLog(log) }, code.code, fixtureBundle());
    if (!prepared.ok) throw new Error(prepared.message);
    const { model } = prepared;
    expect(model.verdict.text).toMatch(/^Verified: every choice in the replay code is one the story offers/);
    expect(model.decisions.map((d) => d.chosen.text)).toEqual(review(log).decisions.map((d) => d.chosen.text));
    expect(model.decisions.every((d) => d.secondsTaken === null && d.reasons === null && d.chosenAt === null)).toBe(true);
    expect(model.totals).toEqual(log.totals);
    expect(model.ending).toEqual(log.ending);
  });

  it('says where a code leaves the story', () => {
    const prepared = reviewOfSource({ kind: 'code', code: 'x' }, { scenario: 'test-case', versionPrefix: fixtureBundle().version.slice(0, 6), seed: 3, choices: [0, 0, 7] }, fixtureBundle());
    expect(prepared.ok && prepared.model.verdict.text).toBe('Not verified: the replay code leaves the story at its choice 3: choice 3 of the code is option 8, but the story offers 2 options there. The decisions before it are shown.');
    expect(prepared.ok && prepared.model.decisions).toHaveLength(1);
  });

  it('refuses a code for a case this game does not have, saying what to do', () => {
    const prepared = reviewOfSource({ kind: 'code', code: 'x' }, { scenario: 'nobody', versionPrefix: 'abcdef', seed: 1, choices: [] }, null);
    expect(prepared).toEqual({ ok: false, message: 'The replay code is for the case "nobody", which this game does not have. Check the code, or open the participant\'s log file instead.' });
  });
});

describe('the review of an activity', () => {
  // Sort the referral first: the activity (the fact is option 1), then the same decisions as above.
  const log = drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock(), participant: 'Sam' }, pathChooser([2, 1, 0, 0, 0, 1], 'Because')).log;
  const model = review(log);

  it('shows it as a check with its right answer, not scored and taking no stance', () => {
    const check = model.decisions[0]!;
    expect([check.kind, check.id, check.correct, check.judgement, check.closeness]).toEqual(['activity', 'test.p1.fact-or-opinion', false, null, null]);
    expect(check.options!.filter((o) => o.correct).map((o) => o.text)).toEqual(['Maya was not brought to two health appointments']);
    expect(model.checks).toEqual({ correct: 0, of: 1 });
    expect(model.checks).toEqual(log.checks);
    // Four decisions take a stance; the activity is not among them.
    expect(Object.values(model.stances).reduce((a, b) => a + b, 0)).toBe(4);
    expect(decisionSeries(model.decisions).map((r) => r.position)).toEqual([2, 3, 4, 5]);
  });
});

describe('the review of a version 1 log', () => {
  it('shows its scores on its own scale and on the new one, worked out from its archived story', async () => {
    const { judgeLog } = await import('../../src/decisions/judgeLog');
    const { runnerFor } = await import('../../src/log/verifyLog');
    const { releasedLog } = await import('../helpers/releasedV1');
    const { log: v1, bundle } = releasedLog('bradley-finished-ranking.json');
    const prepared = reviewOfSource({ kind: 'log', log: v1 }, null, bundle);
    if (!prepared.ok) throw new Error(prepared.message);
    const { model } = prepared;
    expect(model.verdict.verified).toBe(true);
    expect(model.logVersion).toBe(1);
    expect(model.legacy).toEqual({ scores: v1.scores });
    // The new scale, from the one walk of the review, agrees with judgeLog's own walk.
    expect(model.scores).toEqual(judgeLog(v1, runnerFor(bundle)).scores);
    expect(model.scores).not.toEqual(v1.scores);
    // Its ranking opened in the panel's order, as that release did: whether it was moved is not recorded.
    const ranking = model.decisions.find((d) => d.ranking)!.ranking!;
    expect([ranking.startOrder, ranking.unchanged]).toEqual([null, null]);
    // Archived versions have no framework table and no facts.
    expect(model.decisions.every((d) => d.areas.length === 0)).toBe(true);
    expect(model.draws).toEqual([]);
  });
});
