/**
 * Plain words for the debrief. Scores are prompts for reflection, not a judgement:
 * the words describe the path taken, never the practitioner.
 */
import type { Dimension } from '../story/tagContract';

export type Band = 'low' | 'middle' | 'high';

export interface BandReading {
  band: Band;
  /** Whether this band is the good end of the scale for this dimension. */
  favourable: boolean | null;
  words: string;
}

export const SCORES_ARE_PROMPTS =
  'These scores are prompts for reflection, not a judgement of your practice. Each decision is set against the options you were offered at that moment, from the weakest (0) to the strongest (100) on each dimension, and the scores are the mean over the decisions you made. They say how you decided, not how the case ended: part of that was never in your hands.';

/** Words about how the worker decided, never about the outcome ("How it ended" says that). */
const WORDS: Record<Dimension, Record<Band, string>> = {
  permanence: {
    high: 'At most decisions you took one of the options that did most for the child\'s legal, relational and cultural permanence of those offered.',
    middle: 'Some of your choices were among the strongest for the child\'s permanence and some were not; look at where time or options were given up.',
    low: 'At many decisions another option offered would have done more for the child\'s permanence; look at where drift or delay was accepted.',
  },
  contact: {
    high: 'At most decisions you chose the option offered that best kept family time safe, purposeful and the child\'s right.',
    middle: 'Your choices kept family time well at some decisions and thinned it or made it conditional at others.',
    low: 'At many decisions another option offered would have kept the child\'s relationships better.',
  },
  disruption: {
    high: 'At many decisions you chose an option that carried more risk of breakdown than others offered (for disruption risk, lower is better).',
    middle: 'Some of your choices lowered the risk of breakdown as far as the options allowed and some did not (lower is better).',
    low: 'At most decisions you chose one of the options offered that carried least risk of breakdown (for disruption risk, lower is better).',
  },
};

export function bandOf(score: number): Band {
  if (score >= 67) return 'high';
  if (score >= 34) return 'middle';
  return 'low';
}

export function readBand(dimension: Dimension, score: number): BandReading {
  const band = bandOf(score);
  const favourable = band === 'middle' ? null : dimension === 'disruption' ? band === 'low' : band === 'high';
  return { band, favourable, words: WORDS[dimension][band] };
}

export const DIMENSION_LABELS: Record<Dimension, string> = {
  permanence: 'Permanence',
  contact: 'Contact and family time',
  disruption: 'Disruption risk (lower is better)',
};
