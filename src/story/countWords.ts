/**
 * Counts the words of narrative in compiled ink JSON: text content ("^..." strings),
 * skipping tag text (between "#" and "/#" markers) so the metadata never pads the count.
 */
export function countNarrativeWords(compiled: unknown): number {
  let words = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      let inTag = false;
      for (const item of node) {
        if (item === '#') inTag = true;
        else if (item === '/#') inTag = false;
        else if (typeof item === 'string') {
          if (!inTag && item.startsWith('^')) words += item.slice(1).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        } else walk(item);
      }
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk((compiled as { root?: unknown }).root);
  return words;
}
