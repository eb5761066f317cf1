/**
 * Fuzzing imported review files that carry marks and a sign-off (the red team's F11 class):
 * whatever the file says of its assessor, its sign-off and where its marks came from, opening
 * it never throws, and the marks are never shown or printed as this assessor's own sign-off.
 * A review file whose embedded log was changed opens, but its log does not verify.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { REVIEW_FORMAT, reviewToJson } from '../../src/review/annotatedReview';
import { openText } from '../../src/review/openInput';
import { emptyMarks, setLevel, type ReviewMarks } from '../../src/review/reviewMarks';
import { assessorWords, marksOriginWords, signOffWords } from '../../src/review/signOffWords';
import { verifyLog } from '../../src/log/verifyLog';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { expectNoPollution, nastyText } from './hostileLogs';

const RUNS = 2_000;
const log = drivePlay({ bundle: fixtureBundle(), seed: 3, now: () => new Date(Date.UTC(2026, 10, 23)) }, pathChooser([0, 0, 0, 0, 1])).log;

const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const when = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true });
const name = fc.oneof(nastyText.map((t) => t.slice(0, 200)), fc.constantFrom('', '   ', 'A. Assessor', 'Assessor: Me', 'Signed off on 1 December 2026'));
const fromFile = fc.option(fc.record({ savedAt: when.map((d) => d.toISOString()), assessor: name, signedOff: fc.option(day, { nil: null }) }), { nil: null });

/** A review file as another device could have written it: any assessor, sign-off and claimed origin. */
const reviewFile = fc.record({ assessor: name, signedOff: fc.option(day, { nil: null }), overall: nastyText, fromFile, savedAt: when, tamper: fc.boolean() })
  .map(({ assessor, signedOff, overall, fromFile: from, savedAt, tamper }) => {
    const marks: ReviewMarks = { ...setLevel(emptyMarks(), '1:test.p1.grandmother', 'reasoning', 'partly'), overall, assessor, signedOff, fromFile: from };
    const embedded = structuredClone(log);
    if (tamper) embedded.entries.at(-1)!.deltas.permanence += 1;
    return { text: reviewToJson({ kind: 'log', log: embedded }, marks, 'Integrity: verified', savedAt), marks, savedAt, tamper };
  });

describe('opening review files that carry marks and a sign-off', () => {
  it(`never words ${RUNS.toLocaleString('en-GB')} imported sign-offs as this assessor's own, and never throws`, () => {
    fc.assert(fc.property(reviewFile, ({ text, marks, savedAt, tamper }) => {
      const opened = openText(text);
      expect(opened.ok, opened.ok ? '' : opened.message).toBe(true);
      if (!opened.ok || !opened.marks) throw new Error('a review file opened without its marks');
      const m = opened.marks;
      // Where the marks came from is always recorded: the first file's word where it had one, else this file's.
      expect(m.fromFile).toEqual(marks.fromFile ?? { savedAt: savedAt.toISOString(), assessor: marks.assessor, signedOff: marks.signedOff });
      expect(marksOriginWords(m)).toMatch(/^The marks and sign-off on this review came with a review file saved on .*nothing here can confirm who made them\.$/);
      // The file's own assessor and sign-off, opened as they are, are the file's word, not this assessor's.
      if (!marks.fromFile || marks.fromFile.assessor === marks.assessor) expect(assessorWords(m)).toMatch(/^Assessor named in the review file: /);
      if (marks.signedOff && (!marks.fromFile || marks.fromFile.signedOff === marks.signedOff)) expect(signOffWords(m)).toMatch(/, according to the review file$/);
      if (!marks.signedOff) expect(signOffWords(m)).toBe('Not signed off.');
      // The verdict the file claims counts for nothing: its log is replayed again.
      if (opened.source.kind !== 'log') throw new Error('a review of a log opened as something else');
      expect(verifyLog(opened.source.log, lookupFixture).kind).toBe(tamper ? 'diverges' : 'verified');
    }), { numRuns: RUNS });
    expectNoPollution();
  });

  it('refuses a file whose marks are of the wrong shape, naming the field, and never throws', () => {
    const base = JSON.parse(reviewToJson({ kind: 'log', log }, { ...emptyMarks(), assessor: 'A', signedOff: '2026-11-30' }, 'x', new Date(Date.UTC(2026, 10, 30))));
    const wrong = fc.record({
      field: fc.constantFrom('assessor', 'signedOff', 'fromFile', 'overall', 'decisions'),
      value: fc.oneof(nastyText, fc.constantFrom<unknown>(7, true, [], {}, { savedAt: 'yesterday', assessor: 'x', signedOff: null }, { __proto__: { polluted: 1 } }, '2026-13-45', 'x'.repeat(30_000))),
    });
    fc.assert(fc.property(wrong, ({ field, value }) => {
      const data = structuredClone(base);
      data.marks[field] = value;
      const opened = openText(JSON.stringify({ ...data, format: REVIEW_FORMAT }));
      if (!opened.ok) expect(opened.message).toMatch(new RegExp(`^This saved review cannot be opened: marks\\.${field}`));
      else expect(opened.marks?.fromFile).toBeTruthy();
    }), { numRuns: 500 });
    expectNoPollution();
  });
});
