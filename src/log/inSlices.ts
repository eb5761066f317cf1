/**
 * Long work written as a generator that yields between its steps (verifySteps yields after
 * each entry of a log), run either at once (the CLI, tests) or in slices that give the page
 * back between them, so a 5 MB log being checked never freezes the review or the plenary.
 */

/** Runs the work to its end without pausing. */
export function runAtOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions<P> {
  /** Gives the page back (yieldToPage in the browser). */
  pause: () => Promise<void>;
  /** How long a slice may run before pausing, in milliseconds. */
  sliceMs?: number;
  /**
   * Told the last progress the work yielded (to say how far it has got), at a pause once a
   * `reportMs` has passed since the work began or was last reported: a status line read out
   * by a screen reader must not change every slice.
   */
  onPause?: (progress: P) => void;
  /** How often onPause is told, in milliseconds (1,000 by default). */
  reportMs?: number;
  /** The clock; performance.now by default. */
  clock?: () => number;
}

/** Runs the work, pausing whenever a slice has run `sliceMs` (30 by default). */
export async function runInSlices<P, T>(work: Generator<P, T>, options: SliceOptions<P>): Promise<T> {
  const { pause, sliceMs = 30, onPause, reportMs = 1000, clock = () => performance.now() } = options;
  let started = clock();
  let reported = started;
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    const now = clock();
    if (now - started < sliceMs) continue;
    if (onPause && now - reported >= reportMs) {
      onPause(next.value);
      reported = now;
    }
    await pause();
    started = clock();
  }
}
