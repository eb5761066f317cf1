/**
 * A reflection point (`# reflect: <id>` with `# prompt:`): the player writes a reflection, then
 * takes its one plain choice. Nothing there is scored, so nothing there may look scored.
 */
import type { Passage } from './StoryRunner';
import type { StoryProblem } from './checkPassage';

const DIMENSION_TAG = /^\s*(permanence|contact|disruption)\s*:/i;
const STANCE_TAG = /^\s*stance\s*:/i;

export function checkReflection(passage: Passage): StoryProblem[] {
  const { meta, choices } = passage;
  const where = `reflection ${meta.reflect}`;
  const problems: StoryProblem[] = [];
  if (meta.decision !== null) {
    problems.push({ where, message: `is also tagged as ${meta.activity ? 'an activity' : 'a decision'} ("${meta.decision}"): a reflection point is neither; put the reflection after the choice, with its own plain choice` });
  }
  if (!meta.prompt) problems.push({ where, message: 'has no "# prompt:": add the question the player reflects on' });
  if (choices.length !== 1) {
    problems.push({ where, message: `offers ${choices.length} choices: a reflection point has exactly one plain choice, such as "+ [Keep my reflection and go on]"` });
  }
  for (const choice of choices) {
    if (choice.tags.some((t) => DIMENSION_TAG.test(t))) {
      problems.push({ where: `${where}, choice "${choice.text}"`, message: 'has dimension tags: a reflection is never scored, so remove them' });
    }
    if (choice.tags.some((t) => STANCE_TAG.test(t))) {
      problems.push({ where: `${where}, choice "${choice.text}"`, message: 'has a "# stance:": a reflection takes no stance, so remove it' });
    }
  }
  return problems;
}
