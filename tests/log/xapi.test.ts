import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DEFAULT_IRI_BASE, isoDuration, logToStatements, overallScore, statementsToJson, uuidV5, type XapiStatement } from '../../src/log/xapi';
import validateStatement from '@learninglocker/xapi-validation';
import { HAND_WRITTEN_LOG } from '../review/handWrittenLog';
import type { DecisionLog } from '../../src/log/logSchema';
import type { OfferedOptions } from '../../src/log/offeredOptions';
import { offeredOptions } from '../../src/log/offeredOptions';
import { runnerFor } from '../../src/log/verifyLog';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { fixtureBundle } from '../helpers/fixtures';

/** Learning Locker's xAPI validator, an independent reading of the specification: the problems it finds, by path. */
const validatorProblems = (s: XapiStatement): string[] => validateStatement(s).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

const BASE = DEFAULT_IRI_BASE;
const EXT = `${BASE}xapi/extensions/`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** An IRI as xAPI uses them: absolute, with a scheme. */
const isIri = (text: string) => { try { return new URL(text).protocol.length > 1; } catch { return false; } };

/** RFC 4122 version 5, worked out with Node's own SHA-1 rather than the module's. */
function nodeUuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The xAPI 1.0.3 requirements on a statement that a Learning Record Store checks. */
function problemsOf(s: XapiStatement): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  need(UUID.test(s.id), 'id is a UUID');
  need(s.version === '1.0.3', 'version 1.0.3');
  need(ISO_TIMESTAMP.test(s.timestamp), 'timestamp ISO 8601');
  need(s.actor.objectType === 'Agent', 'actor is an Agent');
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in s.actor);
  need(ifis.length === 1 && ifis[0] === 'account', 'actor has exactly one identifier, an account');
  need(isIri(s.actor.account.homePage) && s.actor.account.name.length > 0, 'account has a homePage IRL and a name');
  need(isIri(s.verb.id) && Object.keys(s.verb.display).length > 0, 'verb has an IRI id and a display');
  need(s.object.objectType === 'Activity' && isIri(s.object.id), 'object is an Activity with an IRI id');
  need(isIri(s.object.definition.type), 'activity type is an IRI');
  if (s.result.score) {
    const { scaled, raw, min, max } = s.result.score;
    need(scaled >= -1 && scaled <= 1, 'scaled score in -1..1');
    need(min <= raw && raw <= max, 'raw score between min and max');
  }
  if (s.result.duration) need(ISO_DURATION.test(s.result.duration), 'duration ISO 8601');
  need(UUID.test(s.context.registration), 'registration is a UUID');
  need(Object.keys({ ...s.result.extensions, ...s.context.extensions }).every(isIri), 'extension keys are IRIs');
  return problems;
}

describe('xAPI statements for a play-through', () => {
  const statements = logToStatements(HAND_WRITTEN_LOG);

  it('has one "answered" statement per decision in force, in order, and one "completed"', () => {
    // The taken-back choice and the step before the first decision make no statement.
    expect(statements.map((s) => [s.verb.id, s.object.id])).toEqual([
      ['http://adlnet.gov/expapi/verbs/answered', `${BASE}scenarios/test-case/decisions/test.p1.grandmother`],
      ['http://adlnet.gov/expapi/verbs/answered', `${BASE}scenarios/test-case/decisions/test.p1.family-time`],
      ['http://adlnet.gov/expapi/verbs/answered', `${BASE}scenarios/test-case/decisions/test.p2.priorities`],
      ['http://adlnet.gov/expapi/verbs/completed', `${BASE}scenarios/test-case`],
    ]);
  });

  it("meets the specification's required fields in every statement", () => {
    expect(statements.map(problemsOf)).toEqual([[], [], [], []]);
    expect(statements.map(validatorProblems)).toEqual([[], [], [], []]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(4);
  });

  it('puts the decision id and the choice in the result, with the time taken', () => {
    expect(statements.slice(0, 3).map((s) => [s.result.response, s.result.extensions[`${EXT}decision`], s.result.extensions[`${EXT}choice`], s.result.duration, s.timestamp])).toEqual([
      ['1', 'test.p1.grandmother', { index: 0, text: 'Hold a family network meeting with Pat this week' }, 'PT12.25S', '2026-11-23T09:01:32.250Z'],
      ['1', 'test.p1.family-time', { index: 0, text: 'Three supervised sessions a week at the family centre' }, 'PT1H1M4.01S', '2026-11-23T10:03:04.010Z'],
      // A ranking answers with the whole order, options by number, "[,]" between them.
      ['1[,]3[,]2', 'test.p2.priorities', { index: 0, text: 'Assess Pat as a connected person' }, 'PT30S', '2026-11-23T10:04:00.000Z'],
    ]);
    expect(statements[1]!.result.extensions[`${EXT}reasons`]).toBe('=HYPERLINK("http://x")\nsecond line');
    expect(statements[1]!.result.extensions[`${EXT}effects`]).toEqual({ permanence: 1, contact: 2, disruption: 0 });
    // Without the story at hand the options cannot be listed; the interaction type still can.
    expect(statements[0]!.object.definition).toEqual({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', name: { 'en-GB': 'test.p1.grandmother' }, interactionType: 'choice' });
    expect(statements[2]!.object.definition.interactionType).toBe('sequencing');
    expect(statements[0]!.context.contextActivities?.parent[0]!.id).toBe(`${BASE}scenarios/test-case`);
  });

  it('scores the completion as the mean of permanence, contact and 100 minus disruption risk', () => {
    // (70 + 60 + (100 - 30)) / 3 = 66.67, rounded to 67.
    expect(statements[3]!.result).toEqual({
      completion: true,
      duration: 'PT1H5M',
      score: { scaled: 0.67, raw: 67, min: 0, max: 100 },
      extensions: {
        [`${EXT}scores`]: { permanence: 70, contact: 60, disruption: 30 },
        // A version 1 log: its scores are on the old scale (running totals), and the statement says so.
        [`${EXT}log-version`]: 1,
        [`${EXT}totals`]: { permanence: 5, contact: 4, disruption: -2 },
        [`${EXT}checks`]: HAND_WRITTEN_LOG.checks,
        [`${EXT}draws`]: HAND_WRITTEN_LOG.draws,
        [`${EXT}ending`]: HAND_WRITTEN_LOG.ending,
      },
    });
    expect(statements[3]!.timestamp).toBe('2026-11-23T10:05:00.000Z');
    expect(overallScore({ permanence: 100, contact: 100, disruption: 0 })).toBe(100);
    expect(overallScore({ permanence: 0, contact: 0, disruption: 100 })).toBe(0);
  });

  // Issue 19 F12: a log the review could not verify says so, and carries no effects, judgements or score.
  it('carries the verdict in every statement, and leaves the score and effects out of a log that does not replay true', () => {
    const ext = `${BASE}xapi/extensions/verification`;
    const unverified = logToStatements(HAND_WRITTEN_LOG, { verification: { verified: false, text: 'diverges at decision 2' } });
    expect(unverified.map((st) => st.result?.extensions[ext])).toEqual(unverified.map(() => 'not verified: diverges at decision 2'));
    const completed = unverified.at(-1)!.result!;
    expect(completed.score).toBeUndefined();
    expect(Object.keys(completed.extensions).filter((k) => /scores|totals/.test(k))).toEqual([]);
    expect(unverified.filter((st) => Object.keys(st.result?.extensions ?? {}).some((k) => /effects|judgement/.test(k)))).toEqual([]);
    const verified = logToStatements(HAND_WRITTEN_LOG, { verification: { verified: true, text: 'replays true' } });
    expect(verified.at(-1)!.result!.score).toEqual({ scaled: 0.67, raw: 67, min: 0, max: 100 });
    expect(verified.map((st) => st.result?.extensions[ext])).toEqual(verified.map(() => 'verified'));
  });

  it('names the learner by pseudonym only, as an account on the organisation\'s home page', () => {
    expect(statements[0]!.actor).toEqual({ objectType: 'Agent', name: '@Sam', account: { homePage: BASE, name: '@Sam' } });
    expect(statementsToJson(statements)).not.toMatch(/mbox|mailto:/);
  });

  it('gives the same statement ids for the same log, as name-based UUIDs checked against Node\'s SHA-1', () => {
    expect(logToStatements(structuredClone(HAND_WRITTEN_LOG)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    const namespace = nodeUuidV5(URL_NAMESPACE, BASE);
    const attempt = 'test-case/f28b6a22a95b/3/@Sam/2026-11-23T09:00:00.000Z';
    expect(statements[0]!.context.registration).toBe(nodeUuidV5(namespace, `registration/${attempt}`));
    expect(uuidV5(BASE, 'anything')).toBe(nodeUuidV5(namespace, 'anything'));
    expect(statements.every((s) => s.context.registration === statements[0]!.context.registration)).toBe(true);
  });

  it('leaves the completion out while the case is unfinished, and uses the organisation\'s own IRIs', () => {
    const unfinished = { ...HAND_WRITTEN_LOG, finishedAt: null, ending: null };
    const own = logToStatements(unfinished, { base: 'https://lrs.council.example/permanence/', title: 'Test case: Maya' });
    expect(own.map((s) => s.verb.display['en-GB'])).toEqual(['answered', 'answered', 'answered']);
    expect(own[0]!.object.id).toBe('https://lrs.council.example/permanence/scenarios/test-case/decisions/test.p1.grandmother');
    expect(own[0]!.context.contextActivities?.parent[0]!.definition.name).toEqual({ 'en-GB': 'Test case: Maya' });
    expect(own.map(problemsOf)).toEqual([[], [], []]);
    expect(own.map(validatorProblems)).toEqual([[], [], []]);
  });

  it('writes durations as ISO 8601 to the hundredth of a second', () => {
    expect([0, 999, 1_000, 59_994, 60_000, 3_600_000, 3_661_010, -5].map(isoDuration)).toEqual(['PT0S', 'PT1S', 'PT1S', 'PT59.99S', 'PT1M', 'PT1H', 'PT1H1M1.01S', 'PT0S']);
  });
});

/**
 * A version 2 log written by hand: a decision, an activity answered wrongly, a ranking
 * confirmed unchanged, and an activity answered rightly. The options offered are given as
 * the story would have them, so each statement can be checked against hand-made figures.
 */
const at = (m: number) => `2026-11-23T09:${String(m).padStart(2, '0')}:00.000Z`;
const entry = (step: number, decision: string, kind: 'decision' | 'activity', choice: number, text: string, more: Partial<DecisionLog['entries'][number]> = {}): DecisionLog['entries'][number] => ({
  step, decision, kind, part: '1 The first week', choice, text, deltas: { permanence: 0, contact: 0, disruption: 0 }, stance: null,
  judgement: null, correct: null, justification: null, ranking: null, balance: null, shownAt: at(step * 2), chosenAt: at(step * 2 + 1), reconsideredAt: null,
  ...more,
});
const V2_LOG: DecisionLog = {
  ...HAND_WRITTEN_LOG,
  version: 2,
  entries: [
    entry(0, 'test.p1.grandmother', 'decision', 1, 'Ask Pat to come to the review', {
      deltas: { permanence: 1, contact: 1, disruption: 0 }, stance: 'with', judgement: { permanence: 0.5, contact: 1, disruption: null },
    }),
    entry(1, 'test.p1.facts', 'activity', 0, 'Mum does not care', { correct: false }),
    entry(2, 'test.p2.priorities', 'decision', 2, 'Work with her mother', {
      deltas: { permanence: 1, contact: 2, disruption: 0 }, stance: 'with', judgement: { permanence: 0.67, contact: 1, disruption: 0.5 },
      ranking: { order: [2, 0, 1], expertOrder: [0, 2, 1], distance: 2, startOrder: [2, 0, 1], unchanged: true },
    }),
    entry(3, 'test.p2.smart', 'activity', 2, 'Weekly contact, reviewed in four weeks', { correct: true }),
  ],
  draws: [{ fact: 'mum-sustains', value: 2, of: 2 }],
  checks: { correct: 1, of: 2 },
  scores: { permanence: 58, contact: 100, disruption: 50 },
};
const opts = (decision: string, texts: string[], correct: number[] = []) => ({ decision, options: texts.map((text, index) => ({ index, text, correct: correct.includes(index), quality: null })) });
const OFFERED: OfferedOptions = [
  opts('test.p1.grandmother', ['Hold a network meeting', 'Ask Pat to come to the review', 'Wait']),
  opts('test.p1.facts', ['Mum does not care', 'Mum missed two of six contacts'], [1]),
  opts('test.p2.priorities', ['Assess Pat', 'Wait three months', 'Work with her mother']),
  opts('test.p2.smart', ['Improve contact', 'Be more engaged', 'Weekly contact, reviewed in four weeks', 'Weekly contact as set by the court, for four weeks'], [2, 3]),
];
const FRAMEWORK = {
  id: 'kss-permanence-2016', title: 'KSS permanence', publisher: 'DfE', year: 2016, status: 'in force',
  areas: [{ id: 'kss-p.1', title: 'Deciding on the best permanence option', summary: 's' }, { id: 'kss-p.3', title: 'Finding permanence without unnecessary delay', summary: 's' }],
  decisions: { 'test.p1.grandmother': [{ area: 'kss-p.1', why: 'w' }, { area: 'kss-p.3', why: 'w' }] },
};

describe('xAPI interactions follow the cmi.interaction convention', () => {
  const statements = logToStatements(V2_LOG, { offered: OFFERED, framework: FRAMEWORK });
  const answered = statements.slice(0, 4);
  const option = (id: string, text: string) => ({ id, description: { 'en-GB': text } });

  it('passes an independent xAPI validator, statement by statement', () => {
    expect(statements).toHaveLength(5);
    expect(statements.map(validatorProblems)).toEqual([[], [], [], [], []]);
    expect(statements.map(problemsOf)).toEqual([[], [], [], [], []]);
  });

  it('lists every option of a decision, and gives a decision no correct response and no success', () => {
    const s = answered[0]!;
    expect(s.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction', name: { 'en-GB': 'test.p1.grandmother' }, interactionType: 'choice',
      choices: [option('1', 'Hold a network meeting'), option('2', 'Ask Pat to come to the review'), option('3', 'Wait')],
    });
    expect(s.result.response).toBe('2');
    expect(s.result).not.toHaveProperty('success');
    expect(s.result.extensions[`${EXT}kind`]).toBe('decision');
    expect(s.result.extensions[`${EXT}judgement`]).toEqual({ permanence: 0.5, contact: 1, disruption: null });
  });

  it('gives an activity its right answers as correctResponsesPattern, and success true or false', () => {
    const [, wrong, , right] = answered;
    expect(wrong!.object.definition.interactionType).toBe('choice');
    expect(wrong!.object.definition.choices).toEqual([option('1', 'Mum does not care'), option('2', 'Mum missed two of six contacts')]);
    expect(wrong!.object.definition.correctResponsesPattern).toEqual(['2']);
    expect([wrong!.result.response, wrong!.result.success]).toEqual(['1', false]);
    // Either SMART objective is right: one pattern each, as the specification words alternatives.
    expect(right!.object.definition.correctResponsesPattern).toEqual(['3', '4']);
    expect([right!.result.response, right!.result.success]).toEqual(['3', true]);
    // An activity takes no stance and moves no dimension: neither is reported.
    expect(Object.keys(right!.result.extensions).filter((k) => /effects|stance|judgement/.test(k))).toEqual([]);
  });

  it('makes a ranking a sequencing interaction answered with the order given, and says it was left unchanged', () => {
    const s = answered[2]!;
    expect(s.object.definition.interactionType).toBe('sequencing');
    expect(s.object.definition.choices).toEqual([option('1', 'Assess Pat'), option('2', 'Wait three months'), option('3', 'Work with her mother')]);
    expect(s.object.definition).not.toHaveProperty('correctResponsesPattern');
    expect(s.result.response).toBe('3[,]1[,]2');
    expect(s.result.extensions[`${EXT}ranking-unchanged`]).toBe(true);
  });

  it('carries the practice framework areas of each decision, primary first', () => {
    expect(answered.map((s) => (s.result.extensions[`${EXT}areas`] as { id: string }[]).map((a) => a.id))).toEqual([['kss-p.1', 'kss-p.3'], [], [], []]);
    expect(answered[0]!.result.extensions[`${EXT}areas`]).toEqual([
      { id: 'kss-p.1', title: 'Deciding on the best permanence option' }, { id: 'kss-p.3', title: 'Finding permanence without unnecessary delay' },
    ]);
  });

  it('carries the checks and the facts drawn in the completion', () => {
    expect(statements[4]!.result.extensions[`${EXT}checks`]).toEqual({ correct: 1, of: 2 });
    expect(statements[4]!.result.extensions[`${EXT}draws`]).toEqual([{ fact: 'mum-sustains', value: 2, of: 2 }]);
    // (58 + 100 + (100 - 50)) / 3 = 69.33, rounded to 69.
    expect(statements[4]!.result.score).toEqual({ scaled: 0.69, raw: 69, min: 0, max: 100 });
  });

  it("lists the options the fixture story offered on a played path, every statement valid", () => {
    const bundle = fixtureBundle();
    const log = drivePlay({ bundle, seed: 3, participant: 'Sam' }, pathChooser([0, 0, 0, 0, 1], 'Because')).log;
    const offered = offeredOptions(runnerFor(bundle), log);
    const played = logToStatements(log, { offered, framework: bundle.framework });
    expect(played.map(validatorProblems).flat()).toEqual([]);
    const answers = played.filter((s) => s.verb.id === VERBS_ANSWERED);
    expect(answers.every((s) => (s.object.definition.choices?.length ?? 0) >= 2)).toBe(true);
    const ranking = answers.find((s) => s.object.definition.interactionType === 'sequencing')!;
    const entry = log.entries.find((e) => e.ranking)!;
    expect(ranking.result.response).toBe(entry.ranking!.order.map((i) => String(i + 1)).join('[,]'));
    expect(ranking.object.definition.choices!.map((c) => c.description['en-GB'])).toEqual(offered[entry.step]!.options.map((o) => o.text));
    expect(answers.every((s) => (s.result.extensions[`${EXT}areas`] as unknown[]).length >= 1)).toBe(true);
  });
});

const VERBS_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
