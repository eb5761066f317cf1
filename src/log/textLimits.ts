/**
 * The most each kind of typed text may hold. One table, read by the schemas that read a log or
 * a review back and by the fields where the text is typed, so nothing accepted on screen is
 * refused on reading.
 */
export const TEXT_LIMITS = {
  /** Written reasons: for a choice, a ranking, or a choice taken back. */
  reasons: 20_000,
  /** A written reflection at a reflection point (kept in the log as a reflection's text). */
  reflection: 20_000,
  /** One box of a balance sheet (benefits or risks of one option). */
  balance: 20_000,
  /** An assessor's comment on a decision, or overall. */
  comment: 20_000,
  pseudonym: 80,
  cohort: 80,
  assessor: 200,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

const figure = (n: number) => n.toLocaleString('en-GB');

/**
 * Null when `text` fits its limit; otherwise what is wrong and what to do. `subject` names the
 * text with its verb: "Your reasons are", "The risks for option 2 are".
 */
export function overLimit(kind: TextKind, text: string, subject: string): string | null {
  const limit = TEXT_LIMITS[kind];
  if (text.length <= limit) return null;
  return `${subject} ${figure(text.length)} characters long, and a log keeps up to ${figure(limit)}: shorten by ${figure(text.length - limit)} ${text.length - limit === 1 ? 'character' : 'characters'} to go on. Nothing you typed is lost.`;
}

/** The counter shown under a field: "1,234 of 20,000 characters". */
export function counterText(kind: TextKind, length: number): string {
  return `${figure(length)} of ${figure(TEXT_LIMITS[kind])} characters`;
}
