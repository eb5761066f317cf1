/**
 * A log's path replayed entry by entry, in time linear in the number of entries however
 * often the log goes back to choose again (a hostile log can hold thousands of re-choices).
 * Where the log goes back, the runner's saved state at that choice point is restored rather
 * than replayed from the start; an option chosen there before is not played again, and an
 * option taken back at once is never played. Each entry costs at most one story step and one
 * saved state.
 */
import type { Passage, StoryRunner } from '../story/StoryRunner';
import { partAfter } from '../story/walk';
import type { LogEntry } from './logSchema';

interface Point {
  passage: Passage;
  /** The part in force when these options are shown. */
  part: string | null;
  /** The runner's state here, kept where the path may come back to this point. */
  state: string | null;
  /** At a point the log comes back to: the point each option chosen there led to. */
  next: Map<number, Point> | null;
}

/**
 * The steps a later entry goes back to (it chooses again at a step no deeper than the entry
 * before it). The steps alone say where, so this is known before anything is replayed.
 */
export function returnSteps(entries: readonly Pick<LogEntry, 'step'>[]): Set<number> {
  const steps = new Set<number>();
  for (let n = 1; n < entries.length; n++) if (entries[n]!.step <= entries[n - 1]!.step) steps.add(entries[n]!.step);
  return steps;
}

export class PathReplay {
  /** points[k]: the choice point after k choices of the path. */
  private readonly points: Point[] = [];
  /**
   * The option chosen at the end of the path, not yet played: played only when a later entry
   * or the ending needs where it leads (a choice taken back at once never is).
   */
  private pending: number | null = null;
  /** Where the runner's state is, on the path; -1 once it is elsewhere. */
  private at = 0;
  /** Whether the path was ever cut back: the runner then holds facts drawn on roads since left. */
  wentBack = false;

  constructor(
    private readonly runner: StoryRunner,
    seed: number,
    private readonly returns: ReadonlySet<number>,
    startPart = 1,
  ) {
    runner.reset(seed, startPart);
    const first = runner.continuePassage();
    this.points.push(this.point(first, partAfter(first, null), 0, false));
  }

  /** How many choices the path holds. */
  get length(): number {
    return this.points.length - 1 + (this.pending === null ? 0 : 1);
  }

  /** The choice point after `step` choices (step ≤ length). */
  pointAt(step: number): { passage: Passage; part: string | null } {
    if (step === this.points.length) this.play();
    return this.points[step]!;
  }

  /** Cuts the path back to its first `step` choices, to choose again there. */
  backTo(step: number): void {
    if (step >= this.length) return;
    this.pending = null;
    this.points.length = step + 1;
    if (this.at > step) this.at = -1;
    this.wentBack = true;
  }

  /** Chooses an option at the end of the path; the caller has checked the story offers it. */
  choose(index: number): void {
    if (this.pending !== null) this.play();
    this.pending = index;
  }

  /** Plays the pending option: from memory where it was played here before, else in the story. */
  private play(): void {
    const index = this.pending!;
    this.pending = null;
    const step = this.points.length - 1;
    const from = this.points[step]!;
    const known = from.next?.get(index);
    if (known) {
      this.points.push(known);
      return;
    }
    if (this.at !== step) this.runner.restoreState(from.state!);
    this.runner.choose(index);
    const passage = this.runner.continuePassage();
    const to = this.point(passage, partAfter(passage, from.part), step + 1, from.next !== null);
    from.next?.set(index, to);
    this.points.push(to);
    this.at = step + 1;
  }
  /**
   * A point keeps the runner's state where the path may return to it without the runner:
   * at a step a later entry goes back to, and after an option remembered there.
   */
  private point(passage: Passage, part: string | null, step: number, remembered: boolean): Point {
    const returns = this.returns.has(step);
    return { passage, part, state: returns || remembered ? this.runner.saveState() : null, next: returns ? new Map() : null };
  }
}
