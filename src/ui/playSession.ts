/**
 * One case being played in the page: starts the play machine (resuming a saved game when
 * there is one), saves every snapshot to browser storage, and hands each snapshot to the
 * screen to draw. The rules stay in the machine; this file only wires it to the page.
 */
import { createActor } from 'xstate';
import type { ScenarioBundle, ScenarioSummary } from '../content/scenarioBundle';
import type { VersionStore } from '../content/versionStore';
import { cannotResumeMessage, planResume } from '../persistence/resumePlan';
import { playMachine } from '../engine/playMachine';
import { saveSession } from '../engine/saveSession';
import { saveSlot, sessionKey, type SessionStore } from '../persistence/sessionStore';
import { newTabClaim, overtakenBy, claimInText } from '../persistence/tabClaim';
import type { DecisionLog } from '../log/logSchema';
import type { SavedSession } from '../engine/playMachine';
import { reportUnexpected } from './recovery/installRecovery';
import { cannotResumeNotice, damagedSaveNotice, deletedElsewhereNotice, overtakenNotice } from './recovery/storageNotices';
import { DELETING_KEY } from '../persistence/storedData';
import { draftPlace, type DraftStore } from '../persistence/draftStore';
import { draftBinder } from './draftFields';
import type { PlaySnapshot } from '../engine/saveSession';
import type { LmsLink } from '../lms/lmsBridge';
import { PlayScreen } from './playScreen';
import { keepFinishedAside } from './playAgain';

export interface PlaySessionOptions {
  summary: ScenarioSummary;
  load: () => Promise<ScenarioBundle>;
  /** The versions this game keeps: a saved game of an earlier version resumes on it. */
  versions?: VersionStore;
  store: SessionStore;
  /** Where text typed but not yet sent is kept, so a reload loses none of it. */
  drafts?: DraftStore;
  root: HTMLElement;
  onLeave: () => void;
  onScene?: (scene: string | null) => void;
  /** Every snapshot, after it is drawn (the page plays sound cues from them). */
  onSnapshot?: (snapshot: PlaySnapshot) => void;
  /** Inside an LMS: resume from what it kept, and report every saved snapshot to it. */
  lms?: LmsLink;
  /** A seed fixed by the link followed (`#play/<case>?seed=n`): the room meets the same hidden facts. */
  seed?: number | null;
  /** The cohort the link followed names (`cohort=<name>`): a new game's log carries it. */
  cohort?: string | null;
  /**
   * A part to start at, from its shared starting point (`#play/<case>/part/N`). Such a game has
   * its own save slot (saveSlot), so the player's continuing game is never overwritten.
   */
  startPart?: number;
}

export interface RunningSession {
  stop: () => void;
  /** The log of the case being played, for the recovery screen. */
  log: () => DecisionLog | null;
}

export function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0]! % 2 ** 31;
}

export function startPlaySession(options: PlaySessionOptions): RunningSession {
  const { store, summary } = options;
  const startPart = options.startPart ?? 1;
  const slot = saveSlot(summary.id, startPart);
  const local = store.load(slot);
  // The LMS keeps one game per case: a game from a shared start is this browser's alone.
  const lms = startPart > 1 ? undefined : options.lms;
  const resumed = lms?.resume(local) ?? { found: local, notice: null };
  const { found } = resumed;
  const versions = options.versions;
  const plan = planResume(found.kind === 'found' ? found.saved : undefined, summary.version, versions?.versionsOf(summary.id) ?? [summary.version]);
  // A saved game of an earlier version plays on that version's archived story.
  const load = plan.kind === 'resume' && !plan.current && versions
    ? async () => {
      if (!(await versions.ensureVersion(summary.id, plan.version))) throw new Error(`version ${plan.version} of this case could not be loaded`);
      return versions.lookup(summary.id, plan.version)!;
    }
    : options.load;
  const actor = createActor(playMachine, {
    input: { load, seed: options.seed ?? randomSeed(), startPart, cohort: options.cohort ?? null, resume: plan.kind === 'resume' ? plan.saved : undefined },
  });
  const screen = new PlayScreen(options.root, {
    summary,
    send: (event) => {
      // Playing a finished case again keeps the finished game (its debrief and its log) aside first.
      if (event.type === 'RESTART') keepFinished();
      actor.send(event);
    },
    snapshot: () => actor.getSnapshot(),
    leave: options.onLeave,
    onScene: options.onScene ?? (() => {}),
    newSeed: () => options.seed ?? randomSeed(),
    fixedSeed: options.seed ?? null,
    cohort: options.cohort ?? null,
    drafts: options.drafts ? (snapshot) => draftBinder(options.drafts!, slot, placeOf(snapshot), () => !deleted && !overtaken) : undefined,
  });
  if (found.kind === 'set-aside') showNotice(options.root, damagedSaveNotice(summary.id, found.reason, found.text));
  // Kept aside before anything new can start, so the new game never overwrites it.
  const setAside = (saved: SavedSession, reason: string) => {
    store.keepAside(saved, reason);
    showNotice(options.root, cannotResumeNotice(cannotResumeMessage(reason), saved.log));
  };
  if (plan.kind === 'set-aside') setAside(plan.saved, plan.reason);
  let resumeOpen = plan.kind === 'resume';
  if (resumed.notice) screen.setNotice(resumed.notice);
  // Two tabs on one case: the one that opened it last saves it; the other keeps its own game aside.
  const claim = newTabClaim(new Date());
  let overtaken = false;
  // "Delete everything" ran in another tab: this tab saves nothing more, so the deletion holds.
  let deleted = false;
  let last: SavedSession | null = null;
  const keepFinished = () => {
    const saved = last ?? (found.kind === 'found' ? found.saved : null);
    if (!deleted) keepFinishedAside(store, saved);
  };
  const persist = (saved: SavedSession) => {
    last = saved;
    if (deleted) return;
    if (!overtaken && overtakenBy(claim, store.storedClaim(slot))) becomeOvertaken();
    const result = overtaken ? store.saveAside(saved, claim) : store.save(saved, claim);
    screen.setSaveProblem(result.ok ? null : result.reason);
  };
  const becomeOvertaken = () => {
    overtaken = true;
    showNotice(options.root, overtakenNotice(() => actor.getSnapshot().context.log));
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === DELETING_KEY && event.newValue !== null && !deleted) {
      deleted = true;
      screen.setSaveProblem(null);
      showNotice(options.root, deletedElsewhereNotice(() => actor.getSnapshot().context.log));
      return;
    }
    if (deleted) return;
    if (event.key !== null && event.key !== sessionKey(slot)) return;
    if (overtaken) return;
    const other = claimInText(event.newValue);
    if (overtakenBy(claim, other)) {
      becomeOvertaken();
      if (last) persist(last);
    } else if (other?.id !== claim.id && last) {
      // An older tab saved over this one before it learnt it was overtaken (or the save was cleared): put this tab's game back.
      persist(last);
    }
  };
  window.addEventListener('storage', onStorage);
  const subscription = actor.subscribe((snapshot) => {
    if (resumeOpen && plan.kind === 'resume' && !snapshot.matches('loading') && !snapshot.matches('opening')) {
      resumeOpen = false;
      // The machine could not replay the save (it opens the briefing with its reason): keep it aside first.
      if (snapshot.matches('briefing')) setAside(plan.saved, 'it does not replay against its version of the case');
    }
    const saved = saveSession(snapshot);
    if (saved) persist(saved);
    const lmsNotice = lms?.report(saved) ?? null;
    if (lmsNotice) screen.setNotice(lmsNotice);
    try {
      screen.render(snapshot);
    } catch (error) {
      reportUnexpected(error);
      return;
    }
    // Once the game has moved on (a choice logged, the case started), a draft typed before is in the log or obsolete.
    if (saved && !deleted && !overtaken) options.drafts?.clearOtherThan(slot, placeOf(snapshot));
    options.onSnapshot?.(snapshot);
  });
  actor.start();
  return {
    log: () => actor.getSnapshot().context.log,
    stop: () => {
      window.removeEventListener('storage', onStorage);
      subscription.unsubscribe();
      actor.stop();
      screen.dispose();
    },
  };
}

/** Puts a notice with the screen's other notices (below the header). */
function showNotice(root: HTMLElement, node: HTMLElement): void {
  const notices = root.querySelector('.notices');
  if (notices) notices.append(node);
  else root.prepend(node);
}

/** Where the player is, for tying typed text to it. */
function placeOf(snapshot: PlaySnapshot): string {
  const log = snapshot.context.log;
  return draftPlace(log ? { startedAt: log.startedAt, steps: log.entries.length } : null);
}
