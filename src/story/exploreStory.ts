/**
 * Exhaustive exploration of a story's choice graph, with identical states merged.
 * Finds every ending, every dead end, the knots and stitches never reached, the
 * decisions met, and the lowest and highest totals over all complete paths.
 */
import { flowOfPath, StoryRunner, type Passage } from './StoryRunner';
import { stateKey } from './stateKey';
import { unreadVariables } from './unreadVariables';
import { liveness } from './liveVariables';
// Node's own hash, not the game's pure-JS one: the explorer runs only in Node (build, lint,
// CLI, tests), and the native hash of a state is several times quicker.
import { createHash } from 'node:crypto';
import { DIMENSIONS, type Deltas, type Stance } from './tagContract';
import { checkPassage, type StoryProblem } from './checkPassage';
import { DRAW_FUNCTION } from './seededDraw';
import { GraphBuilder, type GraphDraw, type StoryGraph } from './storyGraph';
import { reachFromStart, type StartReport } from './startReport';

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
  /** With `{ sharedStarts: true }`: what exploring from each part's shared start finds, by part number. */
  starts?: Record<string, StartReport>;
  /** How long the exploration took. */
  seconds: number;
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

/**
 * How far the explorer goes before it calls a story endless. The shipped cases reach about
 * 10,000 states of at most a few kilobytes each, and a path of about 40 choices; a loop that
 * raises a variable without end (a sticky choice that counts up) makes a new state at every
 * pass, deeper each time, and one that grows a text makes each state larger.
 */
export interface ExploreBudget {
  /** Distinct states kept. */
  maxStates?: number;
  /** Choices in a row, each to a state not met before. */
  maxDepth?: number;
  /** Characters of story state held at once (the states kept and those on the current path); one state may hold a 64th of it. */
  maxStateChars?: number;
}

const DEFAULT_BUDGET: Required<ExploreBudget> = { maxStates: 2_000_000, maxDepth: 2_000, maxStateChars: 256_000_000 };

/** The choices made so far, newest first, shared between visits (a copy per state would cost the square of the depth). */
interface Path { choice: number; before: Path | null; length: number }

const after = (before: Path | null, choice: number): Path => ({ choice, before, length: (before?.length ?? 0) + 1 });

function choicesOf(path: Path | null): number[] {
  const out: number[] = [];
  for (let at = path; at; at = at.before) out.push(at.choice);
  return out.reverse();
}

/** A passage to visit: what the explorer's depth-first walk keeps on its own stack, not the call stack. */
interface Visit { passage: Passage; path: Path | null; node: number; saved?: string }

/**
 * `startPart`: explore from that part's shared starting point (`shared_start_N`) rather than the
 * beginning; then `unreachable` is left empty, as most of the story lies before the start.
 * `sharedStarts`: after the walk from the start, walk from every part's shared start too, with
 * the memo shared, and report each in `starts`. The main report is the first walk's alone.
 * `mergeDeadVariables: false`: merge only states whose every variable is equal, not only those
 * still read ahead (tests use it to show that both merges find the same story).
 */
export function exploreStory(compiledJson: string, options: ExploreBudget & { graph?: boolean; startPart?: number; sharedStarts?: boolean; mergeDeadVariables?: boolean } = {}): ExploreReport {
  const began = performance.now();
  const startPart = options.startPart ?? 1;
  const { maxStates, maxDepth, maxStateChars } = { ...DEFAULT_BUDGET, ...options };
  // The shared starts' reports are read from the graph, so they need one.
  const graph = options.graph || options.sharedStarts ? new GraphBuilder() : null;
  const runner = new StoryRunner(compiledJson);
  const unread = unreadVariables(compiledJson);
  // On unless a test asks for the exact merge, to show that both find the same story.
  const live = options.mergeDeadVariables === false ? undefined : liveness(runner.story);
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
  // A fact is drawn once on a path and kept in a variable, so states are merged by the story's
  // variables alone: a fact nothing reads any more (its variable cleared) no longer splits them.
  type Assignment = ReadonlyMap<string, number>;
  let assignment: Assignment = new Map();
  /** The facts drawn on this road before the step being run (its forks bind the rest). */
  let drawnBefore: Assignment = new Map();
  let pending: { fact: string; n: number } | null = null;
  const facts: Record<string, number> = {};
  runner.drawFrom((fact, n) => {
    if (!Object.hasOwn(facts, fact)) facts[fact] = n;
    else if (facts[fact] !== n) report({ where: `draw("${fact}", ${n})`, message: `the fact is drawn elsewhere with ${facts[fact]} values: draw it with one number of values everywhere` });
    if (drawnBefore.has(fact)) report({ where: `draw("${fact}", ${n}) at "${where()}"`, message: 'the fact is drawn a second time on one path: draw each fact once and keep its value in a variable' });
    const value = assignment.get(fact);
    if (value !== undefined) return value;
    pending ??= { fact, n };
    return 1;
  });
  /** Runs `step` (restore, choose) and continues, once per value of each fact first drawn there. */
  interface Fork { passage: Passage; assignment: Assignment; state: string | null; draws: GraphDraw[] }
  const forks = (step: () => void, given: Assignment, several = false, draws: GraphDraw[] = []): Fork[] => {
    if (!several) drawnBefore = given;
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

  /** Characters held: the digests kept in `memo`, and the saved states of the visits in progress. */
  let held = 0;
  const where = () => flowOfPath(runner.where());
  const checkBudget = (depth: number, keyLength: number) => {
    if (memo.size >= maxStates) throw new Error(`more than ${maxStates} distinct states, the last at "${where()}": the story's variables combine too freely to explore, or a loop raises one without end`);
    if (depth > maxDepth) throw new Error(`more than ${maxDepth} choices in a row each lead to a state not met before, at "${where()}": a loop raises a variable without end (a sticky choice that counts up?); cap it, or give the loop a way out`);
    if (held > maxStateChars || keyLength > maxStateChars / 64) throw new Error(`the story's state grows past ${Math.round(maxStateChars / 1e6)} million characters, at "${where()}": a loop adds to a variable without end (a text that grows on every pass?); cap it, or give the loop a way out`);
  };

  /**
   * Visits a passage and, depth first, every passage after it; returns the range of totals
   * still to come. A generator, so the walk's depth lives on the heap: it yields each passage
   * to visit next and is resumed with that passage's result (see `walk` below).
   * `node`: the passage's node in the graph, when one is built.
   */
  function* visitPassage({ passage, path, node, saved: given }: Visit): Generator<Visit, Remaining | null, Remaining | null> {
    if (passage.meta.part) parts.add(passage.meta.part);
    noteDecision(passage);
    for (const error of passage.errors) report({ where: `after choices ${choicesOf(path).join(',') || '(start)'}`, message: error });
    for (const problem of checkPassage(passage)) report(problem);
    if (passage.ended) {
      if (passage.meta.ending) {
        if (!Object.hasOwn(endingPaths, passage.meta.ending)) {
          endingPaths[passage.meta.ending] = choicesOf(path);
          endingDraws[passage.meta.ending] = Object.fromEntries(assignment);
        }
        return { min: zero(), max: zero() };
      }
      if (deadEnds.length < 50) {
        const last = passage.lines.filter((l) => l.text !== '').at(-1)?.text ?? '';
        deadEnds.push({ path: choicesOf(path), lastLine: last });
      }
      return null;
    }
    // The state the runner stands in, saved once: the walk saved it to key it (`given`).
    const saved = given ?? runner.saveState();
    held += saved.length;
    const here = assignment;
    let best: Remaining | null = null;
    for (const [position, choice] of passage.choices.entries()) {
      const step = () => { runner.restoreState(saved); runner.choose(choice.index); };
      for (const fork of forks(step, here)) {
      const next = fork.passage;
      if (fork.state !== null) runner.restoreState(fork.state);
      assignment = fork.assignment;
      const savedNext = runner.saveState();
      const state = stateKey(savedNext, unread, live);
      // The memo and the graph hold a digest of the state, not the state: a long case keeps
      // hundreds of thousands of them.
      const key = createHash('sha256').update(state).digest('hex');
      let rest: Remaining | null;
      const to = graph ? graph.node(next, next.ended ? null : key) : -1;
      graph?.edge({ node, choice: position }, fork.draws, to);
      if (next.ended) {
        // Endings are cheap and their tags live in the passage, not the state: never merge them.
        rest = yield { passage: next, path: after(path, choice.index), node: to };
      } else if (memo.has(key)) {
        rest = memo.get(key) ?? null;
        // The same state can be reached through different text: still check what this road said.
        noteDecision(next);
        if (next.meta.part) parts.add(next.meta.part);
        for (const problem of checkPassage(next)) report(problem);
      } else {
        held += key.length;
        checkBudget((path?.length ?? 0) + 1, state.length);
        memo.set(key, null);
        rest = yield { passage: next, path: after(path, choice.index), node: to, saved: savedNext };
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
    held -= saved.length;
    return best;
  }

  /** Runs visitPassage from `start` with an explicit stack of visits in progress. */
  const walk = (start: Visit): Remaining | null => {
    const stack = [visitPassage(start)];
    let result: Remaining | null = null;
    while (stack.length > 0) {
      const step = stack.at(-1)!.next(result);
      if (step.done) {
        stack.pop();
        result = step.value;
      } else {
        stack.push(visitPassage(step.value));
        result = null;
      }
    }
    return result;
  };

  /** Walks every road from a start (the beginning, or part N's shared start) and returns its bounds. */
  const walkFrom = (part: number): DimensionBounds => {
    let root: Remaining | null = null;
    for (const fork of forks(() => runner.reset(1, part), new Map())) {
      if (fork.state !== null) runner.restoreState(fork.state);
      assignment = fork.assignment;
      const start = graph ? graph.node(fork.passage, null) : -1;
      graph?.edge(part === startPart ? null : part, fork.draws, start);
      const rest = walk({ passage: fork.passage, path: null, node: start });
      if (!rest) continue;
      if (!root) root = rest;
      else for (const dim of DIMENSIONS) {
        root.min[dim] = Math.min(root.min[dim], rest.min[dim]);
        root.max[dim] = Math.max(root.max[dim], rest.max[dim]);
      }
    }
    const bounds = {} as DimensionBounds;
    for (const dim of DIMENSIONS) bounds[dim] = { min: root?.min[dim] ?? 0, max: root?.max[dim] ?? 0 };
    return bounds;
  };

  const bounds = walkFrom(startPart);
  // The shared starts are entered only from outside the story (a game started at a later part).
  const sharedStart = /^shared_start_(\d+)$/;
  const unreachable = startPart > 1 ? [] : declaredFlows(runner).filter((flow) => !visited.has(flow) && !sharedStart.test(flow.split('.')[0]!));
  const main: ExploreReport = {
    decisions: decisionIds.size,
    decisionIds: [...decisionIds],
    activityIds: [...activityIds],
    endings: Object.keys(endingPaths),
    endingPaths: { ...endingPaths },
    endingDraws: { ...endingDraws },
    facts: { ...facts },
    decisionPoints: [...decisionPoints.values()],
    unreachable,
    deadEnds: [...deadEnds],
    bounds,
    states: memo.size,
    parts: [...parts],
    problems: [...problems],
    seconds: 0,
  };
  if (options.sharedStarts && graph && startPart === 1) {
    main.starts = {};
    const numbers = declaredFlows(runner).map((flow) => Number(sharedStart.exec(flow)?.[1])).filter((n) => runner.hasSharedStart(n));
    for (const part of numbers.sort((a, b) => a - b)) {
      const walkBegan = performance.now();
      const problemsBefore = problems.length;
      const partBounds = walkFrom(part);
      main.starts[String(part)] = {
        ...reachFromStart(graph.graph, part),
        bounds: partBounds,
        problems: problems.slice(problemsBefore),
        seconds: seconds(walkBegan),
      };
    }
  }
  if (options.graph) main.graph = graph!.graph;
  main.seconds = seconds(began);
  return main;
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));
