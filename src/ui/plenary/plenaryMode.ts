/**
 * The trainer's plenary mode (#plenary): load the group's logs and codes, then walk the
 * decisions, see the paths and scores, play a path and compare two, on a projector.
 * Everything stays in this browser. The rules live in src/plenary/; this file wires them
 * to the page.
 */
import './plenary.css';
import type { ScenarioBundle } from '../../content/scenarioBundle';
import { importLogText, MAX_LOG_BYTES, type ImportResult } from '../../log/importLog';
import { GroupIntake } from '../../plenary/groupIntake';
import { runInSlices } from '../../log/inSlices';
import { cohortsOf, inCohort } from '../../plenary/cohorts';
import { describeStart, startedAt, startingPartsOf } from '../../plenary/startingParts';
import { parsePart } from '../../story/tagContract';
import { visibleName } from '../../log/visibleName';
import type { VerifyResult } from '../../log/verifyLog';
import { yieldToPage } from '../yieldToPage';
import { findReplayCodes } from '../../plenary/findReplayCodes';
import { analyseGroup, type GroupAnalysis } from '../../plenary/analyseGroup';
import { participantLabel, type Participant } from '../../plenary/participant';
import { groupSummary, summaryToCsv, summaryToJson } from '../../plenary/groupSummary';
import { logsToCsv } from '../../log/exportLog';
import { csvStoryOf } from '../../log/csvStory';
import { walkKey } from '../../plenary/walkSteps';
import type { Mode, ModeContext } from '../modes';
import { button, el, uid } from '../dom';
import { intakePanel } from './intakePanel';
import { walkView } from './walkView';
import { pathsView } from './pathsView';
import { scoresView } from './scoresView';
import { playPathView, type PlayState } from './playPathView';
import { compareView, type CompareState } from './compareView';
import { downloadText } from '../logActions';
import type { PlenaryView, ViewContext } from './viewTypes';

const VIEWS = [
  { id: 'walk', name: 'Decision walk' },
  { id: 'paths', name: 'Paths' },
  { id: 'scores', name: 'Scores' },
  { id: 'play', name: 'Play a path' },
  { id: 'compare', name: 'Compare two' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

/** Lets the page draw between batches, so a long load shows its progress. */
/** How long the page checks logs and codes before giving the browser a moment, in milliseconds. */
const SLICE_MS = 30;

/**
 * Between files or codes: gives the browser a moment once SLICE_MS has passed since the last,
 * and says how far the work has got at most once a second (the status is read out).
 */
function pacer(status: HTMLElement): (words: () => string) => Promise<void> {
  let started = performance.now();
  let reported = started;
  return async (words) => {
    const now = performance.now();
    if (now - started < SLICE_MS) return;
    if (now - reported >= 1000) {
      status.textContent = words();
      reported = now;
    }
    await yieldToPage();
    started = performance.now();
  };
}

function mount(root: HTMLElement, context: ModeContext): () => void {
  document.documentElement.classList.add('plenary-open');
  const bundles = new Map<string, ScenarioBundle>();
  // The current version of each case (for the group view); older logs and codes verify against their own version.
  const intake = new GroupIntake((id, version) => (version === undefined ? bundles.get(id) : context.versions.lookup(id, version)), context.versions.versionsOf);
  let showNames = false;
  let scenario: string | null = null;
  /** The cohort shown (null: logs that name none); undefined shows the whole group. */
  let cohort: string | null | undefined;
  /** The starting part compared (1: games from the beginning); play-throughs from different starts are never mixed. */
  let startPart: number | undefined;
  let viewId: ViewId = 'walk';
  let analysis: GroupAnalysis | null = null;
  let view: PlenaryView | null = null;
  const walkState = { position: { decision: 0, stage: 0 } };
  const playState: PlayState = { who: 'majority', screen: 0 };
  const compareState: CompareState = { a: 0, b: 1 };
  let queue = Promise.resolve();

  const page = el('div', undefined, 'plenary');
  page.dataset.busy = 'false';
  const header = el('header', undefined, 'plenary-header');
  const title = el('h1', 'Trainer\'s plenary');
  title.tabIndex = -1;
  const names = button('Show names', () => {
    showNames = !showNames;
    names.setAttribute('aria-pressed', String(showNames));
    render();
  });
  names.setAttribute('aria-pressed', 'false');
  const tools = el('div', undefined, 'plenary-tools');
  tools.append(names, button('Back to the cases', () => context.leave(), 'button link'));
  header.append(title, tools);

  const announcer = el('p', undefined, 'visually-hidden');
  announcer.setAttribute('aria-live', 'polite');
  const announce = (text: string) => { announcer.textContent = text; };

  const intakeUi = intakePanel({
    files: (files) => { queue = queue.then(() => loadFiles(files)); },
    codes: (text) => { queue = queue.then(() => loadCodes(text)); },
  });

  const group = el('section', undefined, 'plenary-group');
  group.setAttribute('aria-label', 'The group\'s choices');
  group.hidden = true;
  const caseRow = el('div', undefined, 'field');
  const cohortRow = el('div', undefined, 'field');
  const startRow = el('div', undefined, 'field');
  const nav = el('nav', undefined, 'view-nav');
  nav.setAttribute('aria-label', 'Plenary views');
  const navButtons = VIEWS.map((v) => {
    const b = button(v.name, () => {
      viewId = v.id;
      intakeUi.element.open = false;
      render();
      page.querySelector<HTMLElement>('#plenary-view-heading')?.focus();
    });
    b.dataset.view = v.id;
    return b;
  });
  nav.append(...navButtons);
  const exports = el('div', undefined, 'actions');
  exports.append(
    button('Export group summary (JSON)', () => exportSummary('json')),
    button('Export group summary (CSV)', () => exportSummary('csv')),
    el('p', 'The summary holds counts and the story\'s own words only: no names, no written reasons.', 'plenary-note'),
    button('Export every decision of the verified logs (CSV)', exportRecords),
    el('p', 'For records: one row per decision of each verified log file, with pseudonyms and written reasons. Replay codes hold neither, so they are not in it.', 'plenary-note'),
  );
  const viewRoot = el('div', undefined, 'plenary-view');
  group.append(caseRow, cohortRow, startRow, nav, viewRoot, exports);
  page.append(header, announcer, intakeUi.element, group);
  root.replaceChildren(page);
  title.focus();

  /** Loads a case's current story and, when given, the version a log or code was played on (if kept). */
  async function ensureBundle(id: string, version?: string): Promise<void> {
    if (!Object.hasOwn(context.loaders, id)) return;
    await context.versions.ensureVersion(id, version);
    const current = context.versions.lookup(id);
    if (current && !bundles.has(id)) bundles.set(id, current);
  }

  async function run(work: () => Promise<string>): Promise<void> {
    const started = performance.now();
    page.dataset.busy = 'true';
    try {
      intakeUi.status.textContent = await work();
    } catch (error) {
      intakeUi.status.textContent = `Loading stopped: ${error instanceof Error ? error.message : String(error)}. What was loaded before is kept; reload the page and try again if it happens again.`;
    }
    refresh();
    page.dataset.loadMs = String(Math.round(performance.now() - started));
    page.dataset.submissions = String(intake.submissions.length);
    page.dataset.busy = 'false';
  }

  const summaryWords = (before: number) => {
    const added = intake.submissions.slice(before);
    const counted = added.filter((s) => s.participant).length;
    const aside = added.length - counted;
    return `${counted} counted${aside ? `, ${aside} set aside or duplicates (see the verdicts below)` : ''}.`;
  };

  function loadFiles(files: File[]): Promise<void> {
    return run(async () => {
      const before = intake.submissions.length;
      intakeUi.status.textContent = `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`;
      // Refused by size before reading, like the game's own import.
      const texts = await Promise.all(files.map((f) => (f.size > MAX_LOG_BYTES ? null : f.text())));
      // Each file, and each long log within it, is checked in slices so the page never freezes.
      const pace = pacer(intakeUi.status);
      for (const [i, file] of files.entries()) {
        const text = texts[i];
        const imported: ImportResult = text === null || text === undefined
          ? { ok: false, field: '(file)', reason: `is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_LOG_BYTES / 1024 / 1024} MB a decision log can be` }
          : importLogText(text);
        let verdict: VerifyResult | undefined;
        if (imported.ok) {
          await ensureBundle(imported.log.scenario, imported.log.storyVersion);
          const entries = imported.log.entries.length.toLocaleString('en-GB');
          verdict = await runInSlices(intake.verification(imported.log), {
            pause: yieldToPage,
            sliceMs: SLICE_MS,
            onPause: (n) => { intakeUi.status.textContent = `Checking file ${i + 1} of ${files.length}: decision ${n.toLocaleString('en-GB')} of ${entries}…`; },
          });
        }
        intake.addImported(file.name, imported, verdict);
        await pace(() => `Checked ${i + 1} of ${files.length} files…`);
      }
      return `Loaded ${files.length} file${files.length === 1 ? '' : 's'}: ${summaryWords(before)}`;
    });
  }

  function loadCodes(text: string): Promise<void> {
    return run(async () => {
      const found = findReplayCodes(text);
      if (found.length === 0) return 'No replay codes were found in the pasted text. A code looks like bradley.3f9a1c.1k2j4.0u4a5k2m9.x7q2: check that whole codes were copied.';
      const before = intake.submissions.length;
      const pace = pacer(intakeUi.status);
      for (const [i, f] of found.entries()) {
        if (f.ok) await ensureBundle(f.code.scenario, context.versions.versionForPrefix(f.code.scenario, f.code.versionPrefix));
        intake.addCode(f);
        await pace(() => `Checked ${i + 1} of ${found.length} codes…`);
      }
      return `Found ${found.length} code${found.length === 1 ? '' : 's'}: ${summaryWords(before)}`;
    });
  }

  function refresh(): void {
    const cases = intake.scenarios();
    if (!scenario || !cases.some((c) => c.id === scenario)) scenario = cases[0]?.id ?? null;
    const bundle = scenario ? bundles.get(scenario) : undefined;
    const everyone = scenario ? intake.participants(scenario) : [];
    if (cohort !== undefined && !cohortsOf(everyone).some((c) => c.name === cohort)) cohort = undefined;
    const starts = startingPartsOf(inCohort(everyone, cohort));
    if (startPart === undefined || !starts.some((s) => s.part === startPart)) {
      // The start most of the group played; on a tie, the earlier part.
      startPart = [...starts].sort((a, b) => b.count - a.count || a.part - b.part)[0]?.part;
    }
    analysis = bundle ? analyseGroup(bundle, startedAt(inCohort(everyone, cohort), startPart ?? 1), startPart ?? 1) : null;
    render();
  }

  function label(p: Participant): string {
    return participantLabel(p, showNames);
  }

  function renderCasePicker(): void {
    const cases = intake.scenarios();
    caseRow.replaceChildren();
    if (cases.length < 2) return;
    const id = uid('plenary-case');
    const lab = el('label', 'Case');
    lab.htmlFor = id;
    const select = el('select');
    select.id = id;
    for (const c of cases) select.append(new Option(`${bundles.get(c.id)?.info.title ?? c.id} (${c.count})`, c.id));
    select.value = scenario ?? '';
    select.addEventListener('change', () => {
      scenario = select.value;
      walkState.position = { decision: 0, stage: 0 };
      playState.screen = 0;
      refresh();
    });
    caseRow.append(lab, select, el('p', 'The group\'s logs are from more than one case: the views show one case at a time.', 'plenary-note'));
  }

  /** Where the case's logs name more than one cohort: the whole group, or one cohort at a time. */
  function renderCohortPicker(): void {
    const cohorts = scenario ? cohortsOf(intake.participants(scenario)) : [];
    cohortRow.replaceChildren();
    if (cohorts.length < 2) return;
    const id = uid('plenary-cohort');
    const lab = el('label', 'Cohort');
    lab.htmlFor = id;
    const select = el('select');
    select.id = id;
    const total = cohorts.reduce((n, c) => n + c.count, 0);
    select.append(new Option(`Everyone (${total})`, 'all'));
    cohorts.forEach((c, i) => select.append(new Option(`${c.name === null ? 'No cohort named (codes, and logs from a link without one)' : visibleName(c.name)} (${c.count})`, `c${i}`)));
    const shown = cohort === undefined ? -1 : cohorts.findIndex((c) => c.name === cohort);
    select.value = shown < 0 ? 'all' : `c${shown}`;
    select.addEventListener('change', () => {
      cohort = select.value === 'all' ? undefined : cohorts[Number(select.value.slice(1))]!.name;
      walkState.position = { decision: 0, stage: 0 };
      playState.screen = 0;
      refresh();
    });
    cohortRow.append(lab, select, el('p', 'The logs name more than one cohort (from the links participants followed): look at everyone, or one cohort at a time.', 'plenary-note'));
  }

  /** Where the play-throughs started: from the beginning, or at a part's shared starting point. */
  function renderStartPicker(): void {
    const everyone = scenario ? inCohort(intake.participants(scenario), cohort) : [];
    const starts = startingPartsOf(everyone);
    startRow.replaceChildren();
    if (starts.length === 0 || (starts.length === 1 && starts[0]!.part === 1)) return;
    const partName = (n: number) => {
      const found = analysis?.bundle.parts.map(parsePart).find((p) => p.number === n);
      return found?.name;
    };
    const words = (n: number) => describeStart(n, partName(n));
    if (starts.length === 1) {
      startRow.append(el('p', `Started: ${words(starts[0]!.part)}. Every play-through here began at that point.`, 'plenary-note start-part'));
      return;
    }
    const id = uid('plenary-start');
    const lab = el('label', 'Started');
    lab.htmlFor = id;
    const select = el('select');
    select.id = id;
    for (const s of starts) select.append(new Option(`${words(s.part)} (${s.count})`, String(s.part)));
    select.value = String(startPart ?? 1);
    select.addEventListener('change', () => {
      startPart = Number(select.value);
      walkState.position = { decision: 0, stage: 0 };
      playState.screen = 0;
      refresh();
    });
    startRow.append(lab, select, el('p', 'Some play-throughs began at a later part, from its shared starting point: they are compared only with others that began at the same point, one start at a time.', 'plenary-note'));
  }

  function render(): void {
    intakeUi.showVerdicts(intake.submissions, showNames);
    group.hidden = analysis === null;
    if (!analysis) return;
    renderCasePicker();
    renderCohortPicker();
    renderStartPicker();
    for (const b of navButtons) {
      if (b.dataset.view === viewId) b.setAttribute('aria-current', 'page');
      else b.removeAttribute('aria-current');
    }
    const ctx: ViewContext = { analysis, label, announce };
    view = viewId === 'walk' ? walkView(ctx, walkState)
      : viewId === 'paths' ? pathsView(ctx)
        : viewId === 'scores' ? scoresView(ctx, showNames)
          : viewId === 'play' ? playPathView(ctx, playState)
            : compareView(ctx, compareState);
    viewRoot.replaceChildren(view.element);
    viewRoot.dataset.view = viewId;
  }

  function exportSummary(kind: 'json' | 'csv'): void {
    if (!analysis) return;
    const verdicts = { verified: 0, 'other-version': 0, diverges: 0, invalid: 0, duplicate: 0 };
    for (const s of intake.submissions) verdicts[s.kind]++;
    const now = new Date();
    const { startPart } = analysis;
    const summary = groupSummary({
      scenario: analysis.bundle.id, storyVersion: analysis.bundle.version, title: analysis.bundle.info.title, now,
      startPart, startPartName: analysis.bundle.parts.map(parsePart).find((p) => p.number === startPart)?.name ?? null,
      participants: analysis.participants.length, verdicts, splits: analysis.splits, flow: analysis.flow, scores: analysis.scores,
    });
    // The file's name says the start too, so two starts' summaries never look like one case's.
    const name = `plenary-${analysis.bundle.id}${startPart > 1 ? `-part-${startPart}` : ''}-${now.toISOString().slice(0, 10)}`;
    if (kind === 'json') downloadText(`${name}.json`, summaryToJson(summary), 'application/json');
    else downloadText(`${name}.csv`, summaryToCsv(summary), 'text/csv');
    announce(`Group summary${startPart > 1 ? ` of the play-throughs begun at part ${startPart}` : ''} saved as ${name}.${kind}.`);
  }

  function exportRecords(): void {
    if (!analysis) return;
    const logs = intake.verifiedLogs(analysis.bundle.id);
    if (logs.length === 0) {
      announce('No verified log files for this case yet: load the logs themselves (replay codes hold no reasons), then export.');
      return;
    }
    const name = `group-${analysis.bundle.id}-${new Date().toISOString().slice(0, 10)}.csv`;
    // Only logs that replay true are counted, and so only they are in the records CSV.
    downloadText(name, logsToCsv(logs, (log) => csvStoryOf(log, context.versions.lookup(log.scenario, log.storyVersion)), () => ({ verified: true, text: '' })), 'text/csv');
    announce(`${logs.length} verified log${logs.length === 1 ? '' : 's'} saved as ${name}.`);
  }

  // The walk and the played path step on the keys a presentation clicker sends.
  const onKey = (e: KeyboardEvent) => {
    if (!view?.step || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof HTMLElement ? e.target : document.body;
    if (target !== document.body && !root.contains(target)) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if ((e.key === ' ' || e.key === 'Enter') && target.closest('button, a, summary')) return;
    const action = walkKey(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    view.step(action);
  };
  document.addEventListener('keydown', onKey);

  return () => {
    document.removeEventListener('keydown', onKey);
    document.documentElement.classList.remove('plenary-open');
    root.replaceChildren();
  };
}

export const plenaryMode: Mode = { title: 'Trainer\'s plenary', mount };
