/**
 * The play machine: one participant's session with one scenario.
 * loading -> briefing -> playing (narrating / choosing / justifying) -> partComplete
 * -> debrief -> done. Events name what happened; an event a state does not expect is
 * ignored, and one it refuses leaves a message and changes nothing else.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { ScenarioBundle } from '../content/scenarioBundle';
import { StoryRunner } from '../story/StoryRunner';
import { startPartOf, type BalanceRow, type DecisionLog, type Ranking } from '../log/logSchema';
import { isFullOrdering } from '../scoring/rankDistance';
import {
  arrive, entryFor, firstView, newLog, openNextPart, phaseOf,
  replayView, withTotals, type SessionView,
} from './session';
import { needsReasons } from '../decisions/kind';
import { rankingFor, startOrder } from '../decisions/rank';
import { isCompleteBalance, trimmedRows } from '../decisions/balance';
import { overLimit } from '../log/textLimits';
import { upgradeLog } from '../decisions/judgeLog';
import { activeEntries, activePath } from '../log/activePath';

export const PLAY_MACHINE_VERSION = 1;

/** What the participant is told straight after answering an activity. */
export interface ActivityFeedback {
  correct: boolean;
  why: string;
}

export type ResumePhase = 'briefing' | 'narrating' | 'choosing' | 'justifying' | 'partComplete' | 'debrief' | 'done';

/** What is saved to resume a session: the log, and where on screen the player was. */
export interface SavedSession {
  machineVersion: number;
  phase: ResumePhase;
  log: DecisionLog;
  screen: { from: number; to: number };
  read: boolean;
  part: string | null;
  pending: number | null;
  balance: BalanceRow[] | null;
  /** The story's variables when saved (what carries between parts); checked against the replay on resume. */
  variables: Record<string, string | number | boolean | null>;
}

export interface PlayInput {
  bundle?: ScenarioBundle;
  /** A runner for `bundle` to reuse (parsing a story is the costly part of starting); never share one between live sessions. */
  runner?: StoryRunner;
  load?: () => Promise<ScenarioBundle>;
  seed: number;
  /** The part to start at, from its shared starting point (1, the beginning, by default). */
  startPart?: number;
  participant?: string;
  cohort?: string | null;
  now?: () => Date;
  resume?: SavedSession;
}

export interface PlayContext {
  bundle: ScenarioBundle | null;
  runner: StoryRunner | null;
  load: (() => Promise<ScenarioBundle>) | null;
  now: () => Date;
  seed: number;
  startPart: number;
  participant: string;
  cohort: string | null;
  log: DecisionLog | null;
  view: SessionView | null;
  pending: number | null;
  balance: BalanceRow[] | null;
  shownAt: string | null;
  message: string | null;
  /** Feedback on the activity just answered, until the next choice. */
  feedback: ActivityFeedback | null;
  resume: SavedSession | null;
}

export type PlayEvent =
  | { type: 'START'; participant?: string; cohort?: string | null }
  | { type: 'CONTINUE' }
  | { type: 'CHOOSE'; index: number }
  | { type: 'WEIGH'; rows: BalanceRow[] }
  | { type: 'RANK'; order: number[]; reasons: string }
  | { type: 'JUSTIFY'; text: string }
  /** At a reflection point: the written reflection, which takes its one choice. */
  | { type: 'REFLECT'; text: string }
  | { type: 'CANCEL' }
  | { type: 'TAKE_BACK' }
  | { type: 'NEXT_PART' }
  | { type: 'FINISH' }
  | { type: 'RESTART'; seed: number };

const REASONS_EMPTY = 'Write your reasons before you go on: the box is empty.';

/** Typed text is refused here, where it is typed, if the log could not keep it: never on reading it back. */
const reasonsTooLong = (text: string) => overLimit('reasons', text.trim(), 'Your reasons are');
const reflectionTooLong = (text: string) => overLimit('reflection', text.trim(), 'Your reflection is');
function balanceTooLong(rows: readonly BalanceRow[]): string | null {
  for (const [n, row] of rows.entries()) {
    const too = overLimit('balance', row.benefits.trim(), `The benefits you wrote for option ${n + 1} are`) ?? overLimit('balance', row.risks.trim(), `The risks you wrote for option ${n + 1} are`);
    if (too) return too;
  }
  return null;
}
const REFLECT_FIRST = 'Write your reflection in the box before you go on.';
const REFLECTION_EMPTY = 'Write your reflection before you go on: the box is empty.';
const RANK_FIRST = 'This decision asks you to put every option in order and give your reasons: use the ranking form.';
const WEIGH_FIRST = 'Weigh every option first: write its benefits and its risks for the child, then choose.';

function commit(context: PlayContext, index: number, extra: { justification?: string | null; ranking?: Ranking | null }): Partial<PlayContext> {
  const { runner, bundle, view, log } = context;
  if (!runner || !bundle || !view || !log) return {};
  const choice = view.passage.choices[index]!;
  const now = context.now();
  const entry = entryFor(view, log, choice, {
    justification: extra.justification ?? null,
    ranking: extra.ranking ?? null,
    balance: view.passage.meta.balance ? context.balance : null,
    shownAt: context.shownAt ?? now.toISOString(),
    chosenAt: now.toISOString(),
  });
  runner.choose(index);
  const next = arrive(view, choice.text, runner.continuePassage());
  return {
    view: next,
    log: withTotals({ ...log, entries: [...log.entries, entry] }, next, now, runner.draws()),
    pending: null, balance: null, message: null,
    feedback: entry.kind === 'activity' ? { correct: entry.correct === true, why: choice.meta.why ?? '' } : null,
  };
}

/** The order the ranking form opens in at the current decision (never the panel's). */
export function rankingStart(context: PlayContext): number[] {
  const view = context.view;
  if (!view?.passage.meta.rank) return [];
  return startOrder(context.seed, view.passage.meta.decision ?? '', view.passage.choices);
}

function validChoice(context: PlayContext, index: number): boolean {
  const count = context.view?.passage.choices.length ?? 0;
  return Number.isInteger(index) && index >= 0 && index < count;
}

export const playMachine = setup({
  types: {
    context: {} as PlayContext,
    events: {} as PlayEvent,
    input: {} as PlayInput,
  },
  actors: {
    loadScenario: fromPromise<ScenarioBundle, { load: () => Promise<ScenarioBundle> }>(({ input }) => input.load()),
  },
  guards: {
    resuming: ({ context }) => context.resume !== null,
    isNarrating: ({ context }) => context.view !== null && phaseOf(context.view) === 'narrating',
    isPartComplete: ({ context }) => context.view !== null && phaseOf(context.view) === 'partComplete',
    isChoosing: ({ context }) => context.view !== null && phaseOf(context.view) === 'choosing',
    canTakeBack: ({ context }) => context.log !== null && activeEntries(context.log).length > 0,
  },
  actions: {
    markShown: assign({ shownAt: ({ context }) => context.now().toISOString() }),
    markRead: assign({ view: ({ context }) => ({ ...context.view!, read: true }), message: null, feedback: null }),
  },
}).createMachine({
  id: 'play',
  initial: 'opening',
  context: ({ input }) => ({
    bundle: input.bundle ?? null,
    runner: input.runner ?? (input.bundle ? new StoryRunner(input.bundle.json) : null),
    load: input.load ?? null,
    now: input.now ?? (() => new Date()),
    seed: input.seed,
    startPart: input.startPart ?? 1,
    participant: input.participant ?? 'anonymous',
    cohort: input.cohort ?? null,
    log: null, view: null, pending: null, balance: null, shownAt: null, message: null, feedback: null,
    resume: input.resume ?? null,
  }),
  states: {
    opening: {
      always: [
        { guard: ({ context }) => context.bundle === null, target: 'loading' },
        { guard: 'resuming', target: 'resuming' },
        { target: 'briefing' },
      ],
    },
    loading: {
      invoke: {
        src: 'loadScenario',
        input: ({ context }) => ({ load: context.load ?? (() => Promise.reject(new Error('no scenario was given'))) }),
        onDone: {
          target: 'opening',
          actions: assign({ bundle: ({ event }) => event.output, runner: ({ event }) => new StoryRunner(event.output.json) }),
        },
        onError: {
          target: 'failed',
          actions: assign({ message: ({ event }) => `The case could not be loaded (${String((event.error as Error)?.message ?? event.error)}). Check your connection or reload the page; nothing you have done is lost.` }),
        },
      },
    },
    resuming: {
      entry: assign(({ context }) => restore(context)),
      always: [
        { guard: ({ context }) => context.message !== null && context.view === null, target: 'briefing' },
        { guard: ({ context }) => context.resume?.phase === 'debrief', target: 'debrief' },
        { guard: ({ context }) => context.resume?.phase === 'done', target: 'done' },
        { guard: ({ context }) => context.resume?.phase === 'briefing', target: 'briefing' },
        { guard: ({ context }) => context.resume?.phase === 'justifying' && context.pending !== null, target: 'playing.justifying' },
        { target: 'route' },
      ],
      exit: assign({ resume: null }),
    },
    failed: {},
    briefing: {
      on: {
        START: {
          target: 'route',
          actions: assign(({ context, event }) => {
            const runner = context.runner!;
            runner.reset(context.seed, context.startPart);
            const view = firstView(runner.continuePassage());
            const participant = event.participant?.trim() || context.participant;
            const cohort = event.cohort?.trim() || context.cohort;
            const log = newLog(context.bundle!, context.seed, participant, cohort, context.now(), context.startPart);
            return { view, log: withTotals(log, view, context.now(), runner.draws()), participant, cohort, message: null, feedback: null };
          }),
        },
      },
    },
    route: {
      always: [
        { guard: 'isNarrating', target: 'playing.narrating' },
        { guard: 'isPartComplete', target: 'partComplete' },
        { guard: 'isChoosing', target: 'playing.choosing' },
        { target: 'debrief' },
      ],
    },
    playing: {
      initial: 'narrating',
      on: {
        TAKE_BACK: { guard: 'canTakeBack', target: 'route', actions: assign(({ context }) => takeBack(context)) },
      },
      states: {
        narrating: {
          // Where reading leads is known before the action runs (phaseOf is pure), so no routing step is needed.
          on: {
            CONTINUE: [
              { guard: ({ context }) => phaseOf({ ...context.view!, read: true }) === 'partComplete', target: '#play.partComplete', actions: 'markRead' },
              { guard: ({ context }) => phaseOf({ ...context.view!, read: true }) === 'choosing', target: 'choosing', actions: 'markRead' },
              { target: '#play.debrief', actions: 'markRead' },
            ],
          },
        },
        choosing: {
          entry: 'markShown',
          on: {
            CHOOSE: [
              { guard: ({ context, event }) => !validChoice(context, event.index), actions: assign({ message: 'That option is not available here: choose one of the options shown.' }) },
              { guard: ({ context }) => context.view!.passage.meta.rank, actions: assign({ message: RANK_FIRST }) },
              { guard: ({ context }) => context.view!.passage.meta.reflect !== null, actions: assign({ message: REFLECT_FIRST }) },
              { guard: ({ context }) => context.view!.passage.meta.balance && context.balance === null, actions: assign({ message: WEIGH_FIRST }) },
              {
                guard: ({ context, event }) => needsReasons(context.view!.passage.meta, context.view!.passage.choices[event.index]!.meta),
                target: 'justifying',
                actions: assign({ pending: ({ event }) => event.index, message: null }),
              },
              { target: '#play.route', actions: assign(({ context, event }) => commit(context, event.index, {})) },
            ],
            WEIGH: [
              {
                guard: ({ event }) => balanceTooLong(event.rows) !== null,
                actions: assign({ message: ({ event }) => balanceTooLong(event.rows) }),
              },
              {
                guard: ({ context, event }) => context.view!.passage.meta.balance && isCompleteBalance(context.view!.passage.choices, event.rows),
                actions: assign({ balance: ({ event }) => trimmedRows(event.rows), message: null }),
              },
              { guard: ({ context }) => context.view!.passage.meta.balance, actions: assign({ message: 'Write the benefits and the risks for the child of every option before you choose.' }) },
            ],
            REFLECT: [
              { guard: ({ context }) => context.view!.passage.meta.reflect === null, actions: assign({ message: 'There is no reflection to write here: choose one of the options shown.' }) },
              { guard: ({ event }) => event.text.trim() === '', actions: assign({ message: REFLECTION_EMPTY }) },
              { guard: ({ event }) => reflectionTooLong(event.text) !== null, actions: assign({ message: ({ event }) => reflectionTooLong(event.text) }) },
              // Lint holds a reflection point to one plain choice: the reflection takes it.
              { target: '#play.route', actions: assign(({ context, event }) => commit(context, context.view!.passage.choices[0]!.index, { justification: event.text.trim() })) },
            ],
            RANK: [
              { guard: ({ context }) => !context.view!.passage.meta.rank, actions: assign({ message: 'This decision does not ask for a ranking: choose one option.' }) },
              { guard: ({ context, event }) => !isFullOrdering(event.order, context.view!.passage.choices.length), actions: assign({ message: 'Put every option in order, each once, before you go on.' }) },
              { guard: ({ event }) => event.reasons.trim() === '', actions: assign({ message: 'Write your reasons for this order before you go on: the box is empty.' }) },
              { guard: ({ event }) => reasonsTooLong(event.reasons) !== null, actions: assign({ message: ({ event }) => reasonsTooLong(event.reasons) }) },
              {
                target: '#play.route',
                actions: assign(({ context, event }) => {
                  const ranking = rankingFor(event.order, context.view!.passage.choices, rankingStart(context));
                  return commit(context, event.order[0]!, { justification: event.reasons.trim(), ranking });
                }),
              },
            ],
          },
        },
        justifying: {
          on: {
            JUSTIFY: [
              { guard: ({ event }) => event.text.trim() === '', actions: assign({ message: REASONS_EMPTY }) },
              { guard: ({ event }) => reasonsTooLong(event.text) !== null, actions: assign({ message: ({ event }) => reasonsTooLong(event.text) }) },
              { target: '#play.route', actions: assign(({ context, event }) => commit(context, context.pending!, { justification: event.text.trim() })) },
            ],
            CANCEL: { target: 'choosing', actions: assign({ pending: null, message: null }) },
          },
        },
      },
    },
    partComplete: {
      on: {
        NEXT_PART: { target: 'route', actions: assign({ view: ({ context }) => openNextPart(context.view!), message: null }) },
        TAKE_BACK: { guard: 'canTakeBack', target: 'route', actions: assign(({ context }) => takeBack(context)) },
      },
    },
    debrief: {
      on: {
        FINISH: 'done',
        TAKE_BACK: { guard: 'canTakeBack', target: 'route', actions: assign(({ context }) => takeBack(context)) },
      },
    },
    done: {},
  },
  on: {
    RESTART: {
      target: '.briefing',
      actions: assign(({ event }) => ({ seed: event.seed, log: null, view: null, pending: null, balance: null, shownAt: null, message: null, feedback: null })),
    },
  },
});

/** Takes the last choice back: the log keeps it, marked as reconsidered, and play returns to that choice point. */
function takeBack(context: PlayContext): Partial<PlayContext> {
  const { log, runner, bundle } = context;
  if (!log || !runner || !bundle) return {};
  const now = context.now();
  const lastActive = log.entries.findLastIndex((e) => e.reconsideredAt === null);
  const entries = log.entries.map((e, i) => (i === lastActive ? { ...e, reconsideredAt: now.toISOString() } : e));
  const marked = { ...log, entries };
  const view = replayView(runner, log.seed, activePath(marked), startPartOf(log));
  return { view, log: withTotals(marked, view, now, runner.draws()), pending: null, balance: null, message: null, feedback: null };
}

/** The story's variables as plain values (lists and paths, which the contract does not use, as text). */
export function carriedVariables(runner: StoryRunner): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(runner.variables())) {
    out[name] = value === null || ['string', 'number', 'boolean'].includes(typeof value) ? (value as string | number | boolean | null) : String(value);
  }
  return out;
}

/** Rebuilds a saved session by replaying its choices: same text, same choices, same log. */
function restore(context: PlayContext): Partial<PlayContext> {
  const saved = context.resume!;
  const { runner, bundle } = context;
  if (!runner || !bundle) return {};
  if (saved.machineVersion !== PLAY_MACHINE_VERSION || saved.log.scenario !== bundle.id || saved.log.storyVersion !== bundle.version) {
    return { message: 'Your saved game was made with a version of this case this game does not keep, so it cannot be resumed. It has been kept aside in this browser: export its log from the notice on this screen, then start the case again.' };
  }
  try {
    const replayed = replayView(runner, saved.log.seed, activePath(saved.log), startPartOf(saved.log));
    const view: SessionView = { ...replayed, screen: saved.screen, read: saved.read, part: saved.part };
    if (saved.screen.to > view.passage.lines.length || saved.screen.from > saved.screen.to) throw new Error('saved screen is outside the passage');
    if (JSON.stringify(carriedVariables(runner)) !== JSON.stringify(saved.variables)) throw new Error('the story state does not match the save');
    // A save can pass the schema and still not fit its own replay: set it aside rather than crash on it.
    if ((saved.phase === 'debrief' || saved.phase === 'done') && !view.passage.ended) throw new Error('the save says the case ended, and the story has not');
    const offered = (index: number) => view.passage.choices.some((c) => c.index === index);
    if (saved.pending !== null && (saved.phase !== 'justifying' || !offered(saved.pending))) throw new Error('the saved pending choice is not offered here');
    if (saved.balance !== null && saved.balance.some((row) => !offered(row.choice))) throw new Error('the saved balance sheet is for other options');
    // A game begun before decisions were judged against the options offered goes on, judged so.
    const log = saved.log.version === 1 ? upgradeLog(saved.log, runner) : saved.log;
    return {
      view, log, seed: saved.log.seed, startPart: startPartOf(saved.log), participant: saved.log.participant, cohort: saved.log.cohort,
      pending: saved.pending, balance: saved.balance, message: null, feedback: null,
    };
  } catch {
    return { message: 'Your saved game does not replay against its version of this case, so it cannot be resumed. It has been kept aside in this browser: export its log from the notice on this screen, then start the case again.' };
  }
}
