/** Two participants' paths side by side: where they parted, and what followed for each. */
import { comparePaths } from '../../plenary/comparePaths';
import type { DecisionPick } from '../../plenary/participant';
import { el, focusableHeading, uid } from '../dom';
import type { PlenaryView, ViewContext } from './viewTypes';

export interface CompareState {
  a: number;
  b: number;
}

export function compareView(ctx: ViewContext, state: CompareState): PlenaryView {
  const { analysis } = ctx;
  const people = analysis.current;
  const section = el('section', undefined, 'compare');
  const heading = focusableHeading('h2', 'Compare two', 'plenary-view-heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);
  if (people.length < 2) {
    section.append(el('p', 'Two or more play-throughs on this version of the story are needed to compare.'));
    return { element: section };
  }
  if (state.a >= people.length) state.a = 0;
  if (state.b >= people.length || state.b === state.a) state.b = state.a === 0 ? 1 : 0;
  const pickers = el('div', undefined, 'compare-pickers');
  const result = el('div', undefined, 'compare-result');
  const picker = (name: string, key: keyof CompareState) => {
    const id = uid('compare');
    const wrap = el('div', undefined, 'field');
    const label = el('label', name);
    label.htmlFor = id;
    const select = el('select');
    select.id = id;
    people.forEach((p, i) => select.append(new Option(ctx.label(p), String(i))));
    select.value = String(state[key]);
    select.addEventListener('change', () => {
      state[key] = Number(select.value);
      render();
    });
    wrap.append(label, select);
    pickers.append(wrap);
  };
  picker('First participant', 'a');
  picker('Second participant', 'b');

  function render(): void {
    const a = people[state.a]!;
    const b = people[state.b]!;
    const la = ctx.label(a);
    const lb = ctx.label(b);
    const c = comparePaths(analysis.order, a, b);
    const summary = el('div', undefined, 'compare-summary');
    const chose = (who: string, pick: DecisionPick | null) => (pick ? `${who} chose "${pick.text}"` : `${who} had no decision here`);
    if (a === b) summary.append(el('p', 'The same participant is chosen twice: pick two different ones.'));
    else if (!c.parted) summary.append(el('p', `${la} and ${lb} chose alike at every decision (${c.agreedFirst}).`));
    else {
      const at = c.parted.a?.decision ?? c.parted.b?.decision ?? '';
      const sameDecision = c.parted.a?.decision === c.parted.b?.decision;
      summary.append(el('p', c.agreedFirst === 0 ? 'They chose differently from the first decision.' : `They chose alike at the first ${c.agreedFirst} decision${c.agreedFirst === 1 ? '' : 's'}.`));
      summary.append(el('p', sameDecision
        ? `They parted at ${at}: ${chose(la, c.parted.a)}; ${chose(lb, c.parted.b)}.`
        : `Their routes parted: ${la} met ${c.parted.a?.decision ?? 'no further decision'}, ${lb} met ${c.parted.b?.decision ?? 'no further decision'}.`, 'walk-prompt'));
      summary.append(el('p', `What followed: ${la} made ${c.followed.a.length} more decision${c.followed.a.length === 1 ? '' : 's'} and reached ${c.endings.a ?? 'no ending (not finished)'}; ${lb} made ${c.followed.b.length} more and reached ${c.endings.b ?? 'no ending (not finished)'}.`));
    }
    if (c.scores.a && c.scores.b) {
      const s = c.scores;
      summary.append(el('p', `Scores (${la} / ${lb}): permanence ${s.a!.permanence} / ${s.b!.permanence}, contact ${s.a!.contact} / ${s.b!.contact}, disruption risk ${s.a!.disruption} / ${s.b!.disruption} (lower is better).`));
    }
    const table = el('table', undefined, 'plenary-table compare-table');
    table.append(el('caption', 'Each decision in story order, with what each chose'));
    const head = el('tr');
    for (const h of ['Decision', la, lb, 'Alike?']) head.append(el('th', h));
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const row of c.rows) {
      const tr = el('tr');
      tr.dataset.same = String(row.same);
      tr.append(el('th', row.decision.id), el('td', row.a?.text ?? '(not reached)'), el('td', row.b?.text ?? '(not reached)'), el('td', row.same ? 'Same' : 'Different'));
      table.tBodies[0]!.append(tr);
    }
    result.replaceChildren(summary, table);
  }
  render();
  section.append(pickers, result);
  return { element: section };
}
