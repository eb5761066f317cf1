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
  'These scores are prompts for reflection, not a judgement of you or your practice. Each decision is set against the options offered at that moment, as the case\'s authors scored them, and each score is the mean over your decisions. For permanence and contact, 100 means you always chose the option scored highest; for disruption risk, 0 means you always chose the option scored least risky. The scores say how you decided, not how the case ended: that depended partly on things no worker controls.';

/** Words about how the worker decided, on average, never about the outcome ("How it ended" says that). */
const WORDS: Record<Dimension, Record<Band, string>> = {
  permanence: {
    high: 'On average your choices were close to the options the case\'s authors rated strongest for the child\'s legal, relational and cultural permanence.',
    middle: 'On average your choices sat between the options rated strongest and weakest for the child\'s permanence; look at where time or options were given up.',
    low: 'On average your choices were nearer the options rated weaker for the child\'s permanence; look at which decisions pulled it down, and why you chose as you did.',
  },
  contact: {
    high: 'On average your choices were close to the options rated best at treating family time as the child\'s right and keeping it safe and purposeful.',
    middle: 'On average your choices sat between the options rated best and weakest for family time; look at where it was thinned or made conditional.',
    low: 'On average your choices were nearer the options rated weaker for the child\'s relationships and family time.',
  },
  disruption: {
    high: 'On average your choices were nearer the options rated riskier for breakdown (lower is better).',
    middle: 'On average your choices sat between the options rated least and most risky for breakdown (lower is better).',
    low: 'On average your choices were close to the options rated least risky for breakdown (lower is better).',
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
