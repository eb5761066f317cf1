/**
 * Times a log records that contradict each other or the clock. Replay cannot check a time
 * (the participant's device wrote them), but it can see an impossible one: a choice made
 * before it was shown, a game finished before it started. These are warnings beside the
 * verdict, not a divergence: a genuine log never has them, but an edited one may not either.
 */
import type { DecisionLog } from './logSchema';

/** A log's own clock may run a little ahead of the reader's; past this, a time is in the future. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Where an entry is named, `entry` is its index in `log.entries` (0 for the first). */
export type TimeWarning =
  | { code: 'chosen-before-shown'; entry: number }
  | { code: 'shown-before-start'; entry: number }
  /** Shown before the choice before it was made (entries are written in the order played). */
  | { code: 'shown-before-previous-choice'; entry: number }
  | { code: 'reconsidered-before-chosen'; entry: number }
  | { code: 'finished-before-started' }
  | { code: 'finished-before-last-choice' }
  | { code: 'finished-without-ending' }
  /** The game sets `finishedAt` when the story ends. */
  | { code: 'ended-without-finish-time' }
  /** `field` is the log's field as a dot path: startedAt, finishedAt, entries.3.chosenAt. */
  | { code: 'in-the-future'; field: string };

export type TimeWarningCode = TimeWarning['code'];

export function timeWarnings(log: DecisionLog, now: Date): TimeWarning[] {
  const warnings: TimeWarning[] = [];
  const t = (iso: string) => Date.parse(iso);
  const started = t(log.startedAt);
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const future = (field: string, iso: string | null) => {
    if (iso !== null && t(iso) > latest) warnings.push({ code: 'in-the-future', field });
  };
  future('startedAt', log.startedAt);
  let previousChoice = -Infinity;
  let lastChoice = -Infinity;
  for (const [n, e] of log.entries.entries()) {
    const shown = t(e.shownAt);
    const chosen = t(e.chosenAt);
    if (shown < started) warnings.push({ code: 'shown-before-start', entry: n });
    else if (shown < previousChoice) warnings.push({ code: 'shown-before-previous-choice', entry: n });
    if (chosen < shown) warnings.push({ code: 'chosen-before-shown', entry: n });
    if (e.reconsideredAt !== null && t(e.reconsideredAt) < chosen) warnings.push({ code: 'reconsidered-before-chosen', entry: n });
    future(`entries.${n}.shownAt`, e.shownAt);
    future(`entries.${n}.chosenAt`, e.chosenAt);
    future(`entries.${n}.reconsideredAt`, e.reconsideredAt);
    previousChoice = chosen;
    lastChoice = Math.max(lastChoice, chosen);
  }
  if (log.finishedAt !== null) {
    const finished = t(log.finishedAt);
    if (finished < started) warnings.push({ code: 'finished-before-started' });
    else if (finished < lastChoice) warnings.push({ code: 'finished-before-last-choice' });
    if (log.ending === null) warnings.push({ code: 'finished-without-ending' });
    future('finishedAt', log.finishedAt);
  } else if (log.ending !== null) warnings.push({ code: 'ended-without-finish-time' });
  return warnings;
}

/** Words for each kind: `who` names the entries or fields; `many` says whether there are several. */
const WORDS: Record<TimeWarningCode, (who: string, many: boolean) => string> = {
  'chosen-before-shown': (who, many) => `${who} ${many ? 'were chosen before they were' : 'was chosen before it was'} shown`,
  'shown-before-start': (who, many) => `${who} ${many ? 'were' : 'was'} shown before the game started`,
  'shown-before-previous-choice': (who, many) => `${who} ${many ? 'were' : 'was'} shown before the decision before ${many ? 'each' : 'it'} was made`,
  'reconsidered-before-chosen': (who, many) => `${who} ${many ? 'were taken back before they were' : 'was taken back before it was'} chosen`,
  'finished-before-started': () => 'the game finished before it started',
  'finished-before-last-choice': () => 'the game finished before its last decision was made',
  'finished-without-ending': () => 'the log has a finish time but no ending',
  'ended-without-finish-time': () => 'the log has an ending but no finish time',
  'in-the-future': (who, many) => `${who} ${many ? 'are' : 'is'} in the future`,
};

/** The warnings in words, one line per kind, naming the entries (counted from 1, as a verdict does) or the fields. */
export function describeTimeWarnings(warnings: readonly TimeWarning[]): string[] {
  const byCode = new Map<TimeWarningCode, string[]>();
  for (const w of warnings) {
    const where = 'entry' in w ? String(w.entry + 1) : 'field' in w ? w.field : '';
    byCode.set(w.code, [...(byCode.get(w.code) ?? []), where]);
  }
  return [...byCode].map(([code, where]) => {
    const many = where.length > 1;
    const listed = where.length > 5 ? `${where.slice(0, 5).join(', ')} and ${where.length - 5} more` : where.join(', ');
    return WORDS[code](code === 'in-the-future' ? listed : `decision${many ? 's' : ''} ${listed}`, many);
  });
}
