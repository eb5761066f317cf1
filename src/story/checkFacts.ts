/**
 * Hidden facts: each fact the story draws is declared once with `# fact:` (its question and
 * the words for each value), with as many values as the story draws it with.
 */
import { parseFact, splitTag, type FactInfo } from './tagContract';
import type { StoryProblem } from './checkPassage';

export interface FactCheck {
  problems: StoryProblem[];
  warnings: StoryProblem[];
}

/** `tags` is every tag in the story; `drawn` is what exploration saw drawn (fact -> number of values). */
export function checkFacts(tags: readonly string[], drawn: Readonly<Record<string, number>>): FactCheck {
  const problems: StoryProblem[] = [];
  const warnings: StoryProblem[] = [];
  const declared = new Map<string, FactInfo>();
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    if (name !== 'fact') continue;
    const fact = parseFact(value);
    if (!fact) {
      problems.push({
        where: `tag "# ${raw}"`,
        message: 'cannot be read: write "# fact: <id> = <question> \\| <words for value 1> \\| <words for value 2>" (lower-case id, at least two values, each "|" escaped as "\\|")',
      });
    } else if (declared.has(fact.id)) {
      problems.push({ where: `fact ${fact.id}`, message: 'is declared twice: keep one "# fact:" tag for it' });
    } else declared.set(fact.id, fact);
  }
  for (const [id, n] of Object.entries(drawn)) {
    const fact = declared.get(id);
    if (!fact) {
      problems.push({ where: `fact ${id}`, message: `is drawn (draw("${id}", ${n})) but not declared: add "# fact: ${id} = <question> \\| ..." with ${n} values at the top of the main file` });
    } else if (fact.values.length !== n) {
      problems.push({ where: `fact ${id}`, message: `is declared with ${fact.values.length} values but drawn with ${n}: give the "# fact:" tag one set of words per value drawn` });
    }
  }
  // A warning, not a failure: an undrawn fact harms no log, score or replay (the debrief lists
  // only the facts a path drew); it is usually a fact written ahead of the ink that draws it.
  for (const id of declared.keys()) {
    if (!Object.hasOwn(drawn, id)) warnings.push({ where: `fact ${id}`, message: 'is declared but no path draws it: draw it with draw("' + id + '", n), or remove the "# fact:" tag' });
  }
  return { problems, warnings };
}
