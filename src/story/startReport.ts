/**
 * What exploring from one part's shared start finds, read from the merged state graph of an
 * exploration that walked the shared starts beside the beginning (exploreStory with
 * `sharedStarts`). The walks share one memo, so a shared start costs only the states no earlier
 * walk met; what lies beyond a state met before is read here, by a walk of the graph.
 */
import type { StoryGraph } from './storyGraph';
import type { StoryProblem } from './checkPassage';
import type { DimensionBounds } from './exploreStory';

export interface StartReport {
  decisions: number;
  decisionIds: string[];
  endings: string[];
  /** One path of choice indices from the shared start to each ending. */
  endingPaths: Record<string, number[]>;
  deadEnds: { path: number[]; lastLine: string }[];
  bounds: DimensionBounds;
  /** Choice points reachable from the shared start (a state reached through different text counts once per text). */
  states: number;
  parts: string[];
  /** Problems first met on the walk from this start (those met from the beginning are the main report's). */
  problems: StoryProblem[];
  seconds: number;
}

/** Breadth first from the start's forks: each node once, with the first (shortest) road to it. */
export function reachFromStart(graph: StoryGraph, part: number): Omit<StartReport, 'bounds' | 'problems' | 'seconds'> {
  const start = graph.sharedStarts?.[String(part)] ?? [];
  const roadTo = new Map<number, number[]>();
  const queue: number[] = [];
  for (const edge of start) {
    if (!roadTo.has(edge.to)) { roadTo.set(edge.to, []); queue.push(edge.to); }
  }
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    const road = roadTo.get(at)!;
    graph.nodes[at]!.choices.forEach((choice, position) => {
      for (const edge of choice.edges) {
        if (!roadTo.has(edge.to)) { roadTo.set(edge.to, [...road, position]); queue.push(edge.to); }
      }
    });
  }
  const decisionIds = new Set<string>();
  const endingPaths: Record<string, number[]> = {};
  const deadEnds: StartReport['deadEnds'] = [];
  const parts = new Set<string>();
  for (const id of queue) {
    const node = graph.nodes[id]!;
    if (node.part) parts.add(node.part);
    if (node.decision && node.kind === 'decision') decisionIds.add(node.decision);
    if (node.choices.length > 0) continue;
    if (node.ending) endingPaths[node.ending.id] ??= roadTo.get(id)!;
    else if (deadEnds.length < 50) deadEnds.push({ path: roadTo.get(id)!, lastLine: node.lastLine ?? '' });
  }
  return {
    decisions: decisionIds.size,
    decisionIds: [...decisionIds],
    endings: Object.keys(endingPaths),
    endingPaths,
    deadEnds,
    states: queue.filter((id) => graph.nodes[id]!.choices.length > 0).length,
    parts: [...parts],
  };
}
