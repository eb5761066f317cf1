/**
 * What the assessor handed the review mode: a decision log file, a saved review file or a
 * pasted replay code. Tells them apart and checks each, so every refusal can say in
 * words what was wrong and what to do; nothing is opened until it has been checked.
 */
import { excerpt } from '../log/describeIssue';
import { importLogData, MAX_LOG_BYTES, savedGameLog } from '../log/importLog';
import { LOG_FORMAT } from '../log/logSchema';
import { decodeReplayCode, encodeReplayCode, type ReplayCode } from '../log/replayCode';
import { importReviewData, REVIEW_FORMAT, type ReviewSource } from './annotatedReview';
import type { ReviewMarks } from './reviewMarks';

export type Opened =
  | { ok: true; source: ReviewSource; code: ReplayCode | null; marks: ReviewMarks | null }
  | { ok: false; message: string };

/** A review file holds a log and the marks, so it may be a little larger than a log. */
const MAX_FILE_CHARS = MAX_LOG_BYTES + 1024 * 1024;

export function openText(text: string): Opened {
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, message: `This file is ${(text.length / 1024 / 1024).toFixed(1)} MB, larger than any decision log or review can be. Check that you chose the participant's log (a .json file the game exported).` };
  }
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return openCode(trimmed);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (err) {
    return { ok: false, message: `This file is not valid JSON (${excerpt((err as Error).message, 160)}). It may be cut short or not a decision log; ask the participant to export their log again.` };
  }
  const record = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  if (record.format === REVIEW_FORMAT) {
    const review = importReviewData(record);
    if (!review.ok) return { ok: false, message: `This saved review cannot be opened: ${review.field} ${review.reason}. The file has not been changed.` };
    const { source, savedAt } = review.review;
    // Marks that come in with a file say so from now on: when the file was saved, and whom it named.
    const marks: ReviewMarks = { ...review.review.marks, fromFile: review.review.marks.fromFile ?? { savedAt, assessor: review.review.marks.assessor, signedOff: review.review.marks.signedOff } };
    if (source.kind === 'code') {
      const code = decodeReplayCode(source.code);
      if (!code.ok) return { ok: false, message: `This saved review's replay code cannot be read: ${code.reason}.` };
      return { ok: true, source: { kind: 'code', code: encodeReplayCode(code.code) }, code: code.code, marks };
    }
    return { ok: true, source, code: null, marks };
  }
  if (record.format !== LOG_FORMAT && savedGameLog(record) === null) {
    return { ok: false, message: 'This file is neither a decision log nor a saved review from this game. Choose the .json file the participant exported from their debrief, or a review you saved here.' };
  }
  const log = importLogData(data);
  if (!log.ok) return { ok: false, message: `This decision log cannot be opened: ${log.field} ${log.reason}. Ask the participant to export their log again; the file has not been changed.` };
  return { ok: true, source: { kind: 'log', log: log.log }, code: null, marks: null };
}

function openCode(text: string): Opened {
  if (text === '') return { ok: false, message: 'Nothing was given: paste a replay code, or choose a log file.' };
  const decoded = decodeReplayCode(text);
  if (!decoded.ok) return { ok: false, message: `That is not a replay code this game can read: ${decoded.reason}. Check it against the one the participant sent (it looks like bradley.3f9a1c.1k2j4.0u4a5k2m9.x7q2).` };
  // Re-encoded, so the same code typed in capitals or with 1 for l is the same review.
  return { ok: true, source: { kind: 'code', code: encodeReplayCode(decoded.code) }, code: decoded.code, marks: null };
}
