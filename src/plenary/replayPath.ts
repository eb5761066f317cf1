/**
 * Walks one path of choice indices through the story, once, and reports every choice point
 * on the way: the decision (if any), its part, prompt and situation, and every option with
 * its effect, rationale, reference and stance. The plenary's views read the story's own
 * words this way, never text carried in a log or a code.
 */
import type { Passage, StoryRunner } from '../story/StoryRunner';
import { partTagOf } from '../story/tagContract';
import { readOptions, type OptionInfo } from '../decisions/choice';
import { kindOf, type DecisionKind } from '../decisions/kind';
import { endingOf, type EndingInfo } from '../story/walk';

export type { OptionInfo };

export interface ChoicePoint {
  /** How many choices came before this one on the path. */
  step: number;
  decision: string | null;
  /** What kind of choice point: an activity is a check, not a decision. */
  kind: DecisionKind;
  part: string | null;
  prompt: string | null;
  /** The last few lines of text before the options (since the previous decision), for context. */
  situation: string;
  /** Everything the story said since the previous choice (for playing a path in the room). */
  lines: string[];
  options: OptionInfo[];
}

export interface WalkedPath {
  points: ChoicePoint[];
  /** The index chosen at each point that was passed (as long as the path could be followed). */
  taken: number[];
  /** Lines after the last choice taken (the ending's text when the story ended). */
  closing: string[];
  ending: EndingInfo | null;
  /** Set when a choice on the path is not offered at that point. */
  brokeAt: { step: number; choice: number; offered: number } | null;
}

export function optionInfo(runner: StoryRunner, passage: Passage): OptionInfo[] {
  return readOptions(runner.choices(), kindOf(passage.meta));
}

/**
 * Follows `path`. `choose` may override the index taken at a point (the older-version
 * matcher and the majority path decide as they go); returning null stops the walk there.
 */
export function walkPath(
  runner: StoryRunner,
  seed: number,
  path: readonly number[] | null,
  choose?: (point: ChoicePoint) => number | null,
  startPart = 1,
): WalkedPath {
  runner.reset(seed, startPart);
  const points: ChoicePoint[] = [];
  const taken: number[] = [];
  let part: string | null = null;
  // Text shown since the last decision (navigation choices do not end a situation), from the latest part break.
  let recent: string[] = [];
  for (let step = 0; ; step++) {
    const passage = runner.continuePassage();
    for (const line of passage.lines) {
      const opens = partTagOf(line);
      if (opens !== null) {
        part = opens;
        recent = [];
      }
      if (line.text !== '') recent.push(line.text);
    }
    const lines = passage.lines.map((l) => l.text).filter((t) => t !== '');
    if (passage.ended) {
      return { points, taken, closing: lines, ending: endingOf(passage), brokeAt: null };
    }
    const point: ChoicePoint = {
      step, decision: passage.meta.decision, kind: kindOf(passage.meta), part, prompt: passage.meta.prompt,
      situation: recent.slice(-3).join(' '), lines, options: optionInfo(runner, passage),
    };
    if (point.decision !== null) recent = [];
    points.push(point);
    const index = choose ? choose(point) : (path?.[step] ?? null);
    if (index === null) return { points, taken, closing: [], ending: null, brokeAt: null };
    if (!Number.isInteger(index) || index < 0 || index >= point.options.length) {
      return { points, taken, closing: [], ending: null, brokeAt: { step, choice: index, offered: point.options.length } };
    }
    runner.choose(index);
    taken.push(index);
  }
}
