/**
 * Exhaustive exploration of a story's choice graph, with identical states merged.
 * Finds every ending, every dead end, the knots and stitches never reached, the
 * decisions met, and the lowest and highest totals over all complete paths.
 */
import { StoryRunner, type Passage } from './StoryRunner';
import { stateKey } from './stateKey';
import { DIMENSIONS, type Deltas } from './tagContract';
import { checkPassage, type StoryProblem } from './checkPassage';

export interface Bounds { min: number; max: number }
export type DimensionBounds = Record<keyof Deltas, Bounds>;

export interface ExploreReport {
  decisions: number;
  decisionIds: string[];
  endings: string[];
  /** One path of choice indices to each ending, in the order endings were found. */
  endingPaths: Record<string, number[]>;
  unreachable: string[];
  deadEnds: { path: number[]; lastLine: string }[];
  bounds: DimensionBounds;
  states: number;
  parts: string[];
  problems: StoryProblem[];
}

interface Remaining { min: Deltas; max: Deltas }

const zero = (): Deltas => ({ permanence: 0, contact: 0, disruption: 0 });

/** The parts of an inkjs Container we read (its class is not exported by the runtime bundle). */
interface ContainerLike {
  path: { toString(): string };
  namedContent: Map<string, unknown>;
}

const isContainer = (x: unknown): x is ContainerLike =>
  typeof x === 'object' && x !== null && (x as ContainerLike).namedContent instanceof Map;

/** Knot and stitch paths declared in the story (functions included). */
function declaredFlows(runner: StoryRunner): string[] {
  const flows: string[] = [];
  for (const [name, knot] of runner.story.mainContentContainer.namedContent) {
    if (name === 'global decl' || !isContainer(knot)) continue;
    flows.push(name);
    for (const [stitchName, stitch] of knot.namedContent) {
      if (isContainer(stitch) && !/^(c-\d+|g-\d+|s)$/.test(stitchName)) flows.push(`${name}.${stitchName}`);
    }
  }
  return flows;
}

export function exploreStory(compiledJson: string, options: { maxStates?: number } = {}): ExploreReport {
  const maxStates = options.maxStates ?? 2_000_000;
  const runner = new StoryRunner(compiledJson);
  runner.reset(1);
  const visited = new Set<string>();
  // inkjs marks every container it enters through VisitContainer; we listen there to see
  // which knots and stitches any path reaches, whether or not the story counts visits.
  const story = runner.story as unknown as { VisitContainer: (c: ContainerLike, atStart: boolean) => void };
  const original = story.VisitContainer.bind(story);
  story.VisitContainer = (container: ContainerLike, atStart: boolean) => {
    visited.add(container.path.toString());
    original(container, atStart);
  };

  const memo = new Map<string, Remaining | null>();
  const decisionIds = new Set<string>();
  const endingPaths: Record<string, number[]> = {};
  const deadEnds: ExploreReport['deadEnds'] = [];
  const parts = new Set<string>();
  const problems: StoryProblem[] = [];
  const problemKeys = new Set<string>();
  const report = (p: StoryProblem) => {
    const key = `${p.where}|${p.message}`;
    if (!problemKeys.has(key)) { problemKeys.add(key); problems.push(p); }
  };

  const visitPassage = (passage: Passage, path: number[]): Remaining | null => {
    if (passage.meta.part) parts.add(passage.meta.part);
    if (passage.meta.decision) decisionIds.add(passage.meta.decision);
    for (const error of passage.errors) report({ where: `after choices ${path.join(',') || '(start)'}`, message: error });
    for (const problem of checkPassage(passage)) report(problem);
    if (passage.ended) {
      if (passage.meta.ending) {
        if (!(passage.meta.ending in endingPaths)) endingPaths[passage.meta.ending] = [...path];
        return { min: zero(), max: zero() };
      }
      if (deadEnds.length < 50) {
        const last = passage.lines.filter((l) => l.text !== '').at(-1)?.text ?? '';
        deadEnds.push({ path: [...path], lastLine: last });
      }
      return null;
    }
    const saved = runner.saveState();
    let best: Remaining | null = null;
    for (const [n, choice] of passage.choices.entries()) {
      if (n > 0) runner.restoreState(saved);
      runner.choose(choice.index);
      const next = runner.continuePassage();
      const key = stateKey(runner.saveState());
      let rest: Remaining | null;
      if (next.ended) {
        // Endings are cheap and their tags live in the passage, not the state: never merge them.
        rest = visitPassage(next, [...path, choice.index]);
      } else if (memo.has(key)) {
        rest = memo.get(key) ?? null;
        // The same state can be reached through different text: still check what this road said.
        if (next.meta.decision) decisionIds.add(next.meta.decision);
        if (next.meta.part) parts.add(next.meta.part);
        for (const problem of checkPassage(next)) report(problem);
      } else {
        if (memo.size >= maxStates) throw new Error(`more than ${maxStates} distinct states: the story's variables combine too freely to explore`);
        memo.set(key, null);
        rest = visitPassage(next, [...path, choice.index]);
        memo.set(key, rest);
      }
      if (!rest) continue;
      const d = choice.meta.deltas ?? zero();
      const min = {} as Deltas;
      const max = {} as Deltas;
      for (const dim of DIMENSIONS) {
        min[dim] = d[dim] + rest.min[dim];
        max[dim] = d[dim] + rest.max[dim];
      }
      if (!best) best = { min, max };
      else for (const dim of DIMENSIONS) {
        best.min[dim] = Math.min(best.min[dim], min[dim]);
        best.max[dim] = Math.max(best.max[dim], max[dim]);
      }
    }
    return best;
  };

  const root = visitPassage(runner.continuePassage(), []);
  const bounds = {} as DimensionBounds;
  for (const dim of DIMENSIONS) bounds[dim] = { min: root?.min[dim] ?? 0, max: root?.max[dim] ?? 0 };
  const unreachable = declaredFlows(runner).filter((flow) => !visited.has(flow));
  return {
    decisions: decisionIds.size,
    decisionIds: [...decisionIds],
    endings: Object.keys(endingPaths),
    endingPaths,
    unreachable,
    deadEnds,
    bounds,
    states: memo.size,
    parts: [...parts],
    problems,
  };
}
