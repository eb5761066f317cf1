/**
 * The only runtime door to inkjs: continue, list choices with parsed tags, choose,
 * save and restore state, seed randomness, read and observe variables.
 */
import { Story } from 'inkjs';
import {
  emptyPassageMeta, parseChoiceTags, parseGlobalTags, readLineTags,
  type ChoiceMeta, type PassageMeta, type StoryInfo,
} from './tagContract';
import { DRAW_FUNCTION, drawFact, type Draw } from './seededDraw';

/** How a hidden fact gets its value: from the seed in play, or each value in turn when exploring. */
export type DrawSource = (fact: string, n: number) => number;

export interface Line {
  text: string;
  tags: string[];
}

export interface ChoiceView {
  index: number;
  text: string;
  tags: string[];
  meta: ChoiceMeta;
}

/** Everything the story said between two choice points. */
export interface Passage {
  lines: Line[];
  meta: PassageMeta;
  choices: ChoiceView[];
  /** True when the story can neither continue nor offer a choice. */
  ended: boolean;
  /** Runtime errors inkjs reported while producing this passage. */
  errors: string[];
}

/**
 * The steps inkjs may take between two choice points. The longest passage of a shipped case
 * takes about 1,000; a story that loops without a choice (`=== a === Again. -> a`, or `-> a`
 * inside `a`) would otherwise run, and fill memory, for ever.
 */
export const STEP_BUDGET = 100_000;

/** The story ran past the step budget without offering a choice or ending. */
export class StoryLoopError extends Error {
  constructor(readonly where: string, readonly steps: number) {
    super(`the story runs on at "${where}" for more than ${steps.toLocaleString('en-GB')} steps without offering a choice or ending: it loops without end (a divert back into the same knot, or text that repeats); give the loop a choice or a way out`);
    this.name = 'StoryLoopError';
  }
}

/** The knot or stitch of an ink path ("a.s.0.c-1" is in "a.s"); the whole path where it names none. */
export function flowOfPath(path: string): string {
  const names = path.split('.');
  const end = names.findIndex((n) => /^(\d+|[cg]-\d+|s)$/.test(n));
  return end > 0 ? names.slice(0, end).join('.') : path;
}

/** The knot a game that starts at part N (N ≥ 2) opens at: the part's shared starting point. */
export function sharedStartKnot(part: number): string {
  return `shared_start_${part}`;
}

export class StoryRunner {
  readonly story: Story;
  readonly variableNames: string[];
  private errors: string[] = [];
  private seed = 0;
  private drawSource: DrawSource | null = null;
  /** The hidden facts drawn since the last reset, each once, in the order first drawn. */
  private drawn: Draw[] = [];
  /** Steps taken in the current continuePassage (null outside it), and where the budget ran out. */
  private steps: number | null = null;
  private loopedAt: string | null = null;

  constructor(compiledJson: string) {
    // Parsed here, not by inkjs: on engines without JSON.parse source access (Node 20,
    // Safari) inkjs rewrites numbers like ", 10.00" with a regular expression before
    // parsing, which corrupts narrative text that contains them.
    this.story = new Story(JSON.parse(compiledJson) as Record<string, unknown>);
    this.variableNames = globalVariableNames(compiledJson);
    this.story.onError = (message: string) => {
      this.errors.push(message);
    };
    // Not lookahead-safe: inkjs then stops before the call, so each draw is made once, in order.
    this.story.BindExternalFunction(DRAW_FUNCTION, (fact: unknown, n: unknown) => this.draw(String(fact), Number(n)), false);
    // Each inkjs step passes here: past the budget the story is ended where it stands, so the
    // Continue in progress returns cleanly and continuePassage can report the loop.
    const story = this.story as unknown as { ContinueSingleStep: () => boolean };
    const step = story.ContinueSingleStep.bind(story);
    story.ContinueSingleStep = () => {
      if (this.steps === null || ++this.steps <= STEP_BUDGET) return step();
      this.loopedAt ??= flowOfPath(this.where());
      this.story.state.ForceEnd();
      return false;
    };
  }

  /** Where the story stands: the ink path of its next step, or of the choice point it waits at. */
  where(): string {
    const state = this.story.state;
    return state.currentPathString ?? this.story.currentChoices[0]?.sourcePath ?? state.previousPathString ?? '(the start)';
  }

  private draw(fact: string, n: number): number {
    if (this.drawSource) return this.drawSource(fact, n);
    const known = this.drawn.find((d) => d.fact === fact);
    if (known && known.of === n) return known.value;
    const value = drawFact(this.seed, fact, n);
    if (!known) this.drawn.push({ fact, value, of: n });
    return value;
  }

  /** Replaces the seed as the source of hidden facts (the explorer binds each value in turn). */
  drawFrom(source: DrawSource | null): void {
    this.drawSource = source;
  }

  /** The hidden facts drawn on the road since the last reset. */
  draws(): Draw[] {
    return this.drawn.map((d) => ({ ...d }));
  }

  info(): StoryInfo {
    return parseGlobalTags(this.story.globalTags ?? []);
  }

  /**
   * Back to the start, with a fixed seed so RANDOM replays identically. From part 2 on
   * (`startPart`), the story opens at that part's shared start (the knot `shared_start_N`)
   * instead of its beginning; the variables start at their declared values and that knot sets them.
   */
  reset(seed: number, startPart = 1): void {
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.seed = seed;
    this.drawn = [];
    this.errors = [];
    if (startPart === 1) return;
    if (!this.hasSharedStart(startPart)) {
      throw new RangeError(`the story has no shared start for part ${startPart} (a knot "=== ${sharedStartKnot(startPart)} ===")`);
    }
    this.story.ChoosePathString(sharedStartKnot(startPart));
  }

  /** Whether the story has a shared start for this part (a knot named `shared_start_N`). */
  hasSharedStart(part: number): boolean {
    return Number.isInteger(part) && part >= 2 && this.story.mainContentContainer.namedContent.has(sharedStartKnot(part));
  }

  /** Continues up to the next choice point (or the end) and reports what was said. */
  continuePassage(): Passage {
    const lines: Line[] = [];
    let meta = emptyPassageMeta();
    this.steps = 0;
    this.loopedAt = null;
    try {
      while (this.story.canContinue && this.loopedAt === null) {
        const text = (this.story.Continue() ?? '').trim();
        const tags = [...(this.story.currentTags ?? [])];
        meta = readLineTags(meta, tags);
        if (text !== '' || tags.length > 0) lines.push({ text, tags });
      }
    } finally {
      this.steps = null;
    }
    if (this.loopedAt !== null) {
      this.errors = [];
      throw new StoryLoopError(this.loopedAt, STEP_BUDGET);
    }
    const choices = this.choices();
    const errors = this.errors;
    this.errors = [];
    return { lines, meta, choices, ended: choices.length === 0, errors };
  }

  choices(): ChoiceView[] {
    return this.story.currentChoices.map((choice) => {
      const tags = [...(choice.tags ?? [])];
      return { index: choice.index, text: choice.text.trim(), tags, meta: parseChoiceTags(tags) };
    });
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`choice ${index} is not one of the ${count} options offered`);
    }
    this.story.ChooseChoiceIndex(index);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  restoreState(json: string): void {
    // LoadJsonObj for the same reason as in the constructor: saved output text can hold ", 10.00".
    this.story.state.LoadJsonObj(JSON.parse(json) as Record<string, unknown>);
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** Every global variable, for the case file (lives_with, legal_status, tie_*). */
  variables(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of this.variableNames) out[name] = this.story.variablesState.$(name);
    return out;
  }

  observe(name: string, onChange: (name: string, value: unknown) => void): void {
    this.story.ObserveVariable(name, onChange);
  }
}

/** VAR names, read from the "global decl" block of the compiled JSON (ink's public format). */
function globalVariableNames(compiledJson: string): string[] {
  const names: string[] = [];
  const root = (JSON.parse(compiledJson) as { root?: unknown[] }).root ?? [];
  const last = root[root.length - 1] as Record<string, unknown> | null;
  const decl = last?.['global decl'];
  if (Array.isArray(decl)) {
    for (const item of decl) {
      const name = (item as Record<string, unknown> | null)?.['VAR='];
      if (typeof name === 'string') names.push(name);
    }
  }
  return names;
}
