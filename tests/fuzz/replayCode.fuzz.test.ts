/**
 * Fuzzing replay-code decoding: real codes damaged in every way a paste can damage them,
 * and codes forged with a valid checksum (wrong story, numbers out of range, more
 * choices than they say, huge). None throws; each refusal says why in a short line.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeReplayCode, encodeReplayCode, MAX_REPLAY_CODE_LENGTH, type ReplayCode } from '../../src/log/replayCode';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { findReplayCodes } from '../../src/plenary/findReplayCodes';
import { lookupFixture, fixtureBundle } from '../helpers/fixtures';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { replayCodeOfLog } from '../../src/log/replayCode';
import { logToJson } from '../../src/log/exportLog';
import { expectNoPollution, nastyText } from './hostileLogs';

const RUNS = 10_000;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** The code's checksum, written again from its description (FNV-1a, top 20 bits, 4 base-32 digits), to forge codes that check out. */
function forgeChecksum(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193) >>> 0;
  let v = h >>> 12;
  let out = '';
  for (let i = 0; i < 4; i++) {
    out = ALPHABET[v % 32] + out;
    v = Math.floor(v / 32);
  }
  return out;
}
const forge = (body: string) => `${body}.${forgeChecksum(body)}`;

const REASONS = [
  /^a replay code has five parts separated by dots$/,
  /^the code does not check out: it may have been mistyped or cut short$/,
  /^the code does not name a scenario and story version$/,
  /^the code's numbers cannot be read$/,
  /^the code holds more choices than it says$/,
  /^the code's starting part cannot be read$/,
  /^this is [\d,]+ characters long, and a replay code is at most 1,200: paste the code alone$/,
];

const codes = fc.record({
  scenario: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  versionPrefix: fc.stringMatching(/^[0-9a-f]{6}$/),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  choices: fc.array(fc.nat({ max: 31 }), { maxLength: 40 }),
}).chain((code) => fc.option(fc.integer({ min: 2, max: 99 }), { nil: undefined }).map((startPart): ReplayCode => (startPart === undefined ? code : { ...code, startPart })));

const base32 = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 12 });

type Case = { kind: 'damaged' | 'forged' | 'text'; text: string };

const damaged = fc.tuple(codes, fc.nat(), fc.oneof(nastyText, fc.constantFrom('.', '..', ' ', '\n', 'O', 'I', 'L', 'U', 'ü', '\u0000', '\ud800')), fc.constantFrom('cut', 'insert', 'replace', 'case'))
  .map(([code, at, junk, how]): Case => {
    const text = encodeReplayCode(code);
    const i = at % (text.length + 1);
    if (how === 'cut') return { kind: 'damaged', text: text.slice(0, i) };
    if (how === 'insert') return { kind: 'damaged', text: text.slice(0, i) + junk + text.slice(i) };
    if (how === 'replace') return { kind: 'damaged', text: text.slice(0, i) + junk + text.slice(i + 1) };
    return { kind: 'damaged', text: text.toUpperCase() };
  });

// Codes that check out but hold nonsense: unknown or malformed stories, huge seeds, radix 1, counts that do not match.
const forged = fc.tuple(
  fc.oneof(fc.constantFrom('bradley', 'nobody', 'constructor', '__proto__', 'prototype', 'toString', '-x', 'x'.repeat(70), 'test-case'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/)),
  fc.oneof(fc.stringMatching(/^[0-9a-f]{6}$/), fc.constantFrom('zzzzzz', '12345', '1234567')),
  fc.oneof(base32, fc.constantFrom('2000000', 'zzzzzzzzzzzzzzzzzz')),
  fc.tuple(fc.stringMatching(/^[0-9a-z]{2}$/), fc.constantFrom(...ALPHABET), fc.oneof(base32, fc.constant(''))).map(([n, r, v]) => n + r + v),
).map(([scenario, version, seed, choices]): Case => ({ kind: 'forged', text: forge([scenario, version, seed, choices].join('.')) }));

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.string({ maxLength: 8 }), { minLength: 5, maxLength: 5 }).map((p) => p.join('.')),
  fc.nat({ max: 300_000 }).map((n) => forge(`bradley.abcdef.1.zzz${'z'.repeat(n)}`)),
).map((t): Case => ({ kind: 'text', text: t }));

describe('decoding generated broken and hostile replay codes', () => {
  it(`gives a reason, never an exception, for ${RUNS.toLocaleString('en-GB')} damaged, forged and random codes`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(damaged, forged, text), (c) => {
        const result = decodeReplayCode(c.text);
        if (result.ok) {
          // Whatever decodes is a well-formed code, and reads back the same.
          const { code } = result;
          expect(code.scenario).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
          expect(code.versionPrefix).toMatch(/^[0-9a-f]{6}$/);
          expect(Number.isInteger(code.seed) && code.seed >= 0 && code.seed < 2 ** 31).toBe(true);
          expect(code.choices.every((n) => Number.isInteger(n) && n >= 0 && n < 32)).toBe(true);
          expect(decodeReplayCode(encodeReplayCode(code))).toEqual(result);
        } else {
          refused++;
          expect(REASONS.some((r) => r.test(result.reason))).toBe(true);
        }
        expectNoPollution();
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
  });

  it('reads back every real code exactly', () => {
    fc.assert(fc.property(codes, (code: ReplayCode) => {
      expect(decodeReplayCode(encodeReplayCode(code))).toEqual({ ok: true, code });
    }), { numRuns: 1_000, seed: 7 });
  });

  it('refuses a 300,000-character code that checks out by its length, before reading its numbers', () => {
    const huge = forge(`bradley.abcdef.1.zzz${'z'.repeat(300_000)}`);
    expect(decodeReplayCode(huge)).toEqual({ ok: false, reason: 'this is 300,025 characters long, and a replay code is at most 1,200: paste the code alone' });
    // The longest real code is within the limit.
    const longest = encodeReplayCode({ scenario: 'a'.repeat(64), versionPrefix: 'ffffff', seed: 2 ** 31 - 1, choices: Array.from({ length: 1023 }, () => 31) });
    expect(longest.length).toBeLessThanOrEqual(MAX_REPLAY_CODE_LENGTH);
    expect(decodeReplayCode(longest).ok).toBe(true);
  });

  it('refuses forged codes: a seed out of range, radix 1, more choices than counted', () => {
    expect(decodeReplayCode(forge('bradley.abcdef.2000000.011'))).toEqual({ ok: false, reason: "the code's numbers cannot be read" });
    expect(decodeReplayCode(forge('bradley.abcdef.1.0101'))).toEqual({ ok: false, reason: "the code's numbers cannot be read" });
    expect(decodeReplayCode(forge('bradley.abcdef.1.011zzzz'))).toEqual({ ok: false, reason: 'the code holds more choices than it says' });
    expect(decodeReplayCode(forge('__proto__.abcdef.1.011'))).toEqual({ ok: false, reason: 'the code does not name a scenario and story version' });
  });

  it('sets aside hostile codes and files in a trainer\'s group without changing the play-throughs already counted', () => {
    const bundle = fixtureBundle();
    const group = new GroupIntake(lookupFixture);
    const logs = [1, 2, 3].map((s) => drivePlay({ bundle, seed: s }, randomChooser(seededRandom(s))).log);
    for (const [i, log] of logs.entries()) group.addLogText(`log-${i}.json`, logToJson(log));
    const counted = JSON.stringify(group.participants());
    expect(group.participants()).toHaveLength(3);
    const hostile = fc.sample(fc.oneof(damaged, forged, text), { numRuns: 500, seed: 11 });
    for (const c of hostile) {
      for (const found of findReplayCodes(c.text)) {
        const s = group.addCode(found);
        if (s.kind !== 'verified' && s.kind !== 'duplicate') {
          expect(s.participant).toBeNull();
          expect(s.detail.length).toBeGreaterThan(10);
        }
      }
      const s = group.addLogText('hostile.json', c.text);
      expect(s.kind).toBe('invalid');
    }
    // A code for another story names it; the real logs' own codes are duplicates, counted once.
    expect(group.addCode(findReplayCodes(forge('nobody.abcdef.1.011'))[0]!).detail).toBe('"nobody" is not a case this game has.');
    for (const log of logs) expect(group.addCode(findReplayCodes(replayCodeOfLog(log))[0]!).kind).toBe('duplicate');
    expect(JSON.stringify(group.participants())).toBe(counted);
    expectNoPollution();
  });
});
