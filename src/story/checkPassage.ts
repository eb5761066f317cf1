/**
 * The contract checks that need a passage as the player meets it: every choice at a
 * decision carries its three dimensions, rationale, reference and stance; rank and
 * balance decisions carry the panel's view; nothing is scored outside a decision.
 */
import type { Passage } from './StoryRunner';

export interface StoryProblem {
  where: string;
  message: string;
}

export function checkPassage(passage: Passage): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const { meta, choices } = passage;
  if (choices.length === 0) return problems;
  if (!meta.decision) {
    for (const choice of choices) {
      if (choice.tags.some((t) => /^\s*(permanence|contact|disruption)\s*:/i.test(t))) {
        problems.push({
          where: `choice "${choice.text}"`,
          message: 'is scored but no "# decision:" tag comes before it: add one, or remove the dimension tags',
        });
      }
    }
    return problems;
  }
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
