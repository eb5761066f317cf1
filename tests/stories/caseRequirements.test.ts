/**
 * What each case promises its users, counted from the story itself: parts, scored
 * decisions (per part too), endings, words of narrative, and the decisions that ask for
 * written reasons, a ranking against the expert panel, or a balance sheet.
 */
import { describe, expect, it } from 'vitest';
import { listScenarioIds, loadScenario } from '../../src/content/loadStoriesNode';
import { tagsInCompiledStory } from '../../src/story/lintStory';
import { StoryRunner } from '../../src/story/StoryRunner';

interface Promise {
  parts: number;
  decisions: number;
  perPart: number;
  endings: number;
  words: number;
  justify?: number;
  rank?: number;
  balance?: number;
}

const PROMISES: Record<string, Promise> = {
  bradley: { parts: 3, decisions: 12, perPart: 4, endings: 3, words: 4_000 },
  olivia: { parts: 6, decisions: 18, perPart: 1, endings: 4, words: 9_000, justify: 5, rank: 3, balance: 1 },
  // Chloe's chronology patterns are an activity now (a right answer), so one ranking remains.
  chloe: { parts: 6, decisions: 24, perPart: 3, endings: 3, words: 10_000, justify: 5, rank: 1, balance: 1 },
};

/** Decision ids that carry a flag tag (`# justify`, `# rank`, `# balance`) right beside their `# decision:` tag. */
function decisionsFlagged(tags: string[], flag: string): Set<string> {
  const flagged = new Set<string>();
  tags.forEach((tag, i) => {
    const m = /^decision\s*:\s*(.+)$/.exec(tag);
    if (!m) return;
    // The decision's own line tags sit together: look at the neighbours up to the next decision.
    for (let j = i + 1; j < Math.min(tags.length, i + 4); j++) {
      if (/^decision\s*:/.test(tags[j]!)) break;
      if (tags[j] === flag) flagged.add(m[1]!.trim());
    }
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (/^decision\s*:/.test(tags[j]!) || /^(permanence|why|ref|stance)/.test(tags[j]!)) break;
      if (tags[j] === flag) flagged.add(m[1]!.trim());
    }
  });
  return flagged;
}

describe.each(listScenarioIds().filter((id) => id in PROMISES))('the %s case keeps its promises', (id) => {
  const promise = PROMISES[id]!;
  const built = () => loadScenario(id);

  it(`has ${promise.parts} parts, at least ${promise.decisions} decisions (${promise.perPart}+ in each part) and ${promise.endings}+ endings`, () => {
    const { bundle, explored } = built();
    expect(bundle.parts).toHaveLength(promise.parts);
    expect(explored.decisions).toBeGreaterThanOrEqual(promise.decisions);
    for (let part = 1; part <= promise.parts; part++) {
      const inPart = explored.decisionIds.filter((d) => d.startsWith(`${id}.p${part}.`));
      expect(inPart.length, `decisions in part ${part}`).toBeGreaterThanOrEqual(promise.perPart);
    }
    expect(explored.endings.length).toBeGreaterThanOrEqual(promise.endings);
  });

  it(`has at least ${promise.words} words of narrative`, () => {
    expect(built().bundle.words).toBeGreaterThanOrEqual(promise.words);
  });

  it('asks for written reasons, rankings and a balance sheet where it promises them', () => {
    const tags = tagsInCompiledStory(built().bundle.json);
    if (promise.justify) expect(decisionsFlagged(tags, 'justify').size).toBeGreaterThanOrEqual(promise.justify);
    if (promise.rank) expect(decisionsFlagged(tags, 'rank').size).toBeGreaterThanOrEqual(promise.rank);
    if (promise.balance) expect(decisionsFlagged(tags, 'balance').size).toBeGreaterThanOrEqual(promise.balance);
  });

  it('opens by saying the case is fiction, with content notes', () => {
    const runner = new StoryRunner(built().bundle.json);
    runner.reset(1);
    const opening = runner.continuePassage().lines.map((l) => l.text).join(' ');
    expect(opening).toMatch(/fiction/i);
    expect(built().bundle.info.contentNotes.length).toBeGreaterThan(0);
  });
});
