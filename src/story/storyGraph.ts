/**
 * The merged state graph the explorer walks (exploreStory(json, { graph: true })): every
 * distinct state once, as a node holding what a player sees there (the decision, its kind,
 * the options with their tags, or the ending), and for each option the forks it leads to, one
 * per combination of hidden facts first drawn on the way, each naming the facts it draws and
 * the node it reaches. Walking it under a seed gives the same road as playing the story
 * through inkjs under that seed, without running inkjs (src/authoring/playForAudit.ts).
 *
 * Its exactness is the explorer's: states are merged by stateKey, which drops the visit counts
 * of weave choices (exact for stories with sticky choices at any choice point the story comes
 * back to, as the authoring guide asks), and the story is explored under one ink seed, so a
 * story whose own text uses RANDOM or shuffles (rather than `draw`) would not be walked exactly.
 */
import type { Passage } from './StoryRunner';
import type { Deltas, Stance } from './tagContract';
import { endingOf, type EndingInfo } from './walk';
import { entryKindOf } from '../decisions/kind';
import { drawFact } from './seededDraw';

/** A hidden fact first drawn on an edge: its value on this fork, and how many values it has. */
export interface GraphDraw { fact: string; value: number; of: number }

export interface GraphEdge {
  /** The facts newly drawn between the choice and the next choice point (none on most edges). */
  draws: GraphDraw[];
  /** The node reached. */
  to: number;
}

export interface GraphChoice {
  text: string;
  deltas: Deltas | null;
  stance: Stance | null;
  correct: boolean;
  /** One edge per combination of the facts first drawn after this choice (one if none). */
  edges: GraphEdge[];
}

/** What the players and the audit read at a choice point, from the story or from the graph. */
export interface ChoicePointView {
  decision: string | null;
  kind: 'decision' | 'activity' | 'navigation';
  choices: readonly Omit<GraphChoice, 'edges'>[];
}

export interface GraphNode extends ChoicePointView {
  choices: GraphChoice[];
  /** At the end of a road: the ending, or null for a dead end (and for every choice point). */
  ending: EndingInfo | null;
  /** The part this passage opens (its `# part:` tag), if it opens one. */
  part: string | null;
  /** At a dead end: the last line the player read there. */
  lastLine?: string;
}

export interface StoryGraph {
  /** The forks from the start (by the facts drawn before the first choice point). */
  start: GraphEdge[];
  /** With shared starts explored: the forks from each part's shared start, by part number. */
  sharedStarts?: Record<string, GraphEdge[]>;
  nodes: GraphNode[];
}

/** A choice point as the players see it, straight from the story runner. */
export function choicePointOf(passage: Passage): ChoicePointView {
  return {
    decision: passage.meta.decision,
    // A reflection's text is the player's alone: to the audit and the graph it is plain navigation.
    kind: entryKindOf(passage.meta) === 'reflection' ? 'navigation' : entryKindOf(passage.meta) as ChoicePointView['kind'],
    choices: passage.choices.map((c) => ({ text: c.text, deltas: c.meta.deltas, stance: c.meta.stance, correct: c.meta.correct })),
  };
}

/** Builds the graph as the explorer walks: one node per distinct state and view. */
export class GraphBuilder {
  readonly graph: StoryGraph = { start: [], nodes: [] };
  private readonly byView = new Map<string, number>();
  private readonly edgesOfState = new Map<string, GraphEdge[][]>();

  /**
   * The node for a passage: `state` is the explorer's memo key (state and facts drawn), or
   * null for the start (never merged) and for an end (merged by what it says). The same state
   * reached through different text keeps one node per view, all sharing the state's edges.
   */
  node(passage: Passage, state: string | null): number {
    const ending = endingOf(passage);
    const view = { ...choicePointOf(passage), ending, part: passage.meta.part ?? null };
    const sig = state === null && !passage.ended ? null : `${state ?? 'end'}\n${JSON.stringify(view)}`;
    const known = sig === null ? undefined : this.byView.get(sig);
    if (known !== undefined) return known;
    let edges = state === null ? undefined : this.edgesOfState.get(state);
    if (!edges || edges.length !== view.choices.length) {
      edges = view.choices.map(() => []);
      if (state !== null) this.edgesOfState.set(state, edges);
    }
    const shared = edges;
    const id = this.graph.nodes.length;
    const lastLine = passage.ended && !ending ? { lastLine: passage.lines.filter((l) => l.text !== '').at(-1)?.text ?? '' } : {};
    this.graph.nodes.push({ ...view, ...lastLine, choices: view.choices.map((c, i) => ({ ...c, edges: shared[i]! })) });
    if (sig !== null) this.byView.set(sig, id);
    return id;
  }

  /**
   * Records a fork of a choice, of the start when `from` is null, or of a part's shared start
   * when `from` is that part's number.
   */
  edge(from: { node: number; choice: number } | number | null, draws: readonly GraphDraw[], to: number): void {
    const edges = from === null ? this.graph.start
      : typeof from === 'number' ? ((this.graph.sharedStarts ??= {})[String(from)] ??= [])
      : this.graph.nodes[from.node]!.choices[from.choice]!.edges;
    if (!edges.some((e) => e.to === to && JSON.stringify(e.draws) === JSON.stringify(draws))) edges.push({ draws: [...draws], to });
  }
}

/**
 * The fork a seed takes: the one whose newly drawn facts all take, under the seed, the values
 * drawFact gives them (as the story runner draws them in play).
 */
export function followEdge(edges: readonly GraphEdge[], seed: number, drawn: Map<string, number>): GraphEdge {
  const valueOf = (d: GraphDraw) => {
    const key = `${d.fact}/${d.of}`;
    let value = drawn.get(key);
    if (value === undefined) { value = drawFact(seed, d.fact, d.of); drawn.set(key, value); }
    return value;
  };
  const edge = edges.find((e) => e.draws.every((d) => valueOf(d) === d.value));
  if (!edge) throw new Error(`the story graph has no fork for seed ${seed} here: explore the story again`);
  return edge;
}
