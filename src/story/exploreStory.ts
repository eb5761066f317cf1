/**
 * Exhaustive exploration of a story's choice graph, with identical states merged.
 * Finds every ending, every dead end, the knots and stitches never reached, the
 * decisions met, and the lowest and highest totals over all complete paths.
 */
import { StoryRunner, type Passage } from './StoryRunner';
import { stateKey } from './stateKey';
import { DIMENSIONS, type Deltas, type Stance } from './tagContract';
import { checkPassage, type StoryProblem } from './checkPassage';
import { DRAW_FUNCTION } from './seededDraw';
import { GraphBuilder, type GraphDraw, type StoryGraph } from './storyGraph';

export interface Bounds { min: number; max: number }
export type DimensionBounds = Record<keyof Deltas, Bounds>;

export interface ExploreReport {
  decisions: number;
  decisionIds: string[];
  /** Exercises with a right answer (`# activity:`): logged and shown as checks, not scored. */
  activityIds: string[];
  endings: string[];
  /** One path of choice indices to each ending, in the order endings were found. */
  endingPaths: Record<string, number[]>;
  /** The hidden facts met on the way to each ending's path (fact -> value). */
  endingDraws: Record<string, Record<string, number>>;
  /** Every hidden fact the story draws, with how many values it has. */
  facts: Record<string, number>;
  /** Every distinct decision and activity variant a path can meet, in the order first met. */
  decisionPoints: DecisionPoint[];
  unreachable: string[];
  deadEnds: { path: number[]; lastLine: string }[];
  bounds: DimensionBounds;
  states: number;
  parts: string[];
  problems: StoryProblem[];
  /** With `{ graph: true }`: the merged state graph walked (src/story/storyGraph.ts). */
  graph?: StoryGraph;
}

interface Remaining { min: Deltas; max: Deltas }

/**
 * A decision (or activity) as a player can meet it: its id and the options offered, as shown.
 * The same id met with other options or other effects (state-dependent text or tags) is
 * another variant, kept apart, so the audit reads every decision as some player sees it.
 */
export interface DecisionPoint {
  id: string;
  activity: boolean;
  options: { text: string; deltas: Deltas | null; stance: Stance | null; correct: boolean }[];
}

function decisionPointOf(passage: Passage): DecisionPoint | null {
  if (!passage.meta.decision || passage.choices.length === 0) return null;
  return {
    id: passage.meta.decision,
    activity: passage.meta.activity,
    options: passage.choices.map((c) => ({ text: c.text, deltas: c.meta.deltas, stance: c.meta.stance, correct: c.meta.correct })),
  };
}

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
    // The draw function's ink body is only the fallback for other runtimes: ours binds it.
    if (name === 'global decl' || name === DRAW_FUNCTION || !isContainer(knot)) continue;
    flows.push(name);
    for (const [stitchName, stitch] of knot.namedContent) {
      if (isContainer(stitch) && !/^(c-\d+|g-\d+|s)$/.test(stitchName)) flows.push(`${name}.${stitchName}`);
    }
  }
  return flows;
}

export function exploreStory(compiledJson: string, options: { maxStates?: number; graph?: boolean } = {}): ExploreReport {
  const maxStates = options.maxStates ?? 2_000_000;
  const graph = options.graph ? new GraphBuilder() : null;
  const runner = new StoryRunner(compiledJson);
  const visited = new Set<string>();
  // inkjs marks every container it enters through VisitContainer; we listen there to see
  // which knots and stitches any path reaches, whether or not the story counts visits.
  const story = runner.story as unknown as { VisitContainer: (c: ContainerLike, atStart: boolean) => void };
  const original = story.VisitContainer.bind(story);
  story.VisitContainer = (container: ContainerLike, atStart: boolean) => {
    visited.add(container.path.toString());
    original(container, atStart);
  };

  // Hidden facts: each value is bound in turn. A passage that draws a fact not yet drawn on
  // this road is run again once per value, so every path is explored, not a sample of seeds.
  type Assignment = ReadonlyMap<string, number>;
  let assignment: Assignment = new Map();
  let pending: { fact: string; n: number } | null = null;
  const facts: Record<string, number> = {};
  runner.drawFrom((fact, n) => {
    if (!(fact in facts)) facts[fact] = n;
    else if (facts[fact] !== n) report({ where: `draw("${fact}", ${n})`, message: `the fact is drawn elsewhere with ${facts[fact]} values: draw it with one number of values everywhere` });
    const value = assignment.get(fact);
    if (value !== undefined) return value;
    pending ??= { fact, n };
    return 1;
  });
  /** Runs `step` (restore, choose) and continues, once per value of each fact first drawn there. */
  interface Fork { passage: Passage; assignment: Assignment; state: string | null; draws: GraphDraw[] }
  const forks = (step: () => void, given: Assignment, several = false, draws: GraphDraw[] = []): Fork[] => {
    step();
    assignment = given;
    pending = null;
    const passage = runner.continuePassage();
    const drawn = pending as { fact: string; n: number } | null;
    // With several forks the runner holds only the last one's state: keep each one's.
    if (!drawn) return [{ passage, assignment: given, state: several ? runner.saveState() : null, draws }];
    const out: Fork[] = [];
    for (let value = 1; value <= drawn.n; value++) out.push(...forks(step, new Map([...given, [drawn.fact, value]]), true, [...draws, { fact: drawn.fact, value, of: drawn.n }]));
    return out;
  };
  const keyOf = (a: Assignment) => [...a].sort(([x], [y]) => x.localeCompare(y)).map(([f, v]) => `${f}=${v}`).join('&');

  const memo = new Map<string, Remaining | null>();
  const decisionIds = new Set<string>();
  const activityIds = new Set<string>();
  const decisionPoints = new Map<string, DecisionPoint>();
  const noteDecision = (p: Passage) => {
    if (p.meta.decision) (p.meta.activity ? activityIds : decisionIds).add(p.meta.decision);
    const point = decisionPointOf(p);
    if (point) {
      const key = JSON.stringify(point);
      if (!decisionPoints.has(key)) decisionPoints.set(key, point);
    }
  };
  const endingPaths: Record<string, number[]> = {};
  const endingDraws: Record<string, Record<string, number>> = {};
  const deadEnds: ExploreReport['deadEnds'] = [];
  const parts = new Set<string>();
  const problems: StoryProblem[] = [];
  const problemKeys = new Set<string>();
  const report = (p: StoryProblem) => {
    const key = `${p.where}|${p.message}`;
    if (!problemKeys.has(key)) { problemKeys.add(key); problems.push(p); }
  };

  /** `node`: the passage's node in the graph, when one is built. */
  const visitPassage = (passage: Passage, path: number[], node = -1): Remaining | null => {
    if (passage.meta.part) parts.add(passage.meta.part);
    noteDecision(passage);
    for (const error of passage.errors) report({ where: `after choices ${path.join(',') || '(start)'}`, message: error });
    for (const problem of checkPassage(passage)) report(problem);
    if (passage.ended) {
      if (passage.meta.ending) {
        if (!(passage.meta.ending in endingPaths)) {
          endingPaths[passage.meta.ending] = [...path];
          endingDraws[passage.meta.ending] = Object.fromEntries(assignment);
        }
        return { min: zero(), max: zero() };
      }
      if (deadEnds.length < 50) {
        const last = passage.lines.filter((l) => l.text !== '').at(-1)?.text ?? '';
        deadEnds.push({ path: [...path], lastLine: last });
      }
      return null;
    }
    const saved = runner.saveState();
    const here = assignment;
    let best: Remaining | null = null;
    for (const [position, choice] of passage.choices.entries()) {
      const step = () => { runner.restoreState(saved); runner.choose(choice.index); };
      for (const fork of forks(step, here)) {
      const next = fork.passage;
      if (fork.state !== null) runner.restoreState(fork.state);
      assignment = fork.assignment;
      const key = `${stateKey(runner.saveState())}|${keyOf(assignment)}`;
      let rest: Remaining | null;
      const to = graph ? graph.node(next, next.ended ? null : key) : -1;
      graph?.edge({ node, choice: position }, fork.draws, to);
      if (next.ended) {
        // Endings are cheap and their tags live in the passage, not the state: never merge them.
        rest = visitPassage(next, [...path, choice.index], to);
      } else if (memo.has(key)) {
        rest = memo.get(key) ?? null;
        // The same state can be reached through different text: still check what this road said.
        noteDecision(next);
        if (next.meta.part) parts.add(next.meta.part);
        for (const problem of checkPassage(next)) report(problem);
      } else {
        if (memo.size >= maxStates) throw new Error(`more than ${maxStates} distinct states: the story's variables combine too freely to explore`);
        memo.set(key, null);
        rest = visitPassage(next, [...path, choice.index], to);
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
    }
    return best;
  };

  let root: Remaining | null = null;
  for (const fork of forks(() => runner.reset(1), new Map())) {
    if (fork.state !== null) runner.restoreState(fork.state);
    assignment = fork.assignment;
    const start = graph ? graph.node(fork.passage, null) : -1;
    graph?.edge(null, fork.draws, start);
    const rest = visitPassage(fork.passage, [], start);
    if (!rest) continue;
    if (!root) root = rest;
    else for (const dim of DIMENSIONS) {
      root.min[dim] = Math.min(root.min[dim], rest.min[dim]);
      root.max[dim] = Math.max(root.max[dim], rest.max[dim]);
    }
  }
  const bounds = {} as DimensionBounds;
  for (const dim of DIMENSIONS) bounds[dim] = { min: root?.min[dim] ?? 0, max: root?.max[dim] ?? 0 };
  const unreachable = declaredFlows(runner).filter((flow) => !visited.has(flow));
  return {
    decisions: decisionIds.size,
    decisionIds: [...decisionIds],
    activityIds: [...activityIds],
    endings: Object.keys(endingPaths),
    endingPaths,
    endingDraws,
    facts,
    decisionPoints: [...decisionPoints.values()],
    unreachable,
    deadEnds,
    bounds,
    states: memo.size,
    parts: [...parts],
    problems,
    ...(graph ? { graph: graph.graph } : {}),
  };
}
