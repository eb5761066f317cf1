/**
 * One play of a story for the audit, with no machine and no log. What it scores is what the
 * log would: each decision's chosen option judged against the options offered there (a ranking
 * plays its top option, a balance sheet the option chosen), then the three 0-100 scores and the
 * one overall score. tests/authoring checks it against the machine's own log.
 *
 * The audit plays on the explorer's state graph (playGraph): a step is a lookup, so thousands
 * of plays of a long case take a fraction of a second, where inkjs takes about 2 ms a passage.
 * playForAudit plays the same game on the story runner; tests/authoring checks the two agree.
 */
import type { StoryRunner } from '../story/StoryRunner';
import { endingOf, type EndingInfo } from '../story/walk';
import { choicePointOf, followEdge, type ChoicePointView, type StoryGraph } from '../story/storyGraph';
import type { Judgement } from '../scoring/judgeDecision';
import { decisionScores } from '../scoring/decisionScores';
import { overallScore } from '../scoring/overallScore';
import { seededRandom } from '../story/seededRandom';
import { judgedOptions, type Player } from './auditPlayers';

export interface AuditPlay {
  /** The overall 0-100 score, or null when the path met no judged decision. */
  score: number | null;
  ending: EndingInfo | null;
  path: number[];
}

const MAX_CHOICES = 10_000;

/** What a choice scores: its judgement at a decision, nothing at navigation or an activity. */
const judgementOf = (point: ChoicePointView, index: number): Judgement | null =>
  point.kind === 'decision' ? judgedOptions(point)[index]!.judgement : null;

const scoreOf = (judgements: readonly Judgement[]) => overallScore(decisionScores([...judgements]));

/** The seed is used both for the story (its hidden facts) and for the player's random picks. */
export function playForAudit(runner: StoryRunner, seed: number, player: Player): AuditPlay {
  const random = seededRandom(seed);
  runner.reset(seed);
  const judgements: Judgement[] = [];
  const path: number[] = [];
  let passage = runner.continuePassage();
  while (!passage.ended && path.length < MAX_CHOICES) {
    const point = choicePointOf(passage);
    const index = player(point, random);
    const judgement = judgementOf(point, index);
    if (judgement) judgements.push(judgement);
    path.push(index);
    runner.choose(index);
    passage = runner.continuePassage();
  }
  return { score: scoreOf(judgements), ending: endingOf(passage), path };
}

/**
 * The same play on the explorer's state graph: at a fork the seed's value of each newly drawn
 * fact (drawFact) picks the road, as the runner's draw would, and the player meets the same
 * choice points and makes the same calls on its generator, so the play is the runner's.
 * This holds as far as the graph is exact (story/storyGraph.ts): states are merged without the
 * visit counts of weave choices, which is exact for stories that use sticky choices wherever
 * the story returns to a choice point, as the authoring guide asks (and the shipped cases do).
 */
export function playGraph(graph: StoryGraph, seed: number, player: Player): AuditPlay {
  const random = seededRandom(seed);
  const drawn = new Map<string, number>();
  const judgements: Judgement[] = [];
  const path: number[] = [];
  let node = graph.nodes[followEdge(graph.start, seed, drawn).to]!;
  while (node.choices.length > 0 && path.length < MAX_CHOICES) {
    const index = player(node, random);
    const judgement = judgementOf(node, index);
    if (judgement) judgements.push(judgement);
    path.push(index);
    node = graph.nodes[followEdge(node.choices[index]!.edges, seed, drawn).to]!;
  }
  return { score: scoreOf(judgements), ending: node.choices.length === 0 ? node.ending : null, path };
}
