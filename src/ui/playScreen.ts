/**
 * Draws play snapshots into the page. A screen is rebuilt only when the player has moved
 * on (so text typed into a form survives a refused submission); focus then moves to the
 * new screen, and new story text is read out by a polite live region.
 */
import { activeEntries } from '../log/activePath';
import type { PlaySnapshot } from '../engine/saveSession';
import type { ActivityFeedback } from '../engine/playMachine';
import { button, el, uid } from './dom';
import { settingsButton } from './settings/settingsButton';
import { CaseFilePanel } from './caseFile/caseFilePanel';
import { historyPanel } from './historyPanel';
import { downloadLog } from './logActions';
import { balanceScreen } from './screens/balanceScreen';
import { briefingScreen } from './screens/briefingScreen';
import { checkpointScreen } from './screens/checkpointScreen';
import { choiceScreen } from './screens/choiceScreen';
import { deferredScreen } from './screens/deferredScreen';
import { narratingScreen } from './screens/narratingScreen';
import { partTitle, renderPassage } from './screens/passageText';
import { rankScreen } from './screens/rankScreen';
import { reasonsScreen } from './screens/reasonsScreen';
import { reflectionScreen } from './screens/reflectionScreen';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screens/screenTypes';
import type { DraftBinder } from './draftFields';

export interface PlayScreenDeps extends ScreenContext {
  onScene: (scene: string | null) => void;
  /** Where each new screen keeps what is typed into it (none: nothing typed is kept). */
  drafts?: (snapshot: PlaySnapshot) => DraftBinder;
}

export class PlayScreen {
  private readonly passage = el('article', undefined, 'card passage');
  private readonly controls = el('div', undefined, 'controls');
  private readonly message = messageSlot();
  private readonly feedback = activityFeedback();
  private readonly notice = el('div', undefined, 'notices');
  private readonly saveProblem = el('div', undefined, 'notice save-problem');
  private readonly saveProblemText = el('p');
  private readonly takeBack: HTMLButtonElement;
  private readonly takeBackNote: HTMLElement;
  private readonly history = historyPanel();
  private readonly caseFile: CaseFilePanel = new CaseFilePanel((): HTMLElement | null => this.caseFileTool.hidden ? this.root.querySelector<HTMLElement>('.controls [tabindex="-1"], .passage [tabindex="-1"]') : this.caseFileTool);
  private readonly caseFileTool: HTMLButtonElement = this.caseFile.opener('button secondary no-print');
  private key = '';
  private passageKey = '';
  private current: BuiltScreen | null = null;
  private draft: DraftBinder | undefined;
  private readonly onKey = (e: KeyboardEvent): void => this.handleKey(e);

  constructor(private readonly root: HTMLElement, private readonly deps: PlayScreenDeps) {
    const header = el('header', undefined, 'play-header');
    const headerTools = el('div', undefined, 'header-tools');
    headerTools.append(settingsButton(), button('Back to the cases', deps.leave, 'button link no-print'));
    header.append(el('h1', deps.summary.info.title), headerTools);
    this.passage.setAttribute('aria-live', 'polite');
    this.passage.setAttribute('aria-label', 'Story');
    this.saveProblemText.setAttribute('role', 'alert');
    const exportNow = button('Export my log now', () => {
      const log = deps.snapshot().context.log;
      if (log) downloadLog(log);
    }, 'button small');
    this.saveProblem.append(this.saveProblemText, exportNow);
    this.saveProblem.hidden = true;
    this.takeBack = button('Take back my last decision', () => deps.send({ type: 'TAKE_BACK' }), 'button secondary no-print');
    // Said where the player decides to take a choice back: the log keeps what was taken back.
    this.takeBackNote = el('p', 'A decision you take back, and any reasons you gave for it, stay in your log: an assessor who reads it will see them.', 'hint take-back-note no-print');
    this.takeBack.setAttribute('aria-describedby', (this.takeBackNote.id = uid('take-back-note')));
    const tools = el('div', undefined, 'play-tools');
    tools.append(this.takeBack, this.takeBackNote, this.caseFileTool, this.history.node);
    root.replaceChildren(header, this.saveProblem, this.notice, this.passage, this.feedback.node, this.message, this.controls, tools, this.caseFile.node);
    document.addEventListener('keydown', this.onKey);
  }

  setSaveProblem(reason: string | null): void {
    if ((reason ?? '') !== this.saveProblemText.textContent) this.saveProblemText.textContent = reason ?? '';
    this.saveProblem.hidden = reason === null;
  }

  setNotice(text: string): void {
    const p = el('p', text, 'notice');
    p.setAttribute('role', 'status');
    this.notice.append(p);
  }

  dispose(): void {
    document.removeEventListener('keydown', this.onKey);
    this.caseFile.dispose();
    this.current?.dispose?.();
    this.current = null;
    this.draft?.dispose();
    this.draft = undefined;
    delete this.root.dataset.screen;
    this.root.replaceChildren();
  }

  render(snapshot: PlaySnapshot): void {
    this.caseFile.update(snapshot);
    const key = screenKey(snapshot);
    if (key !== this.key) {
      this.key = key;
      this.rebuild(snapshot);
    }
    const text = snapshot.context.message ?? '';
    const slot = this.current?.message ?? this.message;
    if (slot.textContent !== text) slot.textContent = text;
    if (slot !== this.message) this.message.textContent = '';
    this.feedback.show(snapshot.context.feedback);
  }

  private rebuild(snapshot: PlaySnapshot): void {
    this.current?.dispose?.();
    const built = this.build(snapshot);
    this.current = built;
    const view = snapshot.context.view;
    let heading: HTMLElement | null = null;
    if (built.showPassage && view) {
      const pk = passageKeyOf(snapshot);
      if (pk !== this.passageKey) {
        this.passageKey = pk;
        heading = renderPassage(this.passage, view, this.deps.summary.info.title);
      }
      this.passage.hidden = false;
    } else {
      this.passageKey = '';
      this.passage.replaceChildren();
      this.passage.hidden = true;
    }
    // The narrating screen focuses the new text's heading; the others bring their own target.
    const focus = snapshot.matches({ playing: 'narrating' }) ? heading ?? built.focus : built.focus;
    this.controls.replaceChildren(built.node);
    const log = snapshot.context.log;
    const live = snapshot.matches('playing') || snapshot.matches('partComplete') || snapshot.matches('debrief');
    this.takeBack.hidden = !(live && log !== null && activeEntries(log).length > 0);
    this.takeBackNote.hidden = this.takeBack.hidden;
    this.history.node.hidden = !view || !live;
    this.caseFileTool.hidden = !(live && snapshot.context.bundle?.caseFile);
    if (view) this.history.update(view.transcript);
    this.deps.onScene(view?.passage.meta.scene ?? null);
    const part = partTitle(view?.part ?? null);
    document.title = `${this.deps.summary.info.title}${part ? `, ${part}` : ''}: Permanence case simulations`;
    focus?.focus();
  }

  private build(snapshot: PlaySnapshot): BuiltScreen {
    // The old screen's typed text is written before the new screen reads its own.
    this.draft?.dispose();
    this.draft = this.deps.drafts?.(snapshot);
    const [name, make] = this.pick(snapshot);
    // Named on the page so tests (and styles) can tell the screens apart.
    this.root.dataset.screen = name;
    return make();
  }

  private pick(snapshot: PlaySnapshot): [string, () => BuiltScreen] {
    const ctx: ScreenContext = { ...this.deps, caseFileButton: () => this.caseFile.opener('button secondary'), draft: this.draft };
    if (snapshot.matches('loading')) return ['loading', () => statusScreen('Opening the case…')];
    if (snapshot.matches('failed')) return ['failed', () => failedScreen(ctx, snapshot.context.message)];
    if (snapshot.matches('briefing')) return ['briefing', () => briefingScreen(ctx)];
    if (snapshot.matches({ playing: 'narrating' })) return ['narrating', () => narratingScreen(ctx)];
    if (snapshot.matches({ playing: 'justifying' })) return ['justifying', () => reasonsScreen(ctx)];
    if (snapshot.matches({ playing: 'choosing' })) {
      const meta = snapshot.context.view!.passage.meta;
      if (meta.rank) return ['rank', () => rankScreen(ctx)];
      if (meta.balance) return ['balance', () => balanceScreen(ctx)];
      if (meta.reflect !== null) return ['reflection', () => reflectionScreen(ctx)];
      return ['choosing', () => choiceScreen(ctx)];
    }
    if (snapshot.matches('partComplete')) return ['checkpoint', () => checkpointScreen(ctx)];
    if (snapshot.matches('debrief')) return ['debrief', () => debrief(ctx, false)];
    if (snapshot.matches('done')) return ['done', () => debrief(ctx, true)];
    return ['waiting', () => statusScreen('One moment…')];
  }

  private handleKey(e: KeyboardEvent): void {
    if (!this.current?.onDigit || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    // Reading the case file is not choosing: number keys there do nothing.
    if (target?.closest('.case-file')) return;
    if (!/^[1-9]$/.test(e.key)) return;
    if (this.current.onDigit(Number(e.key))) e.preventDefault();
  }
}

/** Changes when the player has moved to a new screen; not when only a message or a draft changes. */
function screenKey(s: PlaySnapshot): string {
  const { view, log, pending } = s.context;
  return [JSON.stringify(s.value), passageKeyOf(s), view?.read, pending, log?.entries.length ?? -1].join('|');
}

function passageKeyOf(s: PlaySnapshot): string {
  const { view, log } = s.context;
  if (!view) return '';
  return [view.transcript.length, view.screen.from, view.screen.to, log ? activeEntries(log).length : 0, log?.entries.length ?? 0].join(':');
}

/**
 * Feedback on the check just answered. The live region stays on the page and only its words
 * change, so screen readers announce it politely after the new story text.
 */
function activityFeedback(): { node: HTMLElement; show: (f: ActivityFeedback | null) => void } {
  const node = el('div', undefined, 'activity-feedback');
  node.setAttribute('role', 'status');
  const card = el('div', undefined, 'card feedback-card');
  const verdict = el('p', undefined, 'feedback-verdict');
  const why = el('p', undefined, 'feedback-why');
  card.append(verdict, why);
  let shown = '';
  const show = (f: ActivityFeedback | null): void => {
    const key = f ? `${f.correct}|${f.why}` : '';
    if (key === shown) return;
    shown = key;
    if (!f) {
      node.replaceChildren();
      return;
    }
    verdict.textContent = f.correct ? 'Check: that is the right answer.' : 'Check: that is not the answer the case looks for.';
    why.textContent = f.why;
    why.hidden = !f.why;
    card.classList.toggle('right', f.correct);
    node.replaceChildren(card);
  };
  return { node, show };
}

/** The debrief's code arrives when the case ends, not before the first choice. */
function debrief(ctx: ScreenContext, finished: boolean): BuiltScreen {
  return deferredScreen('Preparing your debrief…', () => import('./screens/debriefScreen').then((m) => () => m.debriefScreen(ctx, finished)));
}

function statusScreen(text: string): BuiltScreen {
  const p = el('p', text, 'card status-line');
  p.setAttribute('role', 'status');
  return { node: p, focus: null, showPassage: false };
}

function failedScreen(ctx: ScreenContext, message: string | null): BuiltScreen {
  const box = el('div', undefined, 'card');
  const p = el('p', message ?? 'The case could not be opened. Reload the page to try again; nothing you have done is lost.', 'notice');
  p.setAttribute('role', 'alert');
  box.append(p, button('Back to the cases', ctx.leave, 'button secondary'));
  return { node: box, focus: box.querySelector('button'), showPassage: false };
}
