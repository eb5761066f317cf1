/**
 * The assessor's short rubric: four things to look for in each decision, each judged
 * not evident, partly or clearly. Wording follows the practice the cases teach.
 */
export const CRITERIA = ['voice', 'reasoning', 'contact', 'disruption'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const LEVELS = ['not-evident', 'partly', 'clearly'] as const;
export type Level = (typeof LEVELS)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  voice: "The child's voice heard",
  reasoning: 'Reasoning defensible',
  contact: 'Contact considered',
  disruption: 'Disruption risk considered',
};

export const LEVEL_LABELS: Record<Level, string> = {
  'not-evident': 'Not evident',
  partly: 'Partly',
  clearly: 'Clearly',
};
