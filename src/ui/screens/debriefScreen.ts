/**
 * The debrief: "How it ended" first, in the story's words, then what was not in the player's
 * hands; "How you decided" apart (scores as prompts for reflection, the chart, the areas of
 * practice, the checks, the stance, every decision explained); the CPD record draft; and the log
 * to take away.
 */
import { buildDebrief, type Debrief } from '../../engine/debrief';
import type { DecisionLog } from '../../log/logSchema';
import { button, el, focusableHeading, uid } from '../dom';
import { copyText, downloadLog, downloadXapi } from '../logActions';
import { replayCodeOfLog } from '../../log/replayCode';
import { debriefDecision } from './debriefDecision';
import { scoreChart } from '../debrief/scoreChart';
import { stanceWindow } from '../debrief/stanceWindow';
import { endingCard } from '../debrief/endingCard';
import { factsCard } from '../debrief/factsCard';
import { scoresCard } from '../debrief/scoresCard';
import { areasCard } from '../debrief/areasCard';
import { checksCard } from '../debrief/checksCard';
import { cpdCard } from '../debrief/cpdCard';
import { reflectionCard } from '../debrief/reflectionCard';
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
    section.append(el('p', 'The debrief could not be built from your log against this version of the case. Export your log to keep it, and send it to your trainer if the problem stays.', 'notice'));
    section.append(logActions(ctx, log!, finished));
    return { node: section, focus: heading, showPassage: false };
  }

  if ((log?.startPart ?? 1) > 1) section.append(el('p', `This game started at part ${log!.startPart} from the shared starting point, not at the beginning: the decisions and scores here are those of part ${log!.startPart} on. Your exported log and its replay code say so too.`, 'start-part'));
  section.append(endingCard(debrief.ending));
  // The facts tell how the case could have gone otherwise: only once its ending is known.
  if (debrief.ending && debrief.facts.length > 0) section.append(factsCard(debrief.facts));

  const decided = el('section', undefined, 'card how-decided');
  const decidedHeading = el('h3', 'How you decided');
  decided.setAttribute('aria-labelledby', (decidedHeading.id = uid('decided')));
  const chart = scoreChart(debrief);
  decided.append(decidedHeading, scoresCard(debrief), chart.node);
  section.append(decided);
  if (debrief.framework && debrief.areas.length > 0) section.append(areasCard(debrief));
  if (debrief.checks.of > 0) section.append(checksCard(debrief));
  section.append(stanceWindow(debrief.stances, debrief.decisions.length));

  const decisions = el('section', undefined, 'card decisions');
  const decisionsHeading = el('h3', 'Decision by decision');
  decisions.setAttribute('aria-labelledby', (decisionsHeading.id = uid('decisions')));
  decisions.append(decisionsHeading);
  let n = 0;
  for (const part of debrief.parts) {
    if (part.decisions.length === 0) continue;
    if (part.part) decisions.append(el('h4', partTitle(part.part), 'part-heading'));
    for (const d of part.decisions) decisions.append(debriefDecision(d, ++n));
  }
  if (n === 0) decisions.append(el('p', 'No decisions were recorded on this path.'));
  section.append(decisions);
  if (debrief.reflections.length > 0) section.append(reflectionCard(debrief.reflections));
  section.append(cpdCard(debrief), logActions(ctx, log!, finished));
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
      downloadXapi(log, ctx.snapshot().context.bundle ?? null).then(
        () => { status.textContent = 'Your decisions have been downloaded as xAPI statements (JSON), for your organisation\'s learning records.'; },
        () => { status.textContent = 'The xAPI export could not be loaded (the connection to the game\'s files may have dropped). Export the log (JSON) instead, or reload and try again; your game is saved.'; },
      );
    }),
    button('Print or save as PDF', () => window.print()),
  );
  const leave = el('div', undefined, 'actions');
  if (finished) {
    leave.append(
      // A game begun at a part's shared start is played again from that start (the machine keeps its part).
      button((log.startPart ?? 1) > 1 ? `Play part ${log.startPart} again from the shared starting point` : 'Play the case again', () => ctx.send({ type: 'RESTART', seed: ctx.newSeed() }), 'button secondary'),
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
