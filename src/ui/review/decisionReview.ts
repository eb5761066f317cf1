/**
 * One decision or activity in the assessor's timeline: the situation, the options with the
 * one chosen and the one(s) judged best (at an activity, the right answers), how close the
 * choice came to the best offered, the framework areas, the time taken, the participant's
 * written reasons (always as text), then the assessor's marks.
 */
import type { ReviewDecision, SourceKind } from '../../review/reviewModel';
import type { DecisionMark } from '../../review/reviewMarks';
import { effectsText } from '../screens/debriefDecision';
import { partTitle } from '../screens/passageText';
import { el } from '../dom';
import { dateTimeWords, durationWords } from './formatTime';
import { marksForm, type MarksFormEvents } from './marksForm';

const CHECKED_WORDS = {
  'diverges-here': 'Not verified: the log leaves the story here. The options below are the story\'s; what was chosen is as the log records it.',
  'not-checked': 'Not verified: shown as the log records it, not checked against the story.',
} as const;

export function decisionReview(d: ReviewDecision, source: SourceKind, mark: DecisionMark, on: MarksFormEvents): HTMLElement {
  const article = el('article', undefined, `review-decision checked-${d.checked}`);
  article.dataset.key = d.key;
  const activity = d.kind === 'activity';
  const title = `${activity ? 'Check' : 'Decision'} ${d.position}`;
  article.append(el('h3', `${title}${d.prompt ? `: ${d.prompt}` : ''}`));
  const meta = el('p', undefined, 'meta');
  meta.append(d.part ? `${partTitle(d.part)} · ` : '', `${activity ? 'Activity' : 'Decision'} id ${d.id}`);
  article.append(meta);
  if (activity) article.append(el('p', 'An exercise with a right answer: counted as a check, not scored, and it takes no stance.', 'meta'));
  if (d.areas.length > 0) {
    article.append(el('p', `Practice framework: ${d.areas.map((a) => a.title).join('; ')}`, 'review-areas'));
  }
  if (d.checked !== 'replayed') article.append(el('p', CHECKED_WORDS[d.checked], 'notice'));
  if (d.situation) article.append(el('p', d.situation, 'situation'));

  if (d.options) {
    const list = el('ol', undefined, 'review-options');
    list.setAttribute('aria-label', 'The options offered');
    for (const o of d.options) {
      const item = el('li', undefined, o.index === d.chosen.index ? 'chosen' : undefined);
      item.append(el('span', o.text));
      if (o.index === d.chosen.index) item.append(el('strong', ' (chosen)'));
      if (activity && o.correct) item.append(el('strong', ' (a right answer)', 'judged-best'));
      if (!activity && d.best.includes(o.index)) item.append(el('strong', ' (judged best)', 'judged-best'));
      if (!activity) item.append(el('span', effectsText(o.deltas), 'effects'));
      list.append(item);
    }
    article.append(el('h4', 'The options offered'), list);
  }
  const chosen = el('dl', undefined, 'review-facts');
  const fact = (term: string, ...detail: (string | Node)[]) => {
    const dd = el('dd');
    dd.append(...detail);
    chosen.append(el('dt', term), dd);
  };
  fact('Chosen', el('span', d.chosen.text, 'participant-choice'));
  if (activity) {
    fact('Check', d.correct === null ? 'Not known: the story could not be replayed here.' : d.correct ? 'A right answer.' : 'Not the right answer.');
  } else {
    fact('Against the options offered', judgedWords(d));
    fact('Effect', effectsText(d.chosen.deltas));
  }
  fact('Time taken', d.rebuilt
    ? 'Not kept: this decision was rebuilt from the LMS\'s record of choices, which holds no times.'
    : d.secondsTaken === null
    ? 'Not known: a replay code carries no times.'
    : `${durationWords(d.secondsTaken)} (chosen ${dateTimeWords(d.chosenAt!)})`);
  fact('Written reasons', d.reasons
    ? el('span', d.reasons, 'participant-text')
    : source === 'code' ? 'Not known: a replay code carries no written reasons.' : 'None written at this decision.');
  article.append(chosen);

  if (d.ranking) {
    const box = el('div', undefined, 'review-ranking');
    box.append(el('h4', "The participant's order and the panel's"));
    const mine = el('ol');
    for (const t of d.ranking.order) mine.append(el('li', t));
    const panel = el('ol');
    for (const t of d.ranking.expertOrder) panel.append(el('li', t));
    // A rebuilt ranking kept only the option played: the rest of its order is not the participant's.
    const theirs = d.rebuilt
      ? [el('p', "The participant's order", 'column-title'), el('p', `Not kept: the LMS's record holds only the option played first (${d.chosen.text}).`)]
      : [el('p', "The participant's order", 'column-title'), mine];
    box.append(...theirs, el('p', "The expert panel's order", 'column-title'), panel,
      ...(d.rebuilt ? [] : [el('p', `Distance from the panel's order: ${d.ranking.distance}.`), el('p', rankingOpened(d.ranking), 'ranking-opened')]));
    article.append(box);
  }
  if (d.balance) {
    const box = el('div', undefined, 'review-balance');
    box.append(el('h4', "The participant's balance sheet"));
    for (const row of d.balance) {
      box.append(el('p', row.option, 'option-name'), el('p', `Benefits: ${row.benefits}`, 'participant-text'), el('p', `Risks: ${row.risks}`, 'participant-text'));
    }
    article.append(box);
  }
  for (const r of d.reconsidered) {
    const note = el('p', undefined, 'reconsidered');
    note.append('Taken back: the participant first chose ', el('span', r.text, 'participant-choice'),
      r.chosenAt ? ` (${dateTimeWords(r.chosenAt)})` : '', ', then reconsidered.');
    if (r.reasons) note.append(' Their reasons then: ', el('span', r.reasons, 'participant-text'));
    article.append(note);
  }
  article.append(marksForm(title, mark, on));
  return article;
}

/** How the choice sat among the options offered, from the judgement the review model hands over. */
function judgedWords(d: ReviewDecision): string {
  if (d.options === null || d.closeness === null) {
    return d.options === null ? 'Not known: the story could not be replayed here.' : 'The options offered were all equal here, so this decision is not judged.';
  }
  if (d.best.includes(d.chosen.index)) return d.best.length > 1 ? 'One of the options judged best of those offered.' : 'The option judged best of those offered.';
  const best = d.options.filter((o) => d.best.includes(o.index)).map((o) => `"${o.text}"`).join(' or ');
  return `${Math.round(d.closeness * 100)} out of 100 towards the best option offered (0 is the weakest offered). Judged best: ${best}.`;
}

/** Whether the ranking was moved from the order it opened in. */
function rankingOpened(r: NonNullable<ReviewDecision['ranking']>): string {
  if (r.unchanged === null) return 'Not recorded whether the order was moved: this log is from a release whose ranking opened in the panel\'s own order.';
  const opened = r.startOrder ? ` It opened as: ${r.startOrder.join('; ')}.` : '';
  return r.unchanged ? `Confirmed unchanged: the participant kept the order the form opened in.${opened}` : `Reordered from the order the form opened in.${opened}`;
}
