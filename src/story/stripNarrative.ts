/**
 * A copy of compiled ink with its narrative text emptied, for exploration: inkjs spends
 * most of a Continue() on text, and the explorer needs only the story's logic, its tags
 * and its choices. Tags ("#" ... "/#") and string expressions ("str" ... "/str", which
 * hold variable values and choice text) are kept exactly.
 */
export function stripNarrative(compiledJson: string): string {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      let inTag = false;
      let inStr = 0;
      return node.map((item) => {
        if (item === '#') inTag = true;
        else if (item === '/#') inTag = false;
        else if (item === 'str') inStr++;
        else if (item === '/str') inStr = Math.max(0, inStr - 1);
        else if (typeof item === 'string') {
          return !inTag && inStr === 0 && item.startsWith('^') && item.length > 2 ? '^.' : item;
        }
        return typeof item === 'object' && item !== null ? walk(item) : item;
      });
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) out[key] = walk(value);
      return out;
    }
    return node;
  };
  return JSON.stringify(walk(JSON.parse(compiledJson)));
}
