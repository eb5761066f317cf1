/**
 * The contract checks that need a passage as the player meets it: every choice at a
 * decision carries its three dimensions, rationale, reference and stance; rank and
 * balance decisions carry the panel's view; nothing is scored outside a decision; an
 * activity (an exercise with a right answer) is never scored, takes no stance and marks
 * at least one right answer.
 */
import type { Passage } from './StoryRunner';
import { checkReflection } from './checkReflection';

export interface StoryProblem {
  where: string;
  message: string;
}

export function checkPassage(passage: Passage): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const { meta, choices } = passage;
  for (const tag of passage.lines.flatMap((l) => l.tags)) {
    if (/^\s*timescale\s*:/i.test(tag) && meta.timescale === null) {
      problems.push({ where: `tag "# ${tag.trim()}"`, message: 'the child\'s timescale is either "met" or "missed", and a conditional value must give one of them on every path' });
    }
  }
  if (choices.length === 0) return problems;
  if (meta.reflect !== null) return checkReflection(passage);
  if (!meta.decision) {
    for (const choice of choices) {
      if (choice.meta.correct) {
        problems.push({ where: `choice "${choice.text}"`, message: 'is marked "# correct" but no "# activity:" tag comes before it: add one, or remove "# correct"' });
      }
      if (choice.tags.some((t) => /^\s*(permanence|contact|disruption)\s*:/i.test(t))) {
        problems.push({
          where: `choice "${choice.text}"`,
          message: 'is scored but no "# decision:" tag comes before it: add one, or remove the dimension tags',
        });
      }
    }
    return problems;
  }
  if (meta.activity) return checkActivity(passage);
  const where = (text: string) => `decision ${meta.decision}, choice "${text}"`;
  for (const choice of choices) {
    const m = choice.meta;
    const missing: string[] = [];
    if (!m.deltas) {
      for (const dim of ['permanence', 'contact', 'disruption']) {
        const tag = choice.tags.find((t) => t.trim().toLowerCase().startsWith(`${dim}:`));
        if (!tag) missing.push(dim);
        else if (!/^[+-]?\d+$/.test(tag.slice(tag.indexOf(':') + 1).trim())) {
          problems.push({ where: where(choice.text), message: `"# ${tag.trim()}" is not a signed integer such as +2, 0 or -1` });
        }
      }
    }
    if (!m.why) missing.push('why');
    if (!m.ref) missing.push('ref');
    if (!m.stance) missing.push('stance (with, to, for or not)');
    if (meta.rank && m.expert === null) missing.push('expert');
    if (meta.balance && !m.benefits) missing.push('benefits');
    if (meta.balance && !m.risks) missing.push('risks');
    if (m.correct) problems.push({ where: where(choice.text), message: '"# correct" belongs only at an "# activity:": a decision is judged on its three dimensions, not marked right' });
    if (missing.length > 0) problems.push({ where: where(choice.text), message: `lacks ${missing.map((x) => `# ${x}`).join(', ')}` });
  }
  if (meta.rank) {
    const places = choices.map((c) => c.meta.expert).filter((n): n is number => n !== null);
    if (new Set(places).size !== places.length) {
      problems.push({
        where: `decision ${meta.decision}`,
        message: `each option needs its own expert place (found ${places.join(', ')})`,
      });
    }
  }
  return problems;
}

const DIMENSION_TAG = /^\s*(permanence|contact|disruption)\s*:/i;

/** An activity's options: feedback for each, at least one right answer, no scores and no stance. */
function checkActivity(passage: Passage): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const id = passage.meta.decision;
  for (const choice of passage.choices) {
    const where = `activity ${id}, choice "${choice.text}"`;
    if (choice.tags.some((t) => DIMENSION_TAG.test(t))) {
      problems.push({ where, message: 'has dimension tags: an activity is not scored, so remove them (or make it a "# decision:")' });
    }
    if (choice.tags.some((t) => /^\s*stance\s*:/i.test(t))) {
      problems.push({ where, message: 'has a "# stance:": an activity has a right answer, not a way of working, so remove it' });
    }
    if (!choice.meta.why) problems.push({ where, message: 'lacks # why: the feedback the player reads after answering' });
  }
  if (!passage.choices.some((c) => c.meta.correct)) {
    problems.push({ where: `activity ${id}`, message: 'marks no right answer: add "# correct" to the right option' });
  }
  return problems;
}
