/**
 * The assessor's marks in browser storage, one entry per log under a stable digest of it,
 * saved as they are made so a reload or a closed tab loses none. A full or blocked storage
 * is reported, never fatal; an entry that cannot be read is set aside, never deleted.
 */
import { isQuotaError, type KeyValueStorage } from '../persistence/sessionStore';
import { canonicalJson, digestOf } from './logDigest';
import type { ReviewSource } from './annotatedReview';
import { emptyMarks, mergeMarks, parseMarks, type ReviewMarks } from './reviewMarks';

export const REVIEW_PREFIX = 'permanence.review.';
export const REVIEW_SET_ASIDE = 'permanence.review-set-aside.';

export type MarksLoad =
  | { kind: 'found'; marks: ReviewMarks }
  | { kind: 'none' }
  | { kind: 'set-aside'; reason: string; key: string };

/** The key a review's marks are saved under: the log's digest, or the (normalised) replay code's. */
export function sourceDigest(source: ReviewSource): string {
  return source.kind === 'log' ? digestOf(source.log) : digestOf({ code: source.code });
}

export type MarksSave = { ok: true } | { ok: false; reason: string };

export class ReviewStore {
  constructor(private readonly storage: KeyValueStorage | null, private readonly now: () => Date = () => new Date()) {}

  load(digest: string): MarksLoad {
    const raw = this.read(REVIEW_PREFIX + digest);
    if (raw === null) return { kind: 'none' };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.setAside(digest, raw, 'the saved marks are not valid JSON');
    }
    const parsed = parseMarks(data);
    if (!parsed.ok) return this.setAside(digest, raw, `the saved marks' ${parsed.field} ${parsed.reason}`);
    return { kind: 'found', marks: parsed.marks };
  }

  save(digest: string, marks: ReviewMarks): MarksSave {
    if (!this.storage) return { ok: false, reason: 'This browser is not letting the page save (private browsing or storage switched off), so your marks will be lost on reload. Download the review (JSON) before you close the tab.' };
    try {
      this.storage.setItem(REVIEW_PREFIX + digest, JSON.stringify(marks));
      return { ok: true };
    } catch (err) {
      const full = isQuotaError(err);
      return {
        ok: false,
        reason: full
          ? "The browser's storage is full, so your latest mark was not saved on this device. Download the review (JSON) now to keep it; your marks are still on screen."
          : `Your marks could not be saved on this device (${(err as Error).message}). Download the review (JSON) now to keep them; they are still on screen.`,
      };
    }
  }

  /**
   * Saves what this tab changed since `before` over the marks stored now, so the same review
   * open in another tab never loses that tab's marks to this one's.
   */
  saveChange(digest: string, before: ReviewMarks, after: ReviewMarks): MarksSave {
    const stored = this.load(digest);
    return this.save(digest, mergeMarks(stored.kind === 'found' ? stored.marks : emptyMarks(), before, after));
  }

  /**
   * Opening a saved review file replaces the marks on this device with the file's; different
   * marks already here are first set aside under their own key, so nothing is lost.
   */
  adopt(digest: string, marks: ReviewMarks): { saved: MarksSave; setAsideKey: string | null } {
    const current = this.load(digest);
    let setAsideKey: string | null = null;
    if (current.kind === 'found' && canonicalJson(current.marks) !== canonicalJson(marks) && canonicalJson(current.marks) !== canonicalJson(emptyMarks())) {
      setAsideKey = `${REVIEW_SET_ASIDE}${digest}.${this.now().toISOString()}`;
      try {
        this.storage?.setItem(setAsideKey, JSON.stringify(current.marks));
      } catch (err) {
        return { saved: { ok: false, reason: `The marks already on this device could not be set aside (${(err as Error).message}), so the file's marks were not saved over them. The file's marks are on screen; download the review before closing the tab.` }, setAsideKey: null };
      }
    }
    return { saved: this.save(digest, marks), setAsideKey };
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private setAside(digest: string, raw: string, reason: string): MarksLoad {
    const key = `${REVIEW_SET_ASIDE}${digest}.${this.now().toISOString()}`;
    try {
      this.storage?.setItem(key, raw);
      this.storage?.removeItem(REVIEW_PREFIX + digest);
    } catch {
      // Storage refused: leave the entry where it is; it is still not loaded.
    }
    return { kind: 'set-aside', reason, key };
  }
}
