/**
 * The assessor's marks on one review: per decision a comment and the rubric, then an
 * overall comment, the assessor's name and the date they signed it off. Validated with
 * valibot wherever marks come back in (browser storage, a review file); types derived.
 * Updates are pure: each returns new marks.
 */
import * as v from 'valibot';
import { describeIssue, issueField } from '../log/describeIssue';
import { CRITERIA, LEVELS, type Criterion, type Level } from './rubric';
import { TEXT_LIMITS } from '../log/textLimits';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

const level = v.nullable(v.picklist(LEVELS));
const RubricSchema = v.object({ voice: level, reasoning: level, contact: level, disruption: level });

export const DecisionMarkSchema = v.object({
  comment: text(TEXT_LIMITS.comment),
  rubric: RubricSchema,
});

/** A decision is keyed by its place in the timeline and its id ("3:bradley.p1.legal"), so a repeated id stays distinct. */
export const MARK_KEY = /^\d{1,5}:[^\s]{1,200}$/;

export const ReviewMarksSchema = v.object({
  decisions: v.pipe(
    v.record(v.pipe(v.string(), v.regex(MARK_KEY, 'is not a decision key')), DecisionMarkSchema),
    v.check((r) => Object.keys(r).length <= 5_000, 'has more decisions than a log can hold'),
  ),
  overall: text(TEXT_LIMITS.comment),
  assessor: text(TEXT_LIMITS.assessor),
  /** The day the assessor signed the review off (YYYY-MM-DD), or null while it is open. */
  signedOff: v.nullable(v.pipe(v.string(), v.isoDate('is not a date (YYYY-MM-DD)'))),
  /**
   * Set when the marks came in with a review file rather than being made on this device: when
   * the file was saved and the assessor and sign-off it named. Nothing can confirm who made them.
   */
  fromFile: v.optional(v.nullable(v.object({
    savedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not a date and time (ISO 8601)')),
    assessor: text(TEXT_LIMITS.assessor),
    signedOff: v.nullable(v.pipe(v.string(), v.isoDate('is not a date (YYYY-MM-DD)'))),
  })), null),
});

export type DecisionMark = v.InferOutput<typeof DecisionMarkSchema>;
export type ReviewMarks = v.InferOutput<typeof ReviewMarksSchema>;
export type Rubric = DecisionMark['rubric'];

export function emptyMarks(): ReviewMarks {
  return { decisions: {}, overall: '', assessor: '', signedOff: null, fromFile: null };
}

export function emptyMark(): DecisionMark {
  return { comment: '', rubric: { voice: null, reasoning: null, contact: null, disruption: null } };
}

/**
 * Always a key MARK_KEY accepts, so saved marks read back: a story's ids are plain (the tag
 * contract), but an edited log's id may hold whitespace or run long, and assessors mark
 * exactly those logs. There the whitespace is percent-encoded and the id cut to 200
 * characters; the position alone keeps a log's keys apart.
 */
export function markKey(position: number, decisionId: string): string {
  const id = decisionId.replace(/\s/g, encodeURIComponent).slice(0, 200);
  return `${position}:${id || '-'}`;
}

export function markOf(marks: ReviewMarks, key: string): DecisionMark {
  return marks.decisions[key] ?? emptyMark();
}

function isEmpty(mark: DecisionMark): boolean {
  return mark.comment.trim() === '' && CRITERIA.every((c) => mark.rubric[c] === null);
}

/** Sets one decision's mark; an emptied mark is dropped so the saved marks hold only what was written. */
function withMark(marks: ReviewMarks, key: string, mark: DecisionMark): ReviewMarks {
  const decisions = { ...marks.decisions };
  if (isEmpty(mark)) delete decisions[key];
  else decisions[key] = mark;
  return { ...marks, decisions };
}

export function setComment(marks: ReviewMarks, key: string, comment: string): ReviewMarks {
  return withMark(marks, key, { ...markOf(marks, key), comment });
}

export function setLevel(marks: ReviewMarks, key: string, criterion: Criterion, level: Level | null): ReviewMarks {
  const mark = markOf(marks, key);
  return withMark(marks, key, { ...mark, rubric: { ...mark.rubric, [criterion]: level } });
}

/** How many decisions have a comment or at least one rubric level. */
export function markedCount(marks: ReviewMarks): number {
  return Object.keys(marks.decisions).length;
}

export function parseMarks(data: unknown): { ok: true; marks: ReviewMarks } | { ok: false; field: string; reason: string } {
  const result = v.safeParse(ReviewMarksSchema, data);
  if (result.success) return { ok: true, marks: result.output };
  const issue = result.issues[0];
  return { ok: false, field: issueField(issue, '(marks)'), reason: describeIssue(issue) };
}

/**
 * What one tab changed (from `before` to `after`) applied to the marks stored now. The same
 * review open in a second tab then keeps that tab's marks on every other decision and field:
 * a tab writes only what it changed.
 */
export function mergeMarks(stored: ReviewMarks, before: ReviewMarks, after: ReviewMarks): ReviewMarks {
  let out = stored;
  for (const key of new Set([...Object.keys(before.decisions), ...Object.keys(after.decisions)])) {
    const [was, now] = [markOf(before, key), markOf(after, key)];
    let mark = markOf(out, key);
    if (now.comment !== was.comment) mark = { ...mark, comment: now.comment };
    for (const c of CRITERIA) if (now.rubric[c] !== was.rubric[c]) mark = { ...mark, rubric: { ...mark.rubric, [c]: now.rubric[c] } };
    out = withMark(out, key, mark);
  }
  if (after.overall !== before.overall) out = { ...out, overall: after.overall };
  if (after.assessor !== before.assessor) out = { ...out, assessor: after.assessor };
  if (after.signedOff !== before.signedOff) out = { ...out, signedOff: after.signedOff };
  return out;
}
