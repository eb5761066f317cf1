/**
 * Balance-sheet decisions (Re B-S): the participant writes the benefits and the risks for the
 * child of every realistic option before choosing; the debrief sets them beside the panel's.
 */
import type { ChoiceView } from '../story/StoryRunner';
import type { BalanceRow } from '../log/logSchema';

export function isCompleteBalance(choices: readonly ChoiceView[], rows: readonly BalanceRow[] | null): boolean {
  return choices.every((c) => (rows ?? []).some((r) => r.choice === c.index && r.benefits.trim() !== '' && r.risks.trim() !== ''));
}

export function trimmedRows(rows: readonly BalanceRow[]): BalanceRow[] {
  return rows.map((r) => ({ choice: r.choice, benefits: r.benefits.trim(), risks: r.risks.trim() }));
}
