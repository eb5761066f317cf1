/**
 * The kinds of choice point a story can offer, each with its own rules in this folder:
 *   navigation  a choice outside any decision: not scored, not logged as a decision
 *   choice      a decision: choose one option (written reasons where `# justify` asks)
 *   rank        a decision: put every option in order, with reasons; the first is played
 *   balance     a decision: weigh every option's benefits and risks, then choose
 *   activity    an exercise with a right answer: feedback and a check, never scored
 *   reflection  a written reflection, then one plain choice: logged with its text, never scored
 */
import type { ChoiceMeta, PassageMeta } from '../story/tagContract';

export type DecisionKind = 'navigation' | 'choice' | 'rank' | 'balance' | 'activity' | 'reflection';

export function kindOf(meta: PassageMeta): DecisionKind {
  if (!meta.decision) return meta.reflect ? 'reflection' : 'navigation';
  if (meta.activity) return 'activity';
  if (meta.rank) return 'rank';
  if (meta.balance) return 'balance';
  return 'choice';
}

/** How a log entry names its kind (the log keeps rank and balance as decisions with their forms). */
export function entryKindOf(meta: PassageMeta): 'decision' | 'activity' | 'navigation' | 'reflection' {
  const kind = kindOf(meta);
  return kind === 'navigation' || kind === 'activity' || kind === 'reflection' ? kind : 'decision';
}

/** The id a log entry keeps for its choice point: a decision's or activity's, or a reflection's; null at navigation. */
export function pointIdOf(meta: PassageMeta): string | null {
  return meta.decision ?? meta.reflect;
}

/** Does this option need written reasons before the story goes on? */
export function needsReasons(meta: PassageMeta, choice: ChoiceMeta): boolean {
  return meta.justify || choice.justify;
}

/** Why an answer is refused, as a code: the screen or the verifier words it. */
export type Refusal =
  | { code: 'ranking-missing' }
  | { code: 'ranking-incomplete' }
  | { code: 'ranking-panel-mismatch' }
  | { code: 'ranking-start-mismatch' };
