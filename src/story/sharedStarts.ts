/**
 * Shared starting points: every part N ≥ 2 of a multi-part case has a knot `shared_start_N`
 * whose first line carries `# shared-start: N`. It sets the story's variables to the case as it
 * stands at that part ("the programme's Chloe"), prints the part's opening summary and diverts
 * to the part's own knot, so a workshop can start everyone at part N whatever each chose before.
 */
import { sharedStartKnot, StoryRunner } from './StoryRunner';
import { parsePart, splitTag } from './tagContract';
import { partAfter } from './walk';
import type { StoryProblem } from './checkPassage';

export interface StoryPart {
  number: number;
  name: string;
}

/** The parts a story opens (its `# part:` tags), each once, in number order. */
export function storyParts(partTags: readonly string[]): StoryPart[] {
  const byNumber = new Map<number, StoryPart>();
  for (const tag of partTags) {
    const part = parsePart(tag);
    if (part.number > 0 && !byNumber.has(part.number)) byNumber.set(part.number, part);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** The values of the `# part:` tags among a story's tags. */
export function partTagValues(tags: readonly string[]): string[] {
  return tags.map(splitTag).filter((t) => t.name === 'part').map((t) => t.value);
}

/** The parts in words, for a message: "1 Chronology, 2 Coming into placement". */
export function listParts(parts: readonly StoryPart[]): string {
  return parts.map((p) => `${p.number} ${p.name}`).join(', ');
}

/**
 * Why a game cannot start at `part` (null when it can): part 1 is the beginning, and any
 * other part needs to be one of the story's parts with a shared start.
 */
export function refuseStartPart(part: number, parts: readonly StoryPart[], hasSharedStart: (n: number) => boolean): string | null {
  const known = parts.length > 0 ? `it has ${parts.length === 1 ? 'one part' : 'parts'} ${listParts(parts)}` : 'it has no parts';
  if (!Number.isInteger(part) || part < 1) return `a part is a whole number from 1, not "${part}" (${known})`;
  if (part === 1) return null;
  if (!parts.some((p) => p.number === part)) return `the case has no part ${part}: ${known}`;
  if (!hasSharedStart(part)) return `part ${part} has no shared starting point yet (a knot "=== ${sharedStartKnot(part)} ===" in the story): ${known}`;
  return null;
}

/** The knot names of the story's shared starts (`shared_start_N`), whatever N. */
export function sharedStartKnots(runner: StoryRunner): string[] {
  return [...runner.story.mainContentContainer.namedContent.keys()].filter((name) => /^shared_start_\d+$/.test(name));
}

/**
 * The lint's check: every part past the first has its shared start, whose first line is tagged
 * `# shared-start: N` and which reaches part N; and no shared start names a part the story lacks.
 */
export function sharedStartProblems(compiledJson: string, partTags: readonly string[]): StoryProblem[] {
  const parts = storyParts(partTags);
  const problems: StoryProblem[] = [];
  const runner = new StoryRunner(compiledJson);
  for (const knot of sharedStartKnots(runner)) {
    const n = Number(knot.slice('shared_start_'.length));
    if (!parts.some((p) => p.number === n)) problems.push({ where: `knot ${knot}`, message: `is a shared start for part ${n}, and the story has no part ${n} (${listParts(parts) || 'no parts'})` });
  }
  if (!parts.some((p) => p.number > 1)) return problems;
  for (const part of parts) {
    if (part.number < 2) continue;
    const knot = sharedStartKnot(part.number);
    const where = `part ${part.number} ${part.name}`;
    if (!runner.hasSharedStart(part.number)) {
      problems.push({ where, message: `has no shared starting point: add a knot "=== ${knot} ===" whose first line carries "# shared-start: ${part.number}", which sets the story's variables as the case stands at this part, prints the part's opening summary and diverts to the part` });
      continue;
    }
    try {
      runner.reset(1, part.number);
      const passage = runner.continuePassage();
      const firstTags = (passage.lines[0]?.tags ?? []).map(splitTag);
      const tagged = firstTags.find((t) => t.name === 'shared-start');
      if (!tagged) problems.push({ where: `knot ${knot}`, message: `its first line lacks "# shared-start: ${part.number}"` });
      else if (tagged.value !== String(part.number)) problems.push({ where: `knot ${knot}`, message: `its first line says "# shared-start: ${tagged.value}", and the knot is the shared start of part ${part.number}: write "# shared-start: ${part.number}"` });
      const reached = partAfter(passage, null);
      if (reached === null || parsePart(reached).number !== part.number) {
        problems.push({ where: `knot ${knot}`, message: `does not reach part ${part.number} before its first choice (it reaches ${reached === null ? 'no part' : `"${reached}"`}): divert to the knot tagged "# part: ${part.number} ${part.name}"` });
      }
      for (const error of passage.errors) problems.push({ where: `knot ${knot}`, message: error });
    } catch (err) {
      problems.push({ where: `knot ${knot}`, message: `could not be played: ${(err as Error).message}` });
    }
  }
  return problems;
}
