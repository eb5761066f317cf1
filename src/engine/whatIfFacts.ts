/**
 * Part of the outcome is not the worker's. For each hidden fact the seed drew on the path, what
 * was drawn, and where the same decisions would have led had it fallen otherwise: the same
 * choices replayed with only that fact changed.
 */
import type { StoryRunner } from '../story/StoryRunner';
import { drawFact } from '../story/seededDraw';
import { walk, endingOf, type EndingInfo, type StoryWalk } from '../story/walk';
import type { FactInfo } from '../story/tagContract';

export interface FactOutcome {
  fact: string;
  question: string;
  /** The value drawn, 1 first, and its words. */
  value: number;
  drawn: string;
  otherwise: {
    value: number;
    words: string;
    /** Where the same choices would have ended; null when they did not reach an ending. */
    ending: EndingInfo | null;
    /** Set when the story would have offered different options, so the same choices do not apply from there. */
    divergesAtStep: number | null;
  }[];
}

export function whatIfFacts(runner: StoryRunner, seed: number, path: readonly number[], facts: readonly FactInfo[], walked: StoryWalk, startPart = 1): FactOutcome[] {
  const outcomes: FactOutcome[] = [];
  for (const draw of walked.draws) {
    const info = facts.find((f) => f.id === draw.fact);
    const label = (v: number) => info?.values[v - 1] ?? `value ${v} of ${draw.of}`;
    const otherwise: FactOutcome['otherwise'] = [];
    for (let value = 1; value <= draw.of; value++) {
      if (value === draw.value) continue;
      runner.drawFrom((fact, n) => (fact === draw.fact ? value : drawFact(seed, fact, n)));
      try {
        const other = walk(runner, seed, path, startPart);
        const diverges = other.brokeAt?.step ?? firstDifference(walked, other);
        otherwise.push({ value, words: label(value), ending: diverges === null ? endingOf(other.last) : null, divergesAtStep: diverges });
      } finally {
        runner.drawFrom(null);
      }
    }
    outcomes.push({ fact: draw.fact, question: info?.question ?? draw.fact, value: draw.value, drawn: label(draw.value), otherwise });
  }
  return outcomes;
}

/** The first step at which the other walk offered different options (so the same index means something else). */
function firstDifference(a: StoryWalk, b: StoryWalk): number | null {
  for (const [i, point] of b.points.entries()) {
    const mine = a.points[i];
    if (!mine || mine.choices.map((c) => c.text).join('\n') !== point.choices.map((c) => c.text).join('\n')) return i;
  }
  return null;
}
