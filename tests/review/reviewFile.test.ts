import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { logToJson } from '../../src/log/exportLog';
import { replayCodeOfLog } from '../../src/log/replayCode';
import { REVIEW_FORMAT, reviewFileName, reviewToJson } from '../../src/review/annotatedReview';
import { openText } from '../../src/review/openInput';
import { emptyMarks, setLevel } from '../../src/review/reviewMarks';
import { fixtureBundle } from '../helpers/fixtures';

const log = drivePlay({ bundle: fixtureBundle(), seed: 3, now: () => new Date(Date.UTC(2026, 10, 23)), participant: '<b>Sam</b>' }, pathChooser([0, 0, 0, 0, 1], '<script>x</script>')).log;
const marks = { ...setLevel(emptyMarks(), '1:test.p1.grandmother', 'reasoning', 'partly'), overall: 'Sound.', assessor: 'A. Assessor', signedOff: '2026-11-30' };
const savedAt = new Date(Date.UTC(2026, 10, 30, 16, 5));

describe('the annotated review file', () => {
  it('embeds the log and the marks, and opens again to the same', () => {
    const text = reviewToJson({ kind: 'log', log }, marks, 'Verified: …', savedAt);
    const data = JSON.parse(text);
    expect(data).toEqual({ format: REVIEW_FORMAT, version: 1, savedAt: '2026-11-30T16:05:00.000Z', verdict: 'Verified: …', source: { kind: 'log', log }, marks });
    // Issue 19 F11: the marks say they came with a file, when it was saved and whom it named.
    expect(openText(text)).toEqual({ ok: true, source: { kind: 'log', log }, code: null, marks: { ...marks, fromFile: { savedAt: '2026-11-30T16:05:00.000Z', assessor: 'A. Assessor', signedOff: '2026-11-30' } } });
  });

  it('keeps the first file\'s word on where marks came from when a review from a file is saved and opened again', () => {
    const first = { savedAt: '2026-11-01T09:00:00.000Z', assessor: 'First Assessor', signedOff: null };
    const opened = openText(reviewToJson({ kind: 'log', log }, { ...marks, fromFile: first }, 'x', savedAt));
    expect(opened.ok && opened.marks?.fromFile).toEqual(first);
  });

  it('embeds a replay code when the review was of a code', () => {
    const code = replayCodeOfLog(log);
    const opened = openText(reviewToJson({ kind: 'code', code }, marks, 'x', savedAt));
    expect(opened.ok && opened.source).toEqual({ kind: 'code', code });
    expect(opened.ok && opened.code?.choices).toEqual([0, 0, 0, 0, 1]);
  });

  it('is named after the case, the participant and the day, in safe characters', () => {
    expect(reviewFileName('bradley', '<b>Sam</b> R.', savedAt)).toBe('permanence-review-bradley-b-sam-b-r-2026-11-30-1605.json');
    expect(reviewFileName('bradley', '  ', savedAt)).toBe('permanence-review-bradley-participant-2026-11-30-1605.json');
  });

  it('refuses a tampered or newer review, naming the field and changing nothing', () => {
    const data = JSON.parse(reviewToJson({ kind: 'log', log }, marks, 'x', savedAt));
    data.marks.decisions['1:test.p1.grandmother'].rubric.reasoning = 'superb';
    const refused = openText(JSON.stringify(data));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/^This saved review cannot be opened: marks\.decisions\.1:test\.p1\.grandmother\.rubric\.reasoning .*The file has not been changed\.$/);
    const newer = openText(JSON.stringify({ ...data, version: 2 }));
    expect(!newer.ok && newer.message).toMatch(/version is 2, newer than this game reads \(1\): open it with a newer version of the game/);
  });
});

describe('what the assessor opens', () => {
  it('tells a log, a review and a replay code apart', () => {
    expect(openText(logToJson(log))).toEqual({ ok: true, source: { kind: 'log', log }, code: null, marks: null });
    const code = replayCodeOfLog(log);
    const opened = openText(`  ${code.toUpperCase()}\n`);
    expect(opened.ok && opened.source).toEqual({ kind: 'code', code });
  });

  it('says in words what is wrong with anything else, and what to do', () => {
    const cases: [string, RegExp][] = [
      ['{"hello": "world"}', /neither a decision log nor a saved review from this game\. Choose the \.json file the participant exported/],
      ['{"format": "permanence-decision-log", "version": 1}', /^This decision log cannot be opened: scenario .*Ask the participant to export their log again/],
      ['{"format": "permanence-decision-log"', /^This file is not valid JSON \(.*\)\. It may be cut short/],
      ['bradley.123456.1.01.zzzz', /^That is not a replay code this game can read: the code does not check out/],
      ['', /^Nothing was given/],
      ['x'.repeat(7 * 1024 * 1024), /^This file is 7\.0 MB, larger than any decision log or review can be/],
    ];
    for (const [text, message] of cases) {
      const opened = openText(text);
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.message).toMatch(message);
    }
  });
});
