/**
 * Randomness outside the one draw function breaks replay and exploration: a log's hidden facts
 * must all come through `draw(fact, n)`, which the game binds to the seed and the explorer to
 * each value in turn. A static scan of the compiled JSON finds every use, reached or not:
 * `RANDOM` compiles to the native "rnd", `LIST_RANDOM` to "lrnd", a shuffle (`{~a|b}`) to "seq".
 */
import { DRAW_FUNCTION } from './seededDraw';
import type { StoryProblem } from './checkPassage';

const RANDOM_COMMANDS: Record<string, string> = {
  rnd: 'RANDOM',
  lrnd: 'LIST_RANDOM',
  seq: 'a shuffle ({~...})',
};

/** Every use of randomness outside the draw function's ink fallback, named by its knot. */
export function findRandomness(compiledJson: string): StoryProblem[] {
  const root = (JSON.parse(compiledJson) as { root?: unknown[] }).root ?? [];
  const found = new Map<string, Set<string>>();
  const walk = (node: unknown, knot: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) {
        if (typeof item === 'string') {
          const what = RANDOM_COMMANDS[item];
          if (what) found.set(knot, (found.get(knot) ?? new Set()).add(what));
        } else walk(item, knot);
      }
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value, knot);
    }
  };
  // The last item of the root holds the named knots and functions; the rest is the opening text.
  const last = root.at(-1);
  const named = last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, unknown>) : {};
  walk(root.slice(0, -1), 'the opening lines');
  for (const [name, content] of Object.entries(named)) {
    if (name === DRAW_FUNCTION || name === 'global decl') continue;
    walk(content, `knot ${name}`);
  }
  return [...found].map(([where, whats]) => ({
    where,
    message: `uses ${[...whats].join(', ')}: randomness must come only through draw(fact, n), so that logs replay and every path is explored. Declare a "# fact:" and draw it instead`,
  }));
}
