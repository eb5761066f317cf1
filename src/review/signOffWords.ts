/**
 * The words for who marked a review and when it was signed off, on screen and in print.
 * Marks that came with a review file are never worded as this assessor's own: the file's
 * assessor and sign-off are said to be the file's until someone here changes them.
 */
import { dateTimeWords, dateWords } from '../ui/review/formatTime';
import type { ReviewMarks } from './reviewMarks';
import { visibleName } from '../log/visibleName';

export function assessorWords(m: ReviewMarks): string {
  const name = m.assessor.trim() || 'not given';
  // A name from a file shows what it could hide (visibleName); one typed here is as typed.
  return m.fromFile && m.assessor === m.fromFile.assessor ? `Assessor named in the review file: ${visibleName(name)}` : `Assessor: ${name}`;
}

export function signOffWords(m: ReviewMarks): string {
  if (!m.signedOff) return 'Not signed off.';
  const day = dateWords(m.signedOff);
  return m.fromFile && m.signedOff === m.fromFile.signedOff ? `Signed off on ${day}, according to the review file` : `Signed off on ${day}`;
}

/** Where marks that came with a review file came from; null for marks made on this device. */
export function marksOriginWords(m: ReviewMarks): string | null {
  const from = m.fromFile;
  if (!from) return null;
  const named = from.assessor.trim() ? `names ${visibleName(from.assessor.trim())} as the assessor` : 'names no assessor';
  const signed = from.signedOff ? `, signed off on ${dateWords(from.signedOff)}` : ', not signed off';
  return `The marks and sign-off on this review came with a review file saved on ${dateTimeWords(from.savedAt)}, which ${named}${signed}. They were not made on this device, and nothing here can confirm who made them.`;
}
