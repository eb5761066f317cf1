/**
 * The review page: who and what, the integrity verdict first, the scores and how they
 * moved, the stance profile, every decision with the assessor's marks, the overall
 * comment and sign-off, and the ways to take it away. Every mark is saved as it is made.
 */
import type { DecisionLog } from '../../log/logSchema';
import { logToCsv } from '../../log/exportLog';
import { csvStoryOf } from '../../log/csvStory';
import type { ScenarioBundle } from '../../content/scenarioBundle';
import type { ReviewSource } from '../../review/annotatedReview';
import { reviewFileName, reviewToJson } from '../../review/annotatedReview';
import type { ReviewModel } from '../../review/reviewModel';
import { markOf, setComment, setLevel, type ReviewMarks } from '../../review/reviewMarks';
import type { MarksSave } from '../../review/reviewStore';
import { DIMENSIONS } from '../../story/tagContract';
import { DIMENSION_LABELS } from '../../scoring/bands';
import { partTitle } from '../screens/passageText';
import { button, el, labelledTextarea, uid } from '../dom';
import { TEXT_LIMITS } from '../../log/textLimits';
import { downloadText, downloadXapi, logFileName } from '../logActions';
import { decisionReview } from './decisionReview';
import { reflectionReview } from './reflectionReview';
import { dateTimeWords } from './formatTime';
import { assessorWords, marksOriginWords, signOffWords } from '../../review/signOffWords';
import { stanceProfile } from './stanceProfile';
import { trajectoryChart } from './trajectoryChart';

export interface ReviewViewContext {
  model: ReviewModel;
  source: ReviewSource;
  log: DecisionLog;
  marks: ReviewMarks;
  /** Saves the marks on this device; called on every change. */
  save: (marks: ReviewMarks) => MarksSave;
  /** Something to tell the assessor as the review opens (marks restored, set aside...). */
  opening: string | null;
  openAnother: () => void;
  leave: () => void;
  /** The story of the log's version, where this game keeps it (for the exports' options and areas). */
  bundle?: ScenarioBundle | null;
  now?: () => Date;
}

export function reviewView(ctx: ReviewViewContext): { node: HTMLElement; focus: HTMLElement } {
  const { model } = ctx;
  const now = ctx.now ?? (() => new Date());
  let marks = ctx.marks;
  const page = el('div', undefined, 'review');
  const heading = el('h1', `Assessor's review: ${model.title}`);
  heading.tabIndex = -1;
  heading.id = uid('review-title');
  page.setAttribute('aria-labelledby', heading.id);

  const saveState = el('p', undefined, 'review-save-state no-print');
  saveState.setAttribute('role', 'status');
  let lastSaveOk: boolean | null = null;
  const update = (next: ReviewMarks) => {
    marks = next;
    const result = ctx.save(marks);
    // Announce only a change between saved and not saved, not every keystroke.
    if (result.ok && lastSaveOk !== true) saveState.textContent = 'Your marks are saved on this device as you make them.';
    if (!result.ok) saveState.textContent = result.reason;
    saveState.classList.toggle('message', !result.ok);
    lastSaveOk = result.ok;
  };

  const header = el('div', undefined, 'card review-header');
  header.append(heading, about(model));
  page.append(header);
  page.append(verdictBox(model));
  const origin = marksOrigin(ctx.marks);
  if (origin) page.append(origin);
  if (ctx.opening) page.append(el('p', ctx.opening, 'notice no-print'));
  page.append(actions(ctx, () => marks, now), saveState);
  page.append(outcomeBox(model), scoresBox(model), trajectoryChart(model), stanceProfile(model.stances, model.decisions.filter((d) => d.kind === 'decision').length));

  const timeline = el('section', undefined, 'review-timeline');
  const timelineHeading = el('h2', 'Decision by decision');
  timeline.setAttribute('aria-labelledby', (timelineHeading.id = uid('timeline')));
  timeline.append(timelineHeading);
  if (model.source === 'code') timeline.append(el('p', 'Opened from a replay code: the choices are the participant\'s, the words and effects are the story\'s. A code carries no written reasons and no times.', 'notice'));
  let part: string | null = null;
  for (const d of model.decisions) {
    if (d.part && d.part !== part) timeline.append(el('h3', partTitle(d.part), 'part-heading'));
    part = d.part;
    timeline.append(decisionReview(d, model.source, markOf(marks, d.key), {
      level: (criterion, level) => update(setLevel(marks, d.key, criterion, level)),
      comment: (text) => update(setComment(marks, d.key, text)),
    }));
  }
  if (model.decisions.length === 0) timeline.append(el('p', 'There are no decisions to review in this log.'));
  page.append(timeline);
  if (model.reflections.length > 0) page.append(reflectionReview(model));
  page.append(overall(() => marks, update));
  return { node: page, focus: heading };
}

function about(model: ReviewModel): HTMLElement {
  const box = el('dl', undefined, 'review-about');
  const add = (term: string, value: string, className?: string) => box.append(el('dt', term), el('dd', value, className));
  add('Participant', model.participant);
  if (model.cohort) add('Cohort', model.cohort);
  if (model.startedAt) add('Started', dateTimeWords(model.startedAt));
  if (model.finishedAt) add('Finished', dateTimeWords(model.finishedAt));
  add('Case', `${model.title} (story version ${model.storyVersion})`);
  add('Ending', model.ending ? model.ending.outcome || model.ending.id : 'Not reached: the log stops before the case ends.');
  return box;
}

/** How it ended, in the story's words, and the hidden facts the seed drew: apart from how the participant decided. */
function outcomeBox(model: ReviewModel): HTMLElement {
  const box = el('section', undefined, 'card review-outcome');
  const heading = el('h2', 'How it ended');
  box.setAttribute('aria-labelledby', (heading.id = uid('outcome')));
  box.append(heading);
  const e = model.ending;
  if (!e) box.append(el('p', 'Not reached: the log stops before the case ends.'));
  else {
    box.append(el('p', e.outcome || e.id));
    const tags = el('dl', undefined, 'review-permanence');
    const add = (term: string, value: string | null) => { if (value) tags.append(el('dt', term), el('dd', value)); };
    add('Legal permanence', e.legal);
    add('Relational permanence', e.relational);
    add('Cultural permanence', e.cultural);
    add("The child's timescale", e.timescale === null ? null : e.timescale === 'met' ? 'Met' : 'Missed');
    if (tags.childElementCount > 0) box.append(tags);
    else box.append(el('p', 'The story does not say what permanence this ending gives the child (stories of that release did not).', 'meta'));
  }
  if (model.draws.length > 0) {
    box.append(el('h3', 'What the worker did not control'), el('p', 'Facts the story drew from the seed, the same for every choice the participant could have made. A sound decision can meet a bad outcome.'));
    const list = el('dl', undefined, 'review-draws');
    for (const d of model.draws) list.append(el('dt', d.question ?? d.fact), el('dd', d.words ?? `Value ${d.value} of ${d.of}`));
    box.append(list);
  }
  return box;
}

function verdictBox(model: ReviewModel): HTMLElement {
  const box = el('section', undefined, `card review-verdict ${model.verdict.verified ? 'verified' : 'not-verified'}`);
  const heading = el('h2', model.verdict.verified ? 'Integrity: verified' : 'Integrity: not verified');
  box.setAttribute('aria-labelledby', (heading.id = uid('verdict')));
  box.append(heading, el('p', model.verdict.text), el('p', model.verdict.unchecked, 'verdict-scope'));
  if (model.verdict.timeWarnings.length > 0) {
    box.append(el('p', 'Times that cannot be right (they are as the participant\'s device recorded them, and may have been edited):', 'verdict-times'));
    const list = el('ul', undefined, 'verdict-times');
    for (const w of model.verdict.timeWarnings) list.append(el('li', w));
    box.append(list);
  }
  return box;
}

function scoresBox(model: ReviewModel): HTMLElement {
  const box = el('section', undefined, 'card review-scores');
  const heading = el('h2', 'How the participant decided');
  box.setAttribute('aria-labelledby', (heading.id = uid('scores')));
  box.append(heading, el('p', 'Scores are prompts for reflection and discussion, not a verdict on the practitioner. Each decision is judged against the options offered at that moment; a score is the mean over the decisions played.', 'prompts-note'));
  const scoreText = (value: number | null) => (value === null ? 'not judged (no decision on the path told the options apart on it)' : `${value} out of 100`);
  const list = el('dl', undefined, 'score-list');
  for (const d of DIMENSIONS) {
    list.append(el('dt', DIMENSION_LABELS[d]), el('dd', model.scores ? scoreText(model.scores[d]) : 'not known: the story could not be replayed for this log'));
  }
  box.append(list);
  if (model.legacy) {
    const old = el('dl', undefined, 'score-list legacy-scores');
    for (const d of DIMENSIONS) old.append(el('dt', DIMENSION_LABELS[d]), el('dd', `${model.legacy.scores[d]} out of 100`));
    box.append(
      el('h3', 'On the scale this log was scored on'),
      el('p', 'This log comes from an earlier release, which scored running totals of the effects against the highest and lowest totals any path could reach. The scores above judge each decision against the options offered there instead. They differ because the old scale counted how many decisions moved a score and how far, so a long path scored differently from a short one, while the new one asks only how close each choice came to the best option offered.'),
      old,
    );
  }
  if (model.checks.of > 0) box.append(el('p', `Checks: ${model.checks.correct} of ${model.checks.of} answered right. Activities with a right answer are counted here, not scored.`, 'review-checks'));
  return box;
}

function actions(ctx: ReviewViewContext, marks: () => ReviewMarks, now: () => Date): HTMLElement {
  const box = el('section', undefined, 'card review-actions no-print');
  const heading = el('h2', 'Keep or share this review');
  box.setAttribute('aria-labelledby', (heading.id = uid('actions')));
  const status = el('p', undefined, 'status');
  status.setAttribute('role', 'status');
  const row = el('div', undefined, 'actions');
  row.append(
    button('Download review (JSON)', () => {
      const at = now();
      downloadText(reviewFileName(ctx.model.scenario, ctx.model.participant, at), reviewToJson(ctx.source, marks(), ctx.model.verdict.text, at), 'application/json');
      status.textContent = 'The review, with the log and your marks, has been downloaded as a JSON file. Open it here again to go on marking.';
    }, 'button primary'),
    button('Print or save as PDF', () => window.print()),
  );
  if (ctx.source.kind === 'log') {
    const log = ctx.log;
    // The exports carry the verdict; a log that does not replay true goes without its effects and scores.
    const verification = { verified: ctx.model.verdict.verified, text: ctx.model.verdict.text };
    const untrusted = verification.verified ? '' : ' It is marked as not verified, and leaves out the effects and scores, which cannot be trusted.';
    row.append(
      button('Download decisions (CSV)', () => {
        downloadText(logFileName(log).replace(/\.json$/, '.csv'), logToCsv(log, csvStoryOf(log, ctx.bundle), verification), 'text/csv');
        status.textContent = `The decisions have been downloaded as a CSV file, safe to open in a spreadsheet.${untrusted}`;
      }),
      button('Download xAPI statements', () => {
        downloadXapi(log, ctx.bundle ?? null, verification).then(
          () => { status.textContent = `The xAPI statements (one per decision, and the completion) have been downloaded for your organisation's Learning Record Store.${untrusted}`; },
          () => { status.textContent = 'The xAPI export could not be loaded (the connection to the game\'s files may have dropped). Reload the page and try again; your marks are kept.'; },
        );
      }),
    );
  }
  const leave = el('div', undefined, 'actions');
  leave.append(button('Open another log', ctx.openAnother, 'button secondary'), button('Back to the cases', ctx.leave, 'button secondary'));
  box.append(heading, el('p', 'Everything stays on this device unless you download it. Your marks are saved in this browser; download the review to keep them with the log or to hand them on.'), row, status, leave);
  return box;
}

function overall(marks: () => ReviewMarks, update: (m: ReviewMarks) => void): HTMLElement {
  const box = el('section', undefined, 'card review-overall');
  const heading = el('h2', 'Overall comment and sign-off');
  box.setAttribute('aria-labelledby', (heading.id = uid('overall')));
  const printed = el('div', undefined, 'marks-print');
  const refresh = () => {
    const m = marks();
    printed.replaceChildren(
      m.overall.trim() ? el('p', m.overall, 'assessor-text') : el('p', 'No overall comment.', 'meta'),
      // Marks that came with a file are never printed as if this assessor had signed them.
      el('p', assessorWords(m)),
      el('p', signOffWords(m)),
    );
  };
  const { wrap, field } = labelledTextarea('Overall comment', 'How the participant reasoned across the case, and what to take into supervision.', 'comment', marks().overall);
  field.addEventListener('input', () => {
    // Over the limit, the comment is not saved (the counter says so): a saved review must open again.
    if (field.value.length > TEXT_LIMITS.comment) return;
    update({ ...marks(), overall: field.value });
    refresh();
  });

  const nameWrap = el('div', undefined, 'field');
  const name = el('input');
  name.type = 'text';
  name.id = uid('assessor');
  name.autocomplete = 'name';
  name.value = marks().assessor;
  name.maxLength = TEXT_LIMITS.assessor;
  const nameLabel = el('label', "Assessor's name");
  nameLabel.htmlFor = name.id;
  nameWrap.append(nameLabel, name);
  name.addEventListener('input', () => { update({ ...marks(), assessor: name.value }); refresh(); });

  const dateWrap = el('div', undefined, 'field');
  const date = el('input');
  date.type = 'date';
  date.id = uid('signed-off');
  date.value = marks().signedOff ?? '';
  const dateLabel = el('label', 'Date signed off');
  dateLabel.htmlFor = date.id;
  const hint = el('p', 'Leave empty while the review is still open.', 'hint');
  hint.id = `${date.id}-hint`;
  date.setAttribute('aria-describedby', hint.id);
  dateWrap.append(dateLabel, hint, date);
  date.addEventListener('change', () => {
    update({ ...marks(), signedOff: /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date.value : null });
    refresh();
  });
  const form = el('div', undefined, 'marks-form');
  form.append(wrap, nameWrap, dateWrap);
  refresh();
  box.append(heading, form, printed);
  return box;
}

/** Where marks that came with a review file came from, on screen and in print. */
function marksOrigin(marks: ReviewMarks): HTMLElement | null {
  const words = marksOriginWords(marks);
  if (words === null) return null;
  const p = el('p', words, 'notice marks-origin');
  p.setAttribute('role', 'note');
  return p;
}
