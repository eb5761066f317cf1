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
  'These scores are prompts for reflection, not a judgement of your practice. They show how the path you took compares with the other paths through this case.';

const WORDS: Record<Dimension, Record<Band, string>> = {
  permanence: {
    high: 'Your decisions moved the child towards legal, relational and cultural permanence in the child\'s timescale.',
    middle: 'Your decisions moved the child towards permanence in some ways; look at where time or options were lost.',
    low: 'The child\'s permanence was often delayed or left uncertain on this path; look at where drift set in.',
  },
  contact: {
    high: 'Family time was mostly safe, purposeful and kept as the child\'s right, with the people who matter to the child.',
    middle: 'Family time was kept in some decisions and thinned or made conditional in others.',
    low: 'On this path the child\'s relationships with the people who matter were often reduced or left to chance.',
  },
  disruption: {
    high: 'The risk that the placement or plan breaks down rose on this path (for disruption risk, lower is better).',
    middle: 'The risk of breakdown was lowered in some decisions and raised in others (lower is better).',
    low: 'Your decisions kept the risk of breakdown low (for disruption risk, lower is better).',
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
