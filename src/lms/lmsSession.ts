/**
 * One case's link with the LMS for the life of the page, with no DOM in it: reads the
 * LMS's saved progress, decides what to resume from, reports each saved snapshot
 * (decisions as interactions, completion and score at the debrief, the session as
 * suspend data) and finishes when the page goes away.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import type { SavedSession } from '../engine/playMachine';
import { sessionKey, type KeyValueStorage, type LoadResult } from '../persistence/sessionStore';
import { chooseResume, type FromLms } from './chooseResume';
import type { LmsAdapter } from './lmsAdapter';
import type { OfferedOptions } from '../log/offeredOptions';
import { interactionsFrom, isComplete, lmsScore } from './lmsReport';
import { rebuildSession } from './rebuildSession';
import { decodeSuspendData, encodeSuspendData, type SuspendForm } from './suspendData';

/** The prefix of src/persistence/sessionStore.ts, so what is kept aside here is listed (and exportable) with the rest. */
const SET_ASIDE_KEY = 'permanence.set-aside.';

export const choicesOnlyNotice = (limit: number): string => `Your LMS keeps only a little of your progress (${limit.toLocaleString('en-GB')} characters), so from now on it keeps your choices but not the reasons you wrote. This browser keeps everything: to keep your reasons elsewhere, export your log.`;
export const TOO_BIG_NOTICE = 'Your LMS cannot keep any more of your progress, so on another computer this case would open where the LMS last kept it. This browser keeps everything: export your log to keep it.';

export class LmsSession {
  private fromLms: FromLms = { kind: 'none' };
  private recorded = 0;
  private nextInteraction = 0;
  private playThrough = '';
  private lastSuspend = '';
  private lastPhase = '';
  private reportedScore: number | null = null;
  private form: SuspendForm | 'none' = 'full';
  private finished = false;
  private resumed = false;
  private readonly startedAt: number;

  constructor(
    private readonly adapter: LmsAdapter,
    readonly caseId: string,
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => Date = () => new Date(),
    /** The options the story offered on a log's path (for the interactions); null where the story is not at hand. */
    private readonly optionsOf: (log: SavedSession['log']) => OfferedOptions | null = () => null,
  ) {
    this.startedAt = now().getTime();
  }

  /** Initialises the LMS's session; false when the LMS refuses (the game then plays standalone). */
  open(): boolean {
    if (!this.adapter.initialise()) return false;
    this.nextInteraction = this.adapter.interactionCount();
    this.adapter.markStarted();
    return true;
  }

  /** Reads the LMS's saved progress; the choices form needs the case itself to be replayed. */
  /** `load` is given the version prefix the choices were made on, to load that version where it is kept. */
  async readProgress(load: (versionPrefix?: string) => Promise<ScenarioBundle>): Promise<void> {
    const text = this.adapter.readSuspendData();
    const read = decodeSuspendData(text);
    if (read.kind === 'empty') return;
    if (read.kind === 'unreadable') {
      this.fromLms = this.unusable(text, read.reason);
      return;
    }
    if (read.kind === 'full') {
      this.fromLms = read.saved.log.scenario === this.caseId
        ? { kind: 'session', saved: read.saved, rebuilt: false, recorded: read.saved.log.entries.length }
        : this.unusable(text, `it belongs to another case (${read.saved.log.scenario})`);
      return;
    }
    try {
      const rebuilt = rebuildSession(read.choices, await load(read.choices.code.versionPrefix), this.now);
      this.fromLms = rebuilt.ok
        ? { kind: 'session', saved: rebuilt.saved, rebuilt: true, recorded: read.choices.entries }
        : this.unusable(text, `your choices could not be replayed (${rebuilt.reason})`);
    } catch (error) {
      this.fromLms = this.unusable(text, `the case could not be loaded to replay your choices (${(error as Error).message})`);
    }
  }

  /** Picks what to resume from, given this browser's own save. */
  resume(local: LoadResult): { found: LoadResult; notice: string | null } {
    // Reopened in the same page: this browser's save is current and the LMS has had every report.
    if (this.resumed) return { found: local, notice: null };
    this.resumed = true;
    const choice = chooseResume(this.fromLms, local);
    if (choice.setAsideLocal) this.keepAside(this.localText(), '');
    this.recorded = choice.recorded;
    this.playThrough = choice.found.kind === 'found' ? playThroughOf(choice.found.saved) : '';
    return { found: choice.found, notice: choice.notice };
  }

  /** Reports one saved snapshot; returns something to tell the learner, at most once per problem. */
  report(saved: SavedSession | null): string | null {
    if (this.finished || !saved || saved.log.scenario !== this.caseId) return null;
    // Commit what matters at once (a decision, a checkpoint, the debrief); a page read on is
    // sent with the next commit or when the page goes away, sparing the LMS a request per page.
    let changed = this.lastPhase === '' || (saved.phase !== this.lastPhase && ['partComplete', 'debrief', 'done'].includes(saved.phase));
    this.lastPhase = saved.phase;
    if (playThroughOf(saved) !== this.playThrough || saved.log.entries.length < this.recorded) {
      // The learner started the case again: a new play-through, reported from its first decision.
      this.playThrough = playThroughOf(saved);
      this.recorded = 0;
    }
    // The story is walked only when there is something new to report.
    const fresh = saved.log.entries.slice(this.recorded).some((e) => e.decision !== null);
    for (const interaction of interactionsFrom(saved.log, this.recorded, fresh ? this.optionsOf(saved.log) : null)) {
      this.adapter.recordInteraction(this.nextInteraction++, interaction);
      changed = true;
    }
    this.recorded = saved.log.entries.length;
    if (isComplete(saved)) {
      const score = lmsScore(saved.log.scores);
      if (score !== this.reportedScore) {
        this.adapter.markCompleted(score);
        this.reportedScore = score;
        changed = true;
      }
    }
    const notice = this.writeSuspendData(saved);
    if (changed) this.adapter.commit();
    return notice;
  }

  /** The page is going away: session time, suspend, finish. Safe to call more than once. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.adapter.terminate(this.now().getTime() - this.startedAt);
  }

  private writeSuspendData(saved: SavedSession): string | null {
    const encoded = encodeSuspendData(saved, this.adapter.suspendLimit);
    const form = encoded?.form ?? 'none';
    const before = this.form;
    this.form = form;
    if (encoded && encoded.text !== this.lastSuspend && this.adapter.writeSuspendData(encoded.text)) this.lastSuspend = encoded.text;
    if (form === before || form === 'full') return null;
    return form === 'choices' ? choicesOnlyNotice(this.adapter.suspendLimit) : TOO_BIG_NOTICE;
  }

  private unusable(text: string, reason: string): FromLms {
    this.keepAside(text, 'lms.');
    return { kind: 'unusable', reason };
  }

  private localText(): string | null {
    try {
      return this.storage?.getItem(sessionKey(this.caseId)) ?? null;
    } catch {
      return null;
    }
  }

  /** Keeps a saved game that will not be used, so nothing is lost (see sessionStore.ts). */
  private keepAside(text: string | null, source: 'lms.' | ''): void {
    if (!text) return;
    try {
      this.storage?.setItem(`${SET_ASIDE_KEY}${this.caseId}.${source}${this.now().toISOString()}`, text);
    } catch {
      // Storage full or refused: the entry stays where it was (the LMS, or this browser's save) until overwritten.
    }
  }
}

function playThroughOf(saved: SavedSession): string {
  return `${saved.log.seed}@${saved.log.startedAt}`;
}
