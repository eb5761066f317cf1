/**
 * The assessor's review mode (#review): open one participant's log, a saved review or a
 * replay code; see it verified against the story; mark it; keep it. The review that is
 * open is remembered for this tab only (sessionStorage), so a reload reopens it with
 * its marks, which live in localStorage under the log's digest.
 */
import type { ScenarioBundle } from '../../content/scenarioBundle';
import { logToJson } from '../../log/exportLog';
import type { ReviewSource } from '../../review/annotatedReview';
import type { ReplayCode } from '../../log/replayCode';
import { openText } from '../../review/openInput';
import { emptyMarks, type ReviewMarks } from '../../review/reviewMarks';
import { reviewOfSource, scenarioOf, verificationOf } from '../../review/reviewOfSource';
import { runInSlices } from '../../log/inSlices';
import { yieldToPage } from '../yieldToPage';
import { REVIEW_PREFIX, ReviewStore, sourceDigest } from '../../review/reviewStore';
import { el } from '../dom';
import type { Mode, ModeContext } from '../modes';
import { browserStorage, tabStorage } from '../storage';
import { openPanel } from './openPanel';
import { reviewView } from './reviewView';
import './review.css';

/** The review open in this tab: the log's JSON or the replay code. */
const OPEN_KEY = 'permanence.review-open';

function remember(source: ReviewSource | null): void {
  try {
    if (source) tabStorage()?.setItem(OPEN_KEY, source.kind === 'log' ? logToJson(source.log) : source.code);
    else tabStorage()?.removeItem(OPEN_KEY);
  } catch {
    // A full or blocked tab storage only means a reload shows the opening screen again.
  }
}

export const reviewMode: Mode = {
  title: "Assessor's review",
  mount(root: HTMLElement, context: ModeContext) {
    const store = new ReviewStore(browserStorage());
    let disposed = false;
    const leave = () => {
      remember(null);
      context.leave();
    };

    const showPanel = () => {
      const panel = openPanel({ open: (text, from) => void open(text, from, panel.refuse, panel.busy), leave });
      root.replaceChildren(panel.node);
      panel.focus.focus();
      return panel;
    };

    /** The story of the version the source names, where this game keeps it; else the current one. */
    const loadStory = async (id: string, source: ReviewSource, code: ReplayCode | null): Promise<ScenarioBundle | null> => {
      const { versions } = context;
      const version = source.kind === 'log' ? source.log.storyVersion : code ? versions.versionForPrefix(id, code.versionPrefix) : undefined;
      if (!(await versions.ensureVersion(id, version)) && version !== undefined) await versions.ensureVersion(id);
      return (version === undefined ? undefined : versions.lookup(id, version)) ?? versions.lookup(id) ?? null;
    };

    const open = async (text: string, from: string, refuse: (m: string) => void, busy: (t: string | null) => void) => {
      const opened = openText(text);
      if (!opened.ok) {
        refuse(`${from === 'the replay code' ? 'The replay code' : from} could not be opened. ${opened.message}`);
        return;
      }
      busy('Checking the log against the case…');
      const scenario = scenarioOf(opened.source, opened.code);
      let bundle: ScenarioBundle | null;
      try {
        bundle = await loadStory(scenario, opened.source, opened.code);
      } catch (err) {
        refuse(`The case "${scenario}" could not be loaded (${err instanceof Error ? err.message : String(err)}), so the log cannot be checked. Reload the page and try again.`);
        return;
      }
      if (disposed) return;
      let prepared;
      try {
        // A long log is checked in slices, saying how far it has got, so the page never freezes.
        const verification = verificationOf(opened.source, bundle);
        const entries = opened.source.kind === 'log' ? opened.source.log.entries.length : 0;
        const verdict = verification ? await runInSlices(verification, { pause: yieldToPage, onPause: (n) => busy(`Checking the log against the case: decision ${n.toLocaleString('en-GB')} of ${entries.toLocaleString('en-GB')}…`) }) : undefined;
        if (disposed) return;
        prepared = reviewOfSource(opened.source, opened.code, bundle, context.versions.currentVersion(scenario), verdict);
      } catch (err) {
        console.error(err);
        refuse(`${from} could not be replayed against the case (${err instanceof Error ? err.message : String(err)}). The file has not been changed; ask the participant to export their log again.`);
        return;
      }
      if (!prepared.ok) {
        refuse(prepared.message);
        return;
      }
      busy(null);
      const digest = sourceDigest(opened.source);
      let marks: ReviewMarks = emptyMarks();
      const notes: string[] = [];
      if (opened.marks) {
        marks = opened.marks;
        const adopted = store.adopt(digest, marks);
        notes.push('Opened from a saved review: the marks are the ones in the file.');
        if (adopted.setAsideKey) notes.push(`Different marks on this device for the same log have been kept aside (in this browser's storage, under ${adopted.setAsideKey}), not deleted.`);
        if (!adopted.saved.ok) notes.push(adopted.saved.reason);
      } else {
        const loaded = store.load(digest);
        if (loaded.kind === 'found') {
          marks = loaded.marks;
          notes.push('Your earlier marks on this log have been restored from this device.');
        } else if (loaded.kind === 'set-aside') {
          notes.push(`Marks saved earlier for this log could not be read (${loaded.reason}); they have been kept aside under ${loaded.key}, and this review starts unmarked.`);
        }
      }
      remember(opened.source);
      // Each save writes only what this tab changed, so a second tab on the same log keeps its marks.
      let previous = marks;
      const view = reviewView({
        model: prepared.model, source: opened.source, log: prepared.log, marks, bundle,
        save: (m) => {
          const saved = store.saveChange(digest, previous, m);
          previous = m;
          return saved;
        },
        opening: notes.length > 0 ? notes.join(' ') : null,
        openAnother: () => {
          remember(null);
          showPanel();
        },
        leave,
      });
      root.replaceChildren(view.node);
      view.focus.focus();
      watchOtherTabs(REVIEW_PREFIX + digest, view.node);
    };

    /** Says once when another tab saves marks on the same log: both tabs' marks are kept; a reload shows them all. */
    let stopWatching = () => {};
    const watchOtherTabs = (key: string, node: HTMLElement) => {
      stopWatching();
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key || event.newValue === null || node.querySelector('.other-tab')) return;
        const notice = el('p', 'This review is also open in another tab or window, and marks are being made there too. Each tab saves only the marks it changes, so none is overwritten; reload this page to see them all together.', 'notice other-tab');
        notice.setAttribute('role', 'status');
        node.prepend(notice);
      };
      window.addEventListener('storage', onStorage);
      stopWatching = () => window.removeEventListener('storage', onStorage);
    };

    const reopen = tabStorage()?.getItem(OPEN_KEY) ?? null;
    const panel = showPanel();
    if (reopen) {
      void open(reopen, 'The review that was open', (message) => {
        remember(null);
        panel.refuse(message);
      }, panel.busy);
    }
    return () => {
      disposed = true;
      stopWatching();
      root.replaceChildren();
    };
  },
};
