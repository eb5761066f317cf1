/**
 * `permanence lint`: everything the tag contract promises, checked on a compiled story.
 * Static checks read the compiled JSON (every tag written, wherever it is); the rest
 * come from exhaustive exploration (what a player can actually meet).
 * Problems fail the lint and the build; warnings are printed and fail nothing.
 */
import { checkTagName, splitTag } from './tagContract';
import { exploreStory, type ExploreReport } from './exploreStory';
import type { StoryProblem } from './checkPassage';
import { findRandomness } from './findRandomness';
import { checkFacts } from './checkFacts';
import { lengthWarnings } from './lengthWarnings';
import { partTagValues, sharedStartProblems } from './sharedStarts';

/** Every tag text in the compiled story, in source order. */
export function tagsInCompiledStory(compiledJson: string): string[] {
  const tags: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      let inTag = false;
      let current = '';
      for (const item of node) {
        if (item === '#') { inTag = true; current = ''; }
        else if (item === '/#') { if (inTag) tags.push(current.trim()); inTag = false; }
        else if (typeof item === 'string' && inTag && item.startsWith('^')) current += item.slice(1);
        else if (typeof item !== 'string') walk(item);
      }
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk((JSON.parse(compiledJson) as { root?: unknown }).root);
  return tags;
}

export interface LintResult {
  problems: StoryProblem[];
  /** Worth an author's look, but no reason to refuse the story. */
  warnings: StoryProblem[];
  explored: ExploreReport | null;
}

/** `explore` lets a caller supply a cached exploration of the same compiled story. */
export function lintStory(compiledJson: string, explore: (json: string) => ExploreReport = exploreStory): LintResult {
  const problems: StoryProblem[] = [];
  const warnings: StoryProblem[] = [];
  const tags = tagsInCompiledStory(compiledJson);
  for (const tag of tags) {
    const problem = checkTagName(tag);
    if (problem) problems.push({ where: `tag "# ${tag}"`, message: problem.message });
    const { name, value } = splitTag(tag);
    // An empty value here was written with a conditional ({x:met|missed}); checkPassage checks what it gives in play.
    if (name === 'timescale' && value !== '' && value !== 'met' && value !== 'missed') {
      problems.push({ where: `tag "# ${tag}"`, message: 'the child\'s timescale is either "met" or "missed": write "# timescale: met" or "# timescale: missed"' });
    }
  }
  problems.push(...findRandomness(compiledJson));
  const seen = new Map<string, number>();
  for (const tag of tags) {
    const m = /^decision\s*:\s*(.+)$/i.exec(tag);
    if (m) seen.set(m[1]!.trim(), (seen.get(m[1]!.trim()) ?? 0) + 1);
  }
  for (const [id, count] of seen) {
    if (count > 1) problems.push({ where: `decision ${id}`, message: `the id is used ${count} times: each decision needs its own id` });
  }
  problems.push(...reflectionIdProblems(tags));
  if (!tags.some((t) => /^title\s*:/i.test(t))) {
    problems.push({ where: 'story', message: 'has no "# title:" global tag at the top of the main file' });
  }
  let explored: ExploreReport | null = null;
  try {
    explored = explore(compiledJson);
  } catch (err) {
    problems.push({ where: 'story', message: `could not be explored: ${(err as Error).message}` });
    return { problems, warnings, explored };
  }
  problems.push(...explored.problems);
  problems.push(...sharedStartProblems(compiledJson, partTagValues(tags)));
  const facts = checkFacts(tags, explored.facts);
  problems.push(...facts.problems);
  warnings.push(...facts.warnings);
  // Archived reports from before the audit have no decision points: nothing to warn on then.
  warnings.push(...lengthWarnings(explored.decisionPoints ?? []));
  for (const flow of explored.unreachable) problems.push({ where: `knot or stitch ${flow}`, message: 'is never reached by any path' });
  for (const dead of explored.deadEnds) {
    problems.push({
      where: `after choices ${dead.path.join(',') || '(start)'}`,
      message: `the story stops without an "# ending:" tag (last line: "${dead.lastLine}")`,
    });
  }
  if (explored.endings.length === 0) problems.push({ where: 'story', message: 'no path reaches an "# ending:"' });
  return { problems, warnings, explored };
}

/** A reflection's id is its own: used once, and never the id of a decision or an activity. */
function reflectionIdProblems(tags: readonly string[]): StoryProblem[] {
  const ids = (name: string) => tags.map(splitTag).filter((t) => t.name === name).map((t) => t.value);
  const reflections = ids('reflect');
  const others = new Set([...ids('decision'), ...ids('activity')]);
  const problems: StoryProblem[] = [];
  for (const id of new Set(reflections)) {
    const count = reflections.filter((r) => r === id).length;
    if (count > 1) problems.push({ where: `reflection ${id}`, message: `the id is used ${count} times: each reflection needs its own id` });
    if (others.has(id)) problems.push({ where: `reflection ${id}`, message: 'the id is also a decision\'s or an activity\'s: give the reflection its own id' });
  }
  return problems;
}
