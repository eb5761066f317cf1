import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../src/persistence/sessionStore';
import { canonicalJson, digestOf } from '../../src/review/logDigest';
import { emptyMarks, markKey, markedCount, mergeMarks, parseMarks, setComment, setLevel } from '../../src/review/reviewMarks';
import { REVIEW_PREFIX, REVIEW_SET_ASIDE, ReviewStore, sourceDigest } from '../../src/review/reviewStore';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { fixtureBundle } from '../helpers/fixtures';
import { reviewOfSource } from '../../src/review/reviewOfSource';

/** localStorage's methods over a Map, with an optional quota in characters. */
function memoryStorage(quota = Infinity): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() { return map.size; },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...map.entries()].filter(([key]) => key !== k).reduce((n, [key, val]) => n + key.length + val.length, 0);
      if (used + k.length + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => { map.delete(k); },
  };
}

const log = drivePlay({ bundle: fixtureBundle(), seed: 3, now: () => new Date(Date.UTC(2026, 10, 23)) }, pathChooser([0, 0, 0, 0, 1])).log;

describe("the assessor's marks", () => {
  it('sets rubric levels and comments per decision, dropping a mark that is emptied again', () => {
    const key = markKey(2, 'test.p1.family-time');
    expect(key).toBe('2:test.p1.family-time');
    let marks = setLevel(emptyMarks(), key, 'voice', 'clearly');
    marks = setComment(marks, key, 'Heard Maya.');
    expect(marks.decisions).toEqual({ [key]: { comment: 'Heard Maya.', rubric: { voice: 'clearly', reasoning: null, contact: null, disruption: null } } });
    expect(markedCount(marks)).toBe(1);
    marks = setLevel(setComment(marks, key, '  '), key, 'voice', null);
    expect(marks.decisions).toEqual({});
  });

  it('refuses marks with an unknown level or a malformed key, naming the field', () => {
    const bad = { ...emptyMarks(), decisions: { '1:x': { comment: '', rubric: { voice: 'brilliant', reasoning: null, contact: null, disruption: null } } } };
    const parsed = parseMarks(bad);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.field).toBe('decisions.1:x.rubric.voice');
    expect(parseMarks({ ...emptyMarks(), decisions: { '<script>': { comment: '', rubric: {} } } }).ok).toBe(false);
    expect(parseMarks({ ...emptyMarks(), signedOff: '30/11/2026' }).ok).toBe(false);
  });

  it('writes only keys it reads back, even for an edited log whose ids hold spaces or run long', () => {
    const edited = structuredClone(log);
    const ids = ['test.p1.grandmother (edited)', 'tab\tand\nline feed', 'x'.repeat(300), '\u3000'];
    edited.entries.filter((e) => e.decision !== null).forEach((e, i) => { e.decision = ids[i] ?? e.decision; });
    const prepared = reviewOfSource({ kind: 'log', log: edited }, null, fixtureBundle());
    if (!prepared.ok) throw new Error(prepared.message);
    const keys = prepared.model.decisions.map((d) => d.key);
    expect(keys[0]).toBe('1:test.p1.grandmother%20(edited)');
    expect(new Set(keys).size).toBe(keys.length);
    let marks = emptyMarks();
    for (const key of keys) marks = setComment(marks, key, 'Seen.');
    const reread = parseMarks(JSON.parse(JSON.stringify(marks)));
    expect(reread.ok && Object.keys(reread.marks.decisions)).toEqual(keys);
  });
});

describe('the digest marks are saved under', () => {
  it('is the same however the log is formatted or its keys ordered, and differs when the log does', () => {
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(log).reverse())));
    expect(canonicalJson(reordered)).toBe(canonicalJson(log));
    expect(digestOf(reordered)).toBe(digestOf(log));
    expect(digestOf(log)).toMatch(/^[0-9a-f]{16}$/);
    const edited = structuredClone(log);
    edited.entries[2]!.justification += '.';
    expect(digestOf(edited)).not.toBe(digestOf(log));
    expect(sourceDigest({ kind: 'log', log })).toBe(digestOf(log));
    expect(sourceDigest({ kind: 'code', code: 'a.b' })).not.toBe(sourceDigest({ kind: 'code', code: 'a.c' }));
  });
});

describe('marks in browser storage', () => {
  const digest = digestOf(log);
  const marks = setComment(emptyMarks(), '1:test.p1.grandmother', 'Good.');

  it('come back after a reload (a new store on the same storage)', () => {
    const storage = memoryStorage();
    expect(new ReviewStore(storage).save(digest, marks)).toEqual({ ok: true });
    expect(new ReviewStore(storage).load(digest)).toEqual({ kind: 'found', marks });
    expect(new ReviewStore(storage).load('0000000000000000')).toEqual({ kind: 'none' });
  });

  it('sets a corrupt entry aside rather than deleting it', () => {
    const storage = memoryStorage();
    storage.setItem(REVIEW_PREFIX + digest, '{"decisions": 3');
    const now = () => new Date(Date.UTC(2026, 10, 23, 10));
    const loaded = new ReviewStore(storage, now).load(digest);
    expect(loaded).toEqual({ kind: 'set-aside', reason: 'the saved marks are not valid JSON', key: `${REVIEW_SET_ASIDE}${digest}.2026-11-23T10:00:00.000Z` });
    expect(storage.getItem(`${REVIEW_SET_ASIDE}${digest}.2026-11-23T10:00:00.000Z`)).toBe('{"decisions": 3');
    expect(storage.getItem(REVIEW_PREFIX + digest)).toBeNull();
  });

  it('says what to do when storage is full or missing', () => {
    const full = new ReviewStore(memoryStorage(10)).save(digest, marks);
    expect(full.ok).toBe(false);
    expect(!full.ok && full.reason).toMatch(/storage is full.*Download the review \(JSON\) now/);
    const none = new ReviewStore(null).save(digest, marks);
    expect(!none.ok && none.reason).toMatch(/not letting the page save.*Download the review \(JSON\)/);
  });

  it("opening a saved review keeps this device's different marks aside", () => {
    const storage = memoryStorage();
    const store = new ReviewStore(storage, () => new Date(Date.UTC(2026, 10, 24)));
    store.save(digest, marks);
    const fromFile = setComment(emptyMarks(), '1:test.p1.grandmother', 'From the file.');
    const adopted = store.adopt(digest, fromFile);
    expect(adopted).toEqual({ saved: { ok: true }, setAsideKey: `${REVIEW_SET_ASIDE}${digest}.2026-11-24T00:00:00.000Z` });
    expect(JSON.parse(storage.getItem(adopted.setAsideKey!)!)).toEqual(marks);
    expect(store.load(digest)).toEqual({ kind: 'found', marks: fromFile });
    // The same marks again: nothing to keep aside.
    expect(store.adopt(digest, fromFile).setAsideKey).toBeNull();
  });
});

// Issue 19 F3: the same review open in two tabs never silently overwrites marks.
describe('the same review open in two tabs', () => {
  it('keeps both tabs\' marks: each save writes only what that tab changed', () => {
    const storage = memoryStorage();
    const digest = 'two-tabs';
    const a = new ReviewStore(storage);
    const b = new ReviewStore(storage);
    const opened = emptyMarks();
    // Tab B comments on decision 2, then tab A (opened at the same time) comments on decision 1.
    const bMarks = setComment(opened, '2:x.p1.b', 'B: decision 2');
    expect(b.saveChange(digest, opened, bMarks)).toEqual({ ok: true });
    const aMarks = setLevel(setComment(opened, '1:x.p1.a', 'A: decision 1'), '1:x.p1.a', 'voice', 'clearly');
    expect(a.saveChange(digest, opened, aMarks)).toEqual({ ok: true });
    const stored = a.load(digest);
    expect(stored.kind === 'found' && stored.marks.decisions).toEqual({
      '1:x.p1.a': { comment: 'A: decision 1', rubric: { voice: 'clearly', reasoning: null, contact: null, disruption: null } },
      '2:x.p1.b': { comment: 'B: decision 2', rubric: { voice: null, reasoning: null, contact: null, disruption: null } },
    });
  });

  it('applies a change to one field only, and an emptied mark is dropped', () => {
    const stored = { ...setComment(emptyMarks(), '1:x', 'theirs'), overall: 'their overall' };
    const before = setComment(emptyMarks(), '2:y', 'mine');
    const after = { ...setComment(before, '2:y', ''), assessor: 'Jo' };
    expect(mergeMarks(stored, before, after)).toEqual({ ...stored, assessor: 'Jo' });
  });
});
