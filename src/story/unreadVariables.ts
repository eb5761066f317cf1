/**
 * The global variables a story never reads, except to work out another such variable: the
 * case file's ties (`~ tie_kwame = MIN(tie_kwame + 1, 4)`), a where-she-lives line, a value
 * kept for a later draft. Nothing that happens can depend on them, so the explorer leaves them
 * out when it merges states: two roads that differ only in how strong a tie looks have the
 * same future. A read anywhere else (a condition, printed text, a function's argument or its
 * return) keeps the variable in.
 */

const field = (item: unknown, key: string): string | null => {
  if (!item || typeof item !== 'object') return null;
  const value = (item as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};

/** Each read's use: the global variable it goes into, or null for any other use. */
function readsOf(root: unknown): Map<string, (string | null)[]> {
  const uses = new Map<string, (string | null)[]>();
  const note = (name: string, into: string | null) => {
    if (!uses.has(name)) uses.set(name, []);
    uses.get(name)!.push(into);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      let reads: string[] | null = null;
      let calls = false;
      for (const [i, item] of node.entries()) {
        if (item === 'ev') { reads = []; calls = false; continue; }
        if (item === '/ev') {
          // A function called on the way may do more with what it is given than return it.
          const into = calls ? null : field(node[i + 1], 'VAR=');
          for (const name of reads ?? []) note(name, into);
          reads = null;
          continue;
        }
        if (reads && (field(item, 'f()') !== null || field(item, 'x()') !== null || field(item, '->') !== null)) calls = true;
        const name = field(item, 'VAR?');
        if (name !== null) {
          if (reads) reads.push(name);
          else note(name, null);
        }
        if (item && typeof item === 'object') walk(item);
      }
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(root);
  return uses;
}

/** The names of the globals declared in the compiled story (its `global decl` container). */
function globalsOf(root: unknown): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'global decl') {
          for (const item of value as unknown[]) {
            const name = field(item, 'VAR=');
            if (name !== null) names.push(name);
          }
        } else walk(value);
      }
    }
  };
  walk(root);
  return names;
}

export function unreadVariables(compiledJson: string): Set<string> {
  const root = (JSON.parse(compiledJson) as { root?: unknown }).root;
  const uses = readsOf(root);
  const unread = new Set(globalsOf(root).filter((name) => !(uses.get(name) ?? []).includes(null)));
  // A variable read to work out one that is read is read too: repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of unread) {
      if ((uses.get(name) ?? []).some((into) => into === null || !unread.has(into))) {
        unread.delete(name);
        changed = true;
      }
    }
  }
  return unread;
}
