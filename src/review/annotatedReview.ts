/**
 * The annotated review as a file: the assessor's marks with the log they are about
 * embedded (or the replay code), so the review can be opened again later, on another
 * device, and the log re-verified against the story when it is.
 */
import { fileSlug, fileStamp } from '../log/fileNames';
import * as v from 'valibot';
import { describeIssue, describeValue, issueField } from '../log/describeIssue';
import { DecisionLogSchema } from '../log/logSchema';
import { ReviewMarksSchema, type ReviewMarks } from './reviewMarks';
import type { DecisionLog } from '../log/logSchema';

export const REVIEW_FORMAT = 'permanence-annotated-review';
export const REVIEW_VERSION = 1;

export const ReviewSourceSchema = v.variant('kind', [
  v.object({ kind: v.literal('log'), log: DecisionLogSchema }),
  v.object({ kind: v.literal('code'), code: v.pipe(v.string(), v.maxLength(2_000)) }),
]);

export const AnnotatedReviewSchema = v.object({
  format: v.literal(REVIEW_FORMAT),
  version: v.literal(REVIEW_VERSION),
  savedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not a date and time (ISO 8601)')),
  /** The verdict as it stood when saved: for the reader of the file only; re-checked on opening. */
  verdict: v.pipe(v.string(), v.maxLength(5_000)),
  source: ReviewSourceSchema,
  marks: ReviewMarksSchema,
});

export type ReviewSource = { kind: 'log'; log: DecisionLog } | { kind: 'code'; code: string };
export type AnnotatedReview = v.InferOutput<typeof AnnotatedReviewSchema>;

export function reviewToJson(source: ReviewSource, marks: ReviewMarks, verdict: string, savedAt: Date): string {
  const review: AnnotatedReview = { format: REVIEW_FORMAT, version: REVIEW_VERSION, savedAt: savedAt.toISOString(), verdict, source, marks };
  return `${JSON.stringify(review, null, 2)}\n`;
}

export type ReviewFileResult =
  | { ok: true; review: AnnotatedReview }
  | { ok: false; field: string; reason: string };

/** Checks parsed JSON that says it is a review: newer versions are refused with a way forward. */
export function importReviewData(data: Record<string, unknown>): ReviewFileResult {
  if (typeof data.version === 'number' && Number.isFinite(data.version) && data.version > REVIEW_VERSION) {
    return { ok: false, field: 'version', reason: `is ${describeValue(data.version)}, newer than this game reads (${REVIEW_VERSION}): open it with a newer version of the game` };
  }
  const result = v.safeParse(AnnotatedReviewSchema, data);
  if (result.success) return { ok: true, review: result.output };
  const issue = result.issues[0];
  return { ok: false, field: issueField(issue, '(file)'), reason: describeIssue(issue) };
}

export function reviewFileName(scenario: string, participant: string, savedAt: Date): string {
  return `permanence-review-${scenario}-${fileSlug(participant, 'participant')}-${fileStamp(savedAt.toISOString())}.json`;
}
