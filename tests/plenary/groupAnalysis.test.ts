import { describe, expect, it } from 'vitest';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { analyseGroup } from '../../src/plenary/analyseGroup';
import { majorityPath } from '../../src/plenary/majorityPath';
import { comparePaths } from '../../src/plenary/comparePaths';
import { groupSummary, summaryToCsv, summaryToJson } from '../../src/plenary/groupSummary';
import { logToJson } from '../../src/log/exportLog';
import { activeEntries } from '../../src/log/activePath';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { group } from './groupFixtures';

const logs: DecisionLog[] = group(24).map((log, i) => ({
  ...log,
  participant: `Name${i} =HYPERLINK("x")`,
  entries: log.entries.map((e) => (e.justification ? { ...e, justification: `SECRET-REASON-${i}` } : e)),
}));
// Reasons were edited above, which the story does not check: the logs still verify.
const intake = new GroupIntake(lookupFixture);
logs.forEach((log, i) => intake.addLogText(`p${i}.json`, logToJson(log)));
const analysis = analyseGroup(fixtureBundle(), intake.participants());

/** Counted straight from the logs, without the plenary's code. */
function countsFromLogs(decision: string): { reached: number; byText: Map<string, number> } {
  const byText = new Map<string, number>();
  let reached = 0;
  for (const log of logs) {
    const entry = activeEntries(log).find((e) => e.decision === decision);
    if (!entry) continue;
    reached++;
    byText.set(entry.text, (byText.get(entry.text) ?? 0) + 1);
  }
  return { reached, byText };
}

describe('the group\'s splits and paths', () => {
  it('counts every verified log', () => {
    expect(intake.submissions.every((s) => s.kind === 'verified')).toBe(true);
    expect(analysis.participants).toHaveLength(24);
  });

  it('walks every decision anyone reached, in story order, with the counts the logs give', () => {
    const reachedIds = new Set(logs.flatMap((l) => activeEntries(l).flatMap((e) => (e.decision ? [e.decision] : []))));
    expect(new Set(analysis.order.map((d) => d.id))).toEqual(reachedIds);
    // The fixture's activity (sorting the referral) comes first on the paths that take it; it is a check, not a decision.
    expect(analysis.order.filter((d) => d.kind !== 'activity')[0]!.id).toBe('test.p1.grandmother');
    expect(analysis.order.filter((d) => d.kind === 'activity').map((d) => d.id)).toEqual(reachedIds.has('test.p1.fact-or-opinion') ? ['test.p1.fact-or-opinion'] : []);
    for (const split of analysis.splits) {
      const expected = countsFromLogs(split.context.id);
      expect(split.reached).toBe(expected.reached);
      for (const o of split.options) {
        expect(o.count).toBe(expected.byText.get(o.text) ?? 0);
        expect(o.percent).toBe(Math.round((100 * o.count) / expected.reached));
      }
      expect(split.options.reduce((n, o) => n + o.count, 0)).toBe(expected.reached);
    }
  });

  it('counts an activity as a check: how many got it right, straight from the logs', () => {
    const check = analysis.splits.find((s) => s.context.kind === 'activity')!;
    const answers = logs.flatMap((l) => activeEntries(l).filter((e) => e.decision === check.context.id));
    expect(check.reached).toBe(answers.length);
    expect(check.right).toBe(answers.filter((e) => e.correct === true).length);
    expect(analysis.splits.filter((s) => s.context.kind !== 'activity').every((s) => s.right === null)).toBe(true);
    expect(analysis.participants.every((p) => p.picks.filter((k) => k.kind === 'activity').every((k) => k.judgement === null && k.stance === null))).toBe(true);
  });

  it('names the framework areas of each decision, from the table beside the story', () => {
    const grandmother = analysis.splits.find((s) => s.context.id === 'test.p1.grandmother')!;
    expect(grandmother.context.areas.map((a) => a.id)).toEqual(['kss-p.1', 'kss-p.3']);
  });

  it('reads each option\'s rationale and effect from the story', () => {
    const first = analysis.splits.find((s) => s.context.id === 'test.p1.grandmother')!;
    expect(first.context.prompt).toBe('What does the child\'s timescale ask of us in the first week?');
    expect(first.context.situation).toContain('Maya, aged four');
    expect(first.options.map((o) => o.info?.why)).toEqual(['It hears the family\'s offer early and starts testing it in Maya\'s timescale.', 'Safe, but slow.', 'Drift while options close.']);
    expect(first.options[0]!.info!.deltas).toEqual({ permanence: 2, contact: 1, disruption: -1 });
  });

  it('follows each option to where the group went next, and the counts add up', () => {
    for (const step of analysis.flow.steps) {
      for (const o of step.options) expect(o.next.reduce((n, l) => n + l.count, 0)).toBe(o.count);
    }
    const endings = new Map<string, number>();
    for (const log of logs) if (log.ending) endings.set(log.ending.id, (endings.get(log.ending.id) ?? 0) + 1);
    expect(new Map(analysis.flow.endings.map((e) => [e.id, e.count]))).toEqual(endings);
  });

  it('puts every participant on each dimension as a mark, with the median', () => {
    const permanence = analysis.scores.find((d) => d.dimension === 'permanence')!;
    // v2 scores may be null where nothing on a path was judged on a dimension: such a log gives no mark.
    const values = logs.map((l) => l.scores.permanence).filter((x): x is number => x !== null).sort((a, b) => a - b);
    expect(values).toHaveLength(logs.length);
    expect(permanence.marks.map((m) => m.score)).toEqual(values);
    expect(permanence.median).toBe((values[11]! + values[12]!) / 2);
  });

  it('plays the majority path: the most chosen option at each decision', () => {
    const walked = majorityPath(analysis.bundle, analysis.catalogue, analysis.participants);
    expect(walked.ending).not.toBeNull();
    walked.taken.forEach((index, step) => {
      const point = walked.points[step]!;
      if (!point.decision) return;
      const { byText } = countsFromLogs(point.decision);
      const most = Math.max(...byText.values());
      expect(byText.get(point.options[index]!.text)).toBe(most);
    });
  });

  it('compares two participants: where they parted and what followed', () => {
    // Among those who went straight to the first decision (no activity before it).
    const direct = analysis.participants.filter((p) => p.picks[0]!.decision === 'test.p1.grandmother');
    const partsAt2 = (p: typeof direct[number], q: typeof direct[number]) => q !== p && q.picks[0]!.text === p.picks[0]!.text && q.picks[1]?.text !== p.picks[1]?.text;
    const a = direct.find((p) => direct.some((q) => partsAt2(p, q)));
    const b = direct.find((q) => partsAt2(a!, q));
    const c = comparePaths(analysis.order, a!, b!);
    expect(c.agreedFirst).toBe(1);
    expect(c.parted!.a!.decision).toBe(a!.picks[1]!.decision);
    expect(c.rows[0]!.same).toBe(true);
    expect(c.followed.a).toEqual(a!.picks.slice(2));
    const self = comparePaths(analysis.order, a!, a!);
    expect(self.parted).toBeNull();
  });
});

describe('the group summary export', () => {
  const summary = groupSummary({
    scenario: 'test-case', storyVersion: analysis.bundle.version, title: 'Test', now: new Date(Date.UTC(2026, 10, 23)), startPart: 1, startPartName: null,
    participants: analysis.participants.length, verdicts: { verified: 24, 'other-version': 0, diverges: 0, invalid: 0, duplicate: 0 },
    splits: analysis.splits, flow: analysis.flow, scores: analysis.scores,
  });

  it('carries no free text: no pseudonyms, no reasons', () => {
    for (const text of [summaryToJson(summary), summaryToCsv(summary)]) {
      expect(text).not.toMatch(/SECRET-REASON|Name\d|HYPERLINK|p\d+\.json/);
    }
  });

  it('has one CSV row per option and ending, with the counts shown in the walk', () => {
    const rows = summaryToCsv(summary).trim().split('\r\n');
    expect(rows[0]).toBe('scenario,story_version,start_part,part,decision,option,count,reached,percent,kind,areas,option_quality,option_correct,right');
    const optionRows = analysis.splits.reduce((n, s) => n + s.options.length, 0);
    expect(rows).toHaveLength(1 + optionRows + analysis.flow.endings.length);
    const first = analysis.splits.find((s) => s.context.id === 'test.p1.grandmother')!;
    // The network meeting is best on all three dimensions offered there: quality 1.
    expect(rows).toContain(`test-case,${summary.storyVersion},1,1 The first week,test.p1.grandmother,${first.options[0]!.text},${first.options[0]!.count},${first.reached},${first.options[0]!.percent},decision,kss-p.1 kss-p.3,1,,`);
    const check = analysis.splits.find((s) => s.context.kind === 'activity')!;
    expect(rows.filter((r) => r.includes(`,${check.context.id},`)).map((r) => r.split(',').slice(-5))).toEqual(
      check.options.map((o) => ['activity', 'kss-p.2', '', o.info!.correct ? 'yes' : 'no', String(check.right)]),
    );
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const hostile = { ...summary, decisions: [{ ...summary.decisions[0]!, options: [{ text: '=HYPERLINK("http://x")', count: 1, percent: 100, quality: null, correct: null }] }], endings: [] };
    expect(summaryToCsv(hostile)).toContain('"\'=HYPERLINK(""http://x"")"');
  });
});
