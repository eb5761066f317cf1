/** The debrief: the ending, the three scores as prompts for reflection, every decision explained, and the log to take away. */
import { buildDebrief, type Debrief } from '../../engine/debrief';
import type { DecisionLog } from '../../log/logSchema';
import { DIMENSION_LABELS, SCORES_ARE_PROMPTS } from '../../scoring/bands';
import { DIMENSIONS } from '../../story/tagContract';
import { button, el, focusableHeading, uid } from '../dom';
import { copyText, downloadLog, downloadXapi } from '../logActions';
import { replayCodeOfLog } from '../../log/replayCode';
import { debriefDecision } from './debriefDecision';
import { scoreChart } from '../debrief/scoreChart';
import { stanceWindow } from '../debrief/stanceWindow';
import { partTitle } from './passageText';
import type { BuiltScreen, ScreenContext } from './screenTypes';

export function debriefScreen(ctx: ScreenContext, finished: boolean): BuiltScreen {
  const { log, bundle } = ctx.snapshot().context;
  const section = el('section', undefined, 'debrief');
  const heading = focusableHeading('h2', `Debrief: ${ctx.summary.info.title}`);
  section.setAttribute('aria-labelledby', (heading.id = uid('debrief')));
  section.append(heading);
  let debrief: Debrief;
  try {
    debrief = buildDebrief(log!, bundle!);
  } catch (err) {
    console.error(err);
    section.append(el('p', 'The debrief could not be built from your log against this version of the case. Export your log to keep it.', 'notice'));
    section.append(logActions(ctx, log!, finished));
    return { node: section, focus: heading, showPassage: false };
  }

  const outcome = el('div', undefined, 'card outcome');
  outcome.append(el('h3', 'How the case ended'), el('p', debrief.ending?.outcome || 'The case has ended.'));
  section.append(outcome);

  const scores = el('div', undefined, 'card scores');
  scores.append(el('h3', 'Your scores'), el('p', SCORES_ARE_PROMPTS, 'prompts-note'));
  const list = el('dl', undefined, 'score-list');
  for (const d of DIMENSIONS) {
    const reading = debrief.bands[d];
    const dd = el('dd');
    dd.append(el('span', `${debrief.scores[d]} out of 100 (${reading.band})`, 'score'), el('span', reading.words, 'band-words'));
    list.append(el('dt', DIMENSION_LABELS[d]), dd);
  }
  scores.append(list);
  section.append(scores);
  const chart = scoreChart(debrief, bundle!.bounds);
  section.append(chart.node, stanceWindow(debrief.stances, debrief.decisions.length));

  section.append(logActions(ctx, log!, finished));

  const decisions = el('div', undefined, 'card decisions');
  decisions.append(el('h3', 'Decision by decision'));
  let n = 0;
  for (const part of debrief.parts) {
    if (part.part) decisions.append(el('h4', partTitle(part.part), 'part-heading'));
    for (const d of part.decisions) decisions.append(debriefDecision(d, ++n));
  }
  if (n === 0) decisions.append(el('p', 'No decisions were recorded on this path.'));
  section.append(decisions);
  return { node: section, focus: heading, showPassage: false, dispose: chart.dispose };
}

function logActions(ctx: ScreenContext, log: DecisionLog, finished: boolean): HTMLElement {
  const box = el('div', undefined, 'card log-actions no-print');
  box.append(el('h3', 'Keep a record'));
  box.append(el('p', 'Your log stays on this device. Export it for your practice portfolio, or share the replay code with your trainer (the code holds your choices, not your written reasons).'));
  const code = replayCodeOfLog(log);
  const codeLine = el('p');
  codeLine.append('Replay code: ', el('code', code, 'replay-code'));
  const status = el('p', undefined, 'status');
  status.setAttribute('role', 'status');
  const actions = el('div', undefined, 'actions');
  actions.append(
    button('Export log (JSON)', () => {
      downloadLog(log);
      status.textContent = 'Your log has been downloaded as a JSON file.';
    }, 'button primary'),
    button('Copy replay code', () => {
      void copyText(code).then((ok) => {
        status.textContent = ok ? 'The replay code is on your clipboard.' : 'The browser would not copy it: select the code above and copy it by hand.';
      });
    }),
    button('Export xAPI statements', () => {
      downloadXapi(log).then(
        () => { status.textContent = 'Your decisions have been downloaded as xAPI statements (JSON), for your organisation\'s learning records.'; },
        () => { status.textContent = 'The xAPI export could not be loaded (the connection to the game\'s files may have dropped). Export the log (JSON) instead, or reload and try again; your game is saved.'; },
      );
    }),
    button('Print or save as PDF', () => window.print()),
  );
  const leave = el('div', undefined, 'actions');
  if (finished) {
    leave.append(
      button('Play the case again', () => ctx.send({ type: 'RESTART', seed: ctx.newSeed() }), 'button secondary'),
      button('Back to the cases', ctx.leave, 'button secondary'),
    );
  } else {
    leave.append(button('Finish and go back to the cases', () => {
      ctx.send({ type: 'FINISH' });
      ctx.leave();
    }, 'button secondary'));
  }
  box.append(codeLine, actions, status, leave);
  return box;
}
