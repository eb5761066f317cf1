/**
 * The assessor's marks on one decision: the four rubric criteria as radio groups (arrow
 * keys move within a group) and a comment, plus the same marks as plain text for print.
 */
import { CRITERIA, CRITERION_LABELS, LEVELS, LEVEL_LABELS, type Criterion, type Level } from '../../review/rubric';
import type { DecisionMark } from '../../review/reviewMarks';
import { el, labelledTextarea, uid } from '../dom';
import { TEXT_LIMITS } from '../../log/textLimits';

export interface MarksFormEvents {
  level: (criterion: Criterion, level: Level | null) => void;
  comment: (text: string) => void;
}

export function marksForm(title: string, mark: DecisionMark, on: MarksFormEvents): HTMLElement {
  const box = el('div', undefined, 'review-marks');
  const heading = el('h4', `Assessor's marks: ${title}`);
  const form = el('div', undefined, 'marks-form');
  const printed = el('div', undefined, 'marks-print');
  const refreshPrint = (current: DecisionMark) => printed.replaceChildren(...printedMarks(current));

  let current = mark;
  for (const criterion of CRITERIA) {
    const set = el('fieldset', undefined, 'rubric');
    set.append(el('legend', CRITERION_LABELS[criterion]));
    const name = uid(`rubric-${criterion}`);
    const choices: [Level | null, string][] = [[null, 'Not marked'], ...LEVELS.map((l): [Level, string] => [l, LEVEL_LABELS[l]])];
    for (const [level, label] of choices) {
      const input = el('input');
      input.type = 'radio';
      input.name = name;
      input.value = level ?? '';
      input.checked = current.rubric[criterion] === level;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        current = { ...current, rubric: { ...current.rubric, [criterion]: level } };
        refreshPrint(current);
        on.level(criterion, level);
      });
      // The label wraps the radio, so the whole box is the target.
      const option = el('label', undefined, 'rubric-option');
      option.append(input, label);
      set.append(option);
    }
    form.append(set);
  }
  const { wrap, field } = labelledTextarea(`Comment on ${title.toLowerCase()}`, null, 'comment', mark.comment);
  field.rows = 3;
  field.addEventListener('input', () => {
    // A comment over the limit is not saved (the counter says so): a saved review must open again.
    if (field.value.length > TEXT_LIMITS.comment) return;
    current = { ...current, comment: field.value };
    refreshPrint(current);
    on.comment(field.value);
  });
  form.append(wrap);
  refreshPrint(current);
  box.append(heading, form, printed);
  return box;
}

function printedMarks(mark: DecisionMark): HTMLElement[] {
  const list = el('ul', undefined, 'rubric-print');
  for (const c of CRITERIA) {
    const level = mark.rubric[c];
    list.append(el('li', `${CRITERION_LABELS[c]}: ${level ? LEVEL_LABELS[level] : 'not marked'}`));
  }
  const comment = mark.comment.trim() ? el('p', mark.comment, 'assessor-text') : el('p', 'No comment.', 'meta');
  return [list, comment];
}
