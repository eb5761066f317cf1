/**
 * The group summary names where its play-throughs started, so a trainer never reads a group
 * begun at a part's shared start as whole-case play.
 */
import { describe, expect, it } from 'vitest';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { analyseGroup } from '../../src/plenary/analyseGroup';
import { startedAt } from '../../src/plenary/startingParts';
import { groupSummary, summaryToCsv, summaryToJson, type GroupSummary } from '../../src/plenary/groupSummary';
import type { GroupAnalysis } from '../../src/plenary/analyseGroup';
import { logToJson } from '../../src/log/exportLog';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
const played = (seed: number, startPart: number) => drivePlay({ bundle: fixtureBundle(), seed, startPart, now: clock }, randomChooser(seededRandom(seed))).log;

// Six whole-case games and four begun at part 2's shared start, in one intake.
const intake = new GroupIntake(lookupFixture);
[1, 2, 3, 4, 5, 6].forEach((seed) => intake.addLogText(`whole${seed}.json`, logToJson(played(seed, 1))));
[7, 8, 9, 10].forEach((seed) => intake.addLogText(`part${seed}.json`, logToJson(played(seed, 2))));

function summarise(startPart: number): { analysis: GroupAnalysis; summary: GroupSummary } {
  const analysis = analyseGroup(fixtureBundle(), startedAt(intake.participants(), startPart), startPart);
  const summary = groupSummary({
    scenario: 'test-case', storyVersion: analysis.bundle.version, title: 'Test', now: clock(),
    startPart, startPartName: startPart > 1 ? 'The review' : null,
    participants: analysis.participants.length, verdicts: { verified: 10, 'other-version': 0, diverges: 0, invalid: 0, duplicate: 0 },
    splits: analysis.splits, flow: analysis.flow, scores: analysis.scores,
  });
  return { analysis, summary };
}

/** The CSV's rows as cells (no cell in this story's words holds a comma or a quote). */
const csvRows = (summary: GroupSummary) => summaryToCsv(summary).trim().split('\r\n').map((r) => r.split(','));

describe('the group summary of play-throughs begun at a shared start', () => {
  it('says in its JSON that the group started at part 2, by number and name', () => {
    const { summary } = summarise(2);
    const json = JSON.parse(summaryToJson(summary)) as GroupSummary;
    expect(json.startPart).toBe(2);
    expect(json.startPartName).toBe('The review');
    expect(json.participants).toBe(4);
    // Only part 2's decisions: a part-2 start never met part 1.
    expect(json.decisions.map((d) => d.part)).toEqual(json.decisions.map(() => '2 The review'));
    expect(json.endings.reduce((n, e) => n + e.count, 0)).toBe(4);
  });

  it('names the starting part on every CSV row, endings included', () => {
    const { summary } = summarise(2);
    const [header, ...rows] = csvRows(summary);
    const column = header!.indexOf('start_part');
    expect(column).toBe(2);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[column])).toEqual(rows.map(() => '2'));
    expect(rows.some((r) => r[header!.indexOf('decision')] === 'ending')).toBe(true);
  });

  it('says a whole-case group started at part 1, and counts none of the part-2 starts', () => {
    const { summary } = summarise(1);
    expect(summary.startPart).toBe(1);
    expect(summary.startPartName).toBeNull();
    expect(summary.participants).toBe(6);
    const [header, ...rows] = csvRows(summary);
    expect(rows.map((r) => r[header!.indexOf('start_part')])).toEqual(rows.map(() => '1'));
    expect(summary.decisions.some((d) => d.part === '1 The first week')).toBe(true);
  });

  it('never names a part for a group from the beginning, whatever it is given', () => {
    const analysis = analyseGroup(fixtureBundle(), startedAt(intake.participants(), 1), 1);
    const summary = groupSummary({
      scenario: 'test-case', storyVersion: analysis.bundle.version, title: 'Test', now: clock(), startPart: 1, startPartName: 'The first week',
      participants: 6, verdicts: { verified: 10, 'other-version': 0, diverges: 0, invalid: 0, duplicate: 0 }, splits: analysis.splits, flow: analysis.flow, scores: analysis.scores,
    });
    expect(summary.startPartName).toBeNull();
  });
});
