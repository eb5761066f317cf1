/**
 * One walk of the story along a path of choices: every choice point met, with the part in
 * force, the discussion prompt, the situation as the player read it and the options offered,
 * then where the path ends and which hidden facts it drew. The engine's replay, verification,
 * the debrief and the review read the story through this one pass.
 */
import type { ChoiceView, Passage, StoryRunner } from './StoryRunner';
import { partTagOf } from './tagContract';
import type { Draw } from './seededDraw';

export interface ChoicePoint {
  /** How many choices came before this one. */
  step: number;
  /** The part in force when the options are shown. */
  part: string | null;
  /** The whole passage the story said before these options (raw, for the engine's screens). */
  passage: Passage;
  /** The last few lines of the part on screen before the options, for context. */
  situation: string;
  choices: ChoiceView[];
}

export interface StoryWalk {
  points: ChoicePoint[];
  /** The passage after the last choice of the path: the next choice point, or the end. */
  last: Passage;
  /** The part in force after the last choice. */
  part: string | null;
  draws: Draw[];
  /** Where the path asked for an option the story does not offer, if it did. */
  brokeAt: { step: number; index: number; offered: number } | null;
}

/** The part in force once a passage has been shown: its last `# part:` line, or the part before it. */
export function partAfter(passage: Passage, before: string | null): string | null {
  return passage.lines.map(partTagOf).filter((p) => p !== null).at(-1) ?? before;
}

/** The lines on screen when the options appear: from the last part opening to the end. */
export function situationOf(passage: Passage, lines = 3): string {
  const opening = passage.lines.map(partTagOf).findLastIndex((p) => p !== null);
  return passage.lines.slice(Math.max(0, opening)).map((l) => l.text).filter(Boolean).slice(-lines).join(' ');
}

/** `startPart`: the part the path starts at (its shared start; 1, the beginning, by default). */
export function walk(runner: StoryRunner, seed: number, path: readonly number[], startPart = 1): StoryWalk {
  runner.reset(seed, startPart);
  let passage = runner.continuePassage();
  let part = partAfter(passage, null);
  const points: ChoicePoint[] = [];
  for (const [step, index] of path.entries()) {
    points.push({ step, part, passage, situation: situationOf(passage), choices: passage.choices });
    if (!passage.choices[index]) {
      return { points, last: passage, part, draws: runner.draws(), brokeAt: { step, index, offered: passage.choices.length } };
    }
    runner.choose(index);
    passage = runner.continuePassage();
    part = partAfter(passage, part);
  }
  return { points, last: passage, part, draws: runner.draws(), brokeAt: null };
}

/** The choice point at the end of a path (for a choice taken back on an abandoned road). */
export function pointAt(runner: StoryRunner, seed: number, path: readonly number[], startPart = 1): ChoicePoint | null {
  const w = walk(runner, seed, path, startPart);
  if (w.brokeAt) return null;
  return { step: path.length, part: w.part, passage: w.last, situation: situationOf(w.last), choices: w.last.choices };
}

/** How a path ended, in the story's words: the ending, and the permanence the child has. */
export interface EndingInfo {
  id: string;
  outcome: string;
  legal: string | null;
  relational: string | null;
  cultural: string | null;
  timescale: 'met' | 'missed' | null;
}

export function endingOf(passage: Passage): EndingInfo | null {
  const m = passage.meta;
  if (!passage.ended || !m.ending) return null;
  return { id: m.ending, outcome: m.outcome ?? '', legal: m.legal, relational: m.relational, cultural: m.cultural, timescale: m.timescale };
}
