/**
 * A balance-sheet decision (Re B-S): for every option the player writes its benefits and
 * its risks for the child, side by side, then chooses. The machine checks the sheet.
 */
import type { BalanceRow } from '../../log/logSchema';
import { el, focusableHeading, labelledTextarea, uid } from '../dom';
import { optionButtons } from './choiceScreen';
import { messageSlot, type BuiltScreen, type ScreenContext } from './screenTypes';

export function balanceScreen(ctx: ScreenContext): BuiltScreen {
  const { view, balance } = ctx.snapshot().context;
  const choices = view!.passage.choices;
  const section = el('section', undefined, 'card balance');
  const heading = focusableHeading('h2', 'Weigh every option');
  section.setAttribute('aria-labelledby', (heading.id = uid('balance')));
  section.append(heading);
  if (view!.passage.meta.prompt) section.append(el('p', `To think about: ${view!.passage.meta.prompt}`, 'prompt'));
  section.append(el('p', 'For each realistic option, write its benefits and its risks for the child, then choose. Every box needs something in it.', 'hint'));

  const sheet = el('div', undefined, 'balance-sheet');
  const fields = choices.map((choice, i) => {
    const row = balance?.find((r) => r.choice === choice.index);
    const set = el('fieldset', undefined, 'balance-option');
    set.append(el('legend', `Option ${i + 1}: ${choice.text}`));
    const benefits = labelledTextarea('Benefits for the child', null, 'balance', row?.benefits ?? '');
    const risks = labelledTextarea('Risks for the child', null, 'balance', row?.risks ?? '');
    ctx.draft?.bind(benefits.field, `balance:${choice.index}:benefits`);
    ctx.draft?.bind(risks.field, `balance:${choice.index}:risks`);
    const pair = el('div', undefined, 'balance-pair');
    pair.append(benefits.wrap, risks.wrap);
    set.append(pair);
    sheet.append(set);
    return { choice: choice.index, benefits: benefits.field, risks: risks.field };
  });
  const message = messageSlot();
  const chooseHeading = el('h3', 'Now choose');
  const buttons = optionButtons(choices, view!.passage.meta.justify, (choice) => {
    const rows: BalanceRow[] = fields.map((f) => ({ choice: f.choice, benefits: f.benefits.value, risks: f.risks.value }));
    ctx.send({ type: 'WEIGH', rows });
    if (ctx.snapshot().context.message) {
      fields.flatMap((f) => [f.benefits, f.risks]).find((t) => !t.value.trim())?.focus();
      return;
    }
    ctx.send({ type: 'CHOOSE', index: choice.index });
  });
  section.append(sheet, chooseHeading, message, buttons.list);
  return { node: section, focus: heading, message, showPassage: true };
}
