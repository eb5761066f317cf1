/**
 * Scored decisions: each option judged against the options offered at that moment
 * (scoring/judgeDecision.ts), and the options as the debrief, the review and the plenary read them.
 */
import type { ChoiceView } from '../story/StoryRunner';
import { judgeOptions, type JudgedOption } from '../scoring/judgeDecision';
import { zeroDeltas } from '../scoring/totals';
import type { Deltas, Stance } from '../story/tagContract';
import type { DecisionKind } from './kind';

export interface OptionInfo extends JudgedOption {
  index: number;
  text: string;
  deltas: Deltas;
  why: string;
  ref: string;
  stance: Stance | null;
  expertPlace: number | null;
  expertWhy: string | null;
  benefits: string | null;
  risks: string | null;
  /** At an activity: a right answer. */
  correct: boolean;
}

/** The options offered at a choice point, judged where it is a scored decision. */
export function readOptions(choices: readonly ChoiceView[], kind: DecisionKind): OptionInfo[] {
  const scored = kind === 'choice' || kind === 'rank' || kind === 'balance';
  const judged = scored ? judgeOptions(choices.map((c) => c.meta.deltas ?? zeroDeltas())) : null;
  return choices.map((choice, i) => {
    const m = choice.meta;
    return {
      index: choice.index, text: choice.text, deltas: m.deltas ?? zeroDeltas(), why: m.why ?? '', ref: m.ref ?? '',
      stance: m.stance, expertPlace: m.expert, expertWhy: m.expertWhy, benefits: m.benefits, risks: m.risks, correct: m.correct,
      judgement: judged?.[i]!.judgement ?? { permanence: null, contact: null, disruption: null },
      quality: judged?.[i]!.quality ?? null,
      best: judged?.[i]!.best ?? false,
    };
  });
}
