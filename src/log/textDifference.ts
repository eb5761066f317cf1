/**
 * Where two texts first differ, for a divergence message: a look-alike letter, a zero-width
 * or right-to-left character, or a change past the excerpt shown, is named by its code
 * point, so the reader sees a difference the two excerpts alone would hide.
 */
import { excerpt } from './describeIssue';

/** Names of the characters a forger would use to make two texts look the same. */
const NAMES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE', 0x00ad: 'SOFT HYPHEN', 0x034f: 'COMBINING GRAPHEME JOINER', 0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER', 0x180e: 'MONGOLIAN VOWEL SEPARATOR', 0x2000: 'EN QUAD', 0x2002: 'EN SPACE', 0x2003: 'EM SPACE',
  0x2007: 'FIGURE SPACE', 0x2009: 'THIN SPACE', 0x200a: 'HAIR SPACE', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x2010: 'HYPHEN', 0x2011: 'NON-BREAKING HYPHEN',
  0x2013: 'EN DASH', 0x2014: 'EM DASH', 0x2018: 'LEFT SINGLE QUOTATION MARK', 0x2019: 'RIGHT SINGLE QUOTATION MARK',
  0x201c: 'LEFT DOUBLE QUOTATION MARK', 0x201d: 'RIGHT DOUBLE QUOTATION MARK', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x202f: 'NARROW NO-BREAK SPACE', 0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0x2212: 'MINUS SIGN', 0x3000: 'IDEOGRAPHIC SPACE', 0x3164: 'HANGUL FILLER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xfffd: 'REPLACEMENT CHARACTER',
  // Cyrillic and Greek letters drawn like Latin ones.
  0x0430: 'CYRILLIC SMALL LETTER A', 0x0435: 'CYRILLIC SMALL LETTER IE', 0x043e: 'CYRILLIC SMALL LETTER O', 0x0440: 'CYRILLIC SMALL LETTER ER',
  0x0441: 'CYRILLIC SMALL LETTER ES', 0x0443: 'CYRILLIC SMALL LETTER U', 0x0445: 'CYRILLIC SMALL LETTER HA', 0x0456: 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I',
  0x0458: 'CYRILLIC SMALL LETTER JE', 0x0455: 'CYRILLIC SMALL LETTER DZE', 0x0501: 'CYRILLIC SMALL LETTER KOMI DE', 0x04bb: 'CYRILLIC SMALL LETTER SHHA',
  0x0410: 'CYRILLIC CAPITAL LETTER A', 0x0412: 'CYRILLIC CAPITAL LETTER VE', 0x0415: 'CYRILLIC CAPITAL LETTER IE', 0x041a: 'CYRILLIC CAPITAL LETTER KA',
  0x041c: 'CYRILLIC CAPITAL LETTER EM', 0x041d: 'CYRILLIC CAPITAL LETTER EN', 0x041e: 'CYRILLIC CAPITAL LETTER O', 0x0420: 'CYRILLIC CAPITAL LETTER ER',
  0x0421: 'CYRILLIC CAPITAL LETTER ES', 0x0422: 'CYRILLIC CAPITAL LETTER TE', 0x0425: 'CYRILLIC CAPITAL LETTER HA', 0x0406: 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I',
  0x0408: 'CYRILLIC CAPITAL LETTER JE', 0x0405: 'CYRILLIC CAPITAL LETTER DZE',
  0x03b1: 'GREEK SMALL LETTER ALPHA', 0x03bf: 'GREEK SMALL LETTER OMICRON', 0x03bd: 'GREEK SMALL LETTER NU', 0x03c1: 'GREEK SMALL LETTER RHO',
  0x03b9: 'GREEK SMALL LETTER IOTA', 0x0391: 'GREEK CAPITAL LETTER ALPHA', 0x0392: 'GREEK CAPITAL LETTER BETA', 0x0395: 'GREEK CAPITAL LETTER EPSILON',
  0x0396: 'GREEK CAPITAL LETTER ZETA', 0x0397: 'GREEK CAPITAL LETTER ETA', 0x0399: 'GREEK CAPITAL LETTER IOTA', 0x039a: 'GREEK CAPITAL LETTER KAPPA',
  0x039c: 'GREEK CAPITAL LETTER MU', 0x039d: 'GREEK CAPITAL LETTER NU', 0x039f: 'GREEK CAPITAL LETTER OMICRON', 0x03a1: 'GREEK CAPITAL LETTER RHO',
  0x03a4: 'GREEK CAPITAL LETTER TAU', 0x03a5: 'GREEK CAPITAL LETTER UPSILON', 0x03a7: 'GREEK CAPITAL LETTER CHI',
};

/** Scripts named where a character has no name above, so a look-alike still says where it comes from. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Cherokee', 'Han', 'Hangul'] as const;

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One character, shown so it cannot hide: plain ASCII as itself, anything else by its code point. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x21 && code <= 0x7e) return `"${char}"`;
  if (code === 0x20) return 'a space';
  const name = NAMES[code];
  if (name) return `${hex(code)} ${name}`;
  const script = SCRIPTS.find((s) => new RegExp(`^\\p{Script=${s}}$`, 'u').test(char));
  const visible = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char);
  // A visible character is shown too (é, ß); an invisible or control one only as its code point.
  return `${hex(code)}${script ? ` (${script})` : ''}${visible ? ` "${char}"` : ''}`;
}

/**
 * Where `logged` first departs from `story`, as "at character N (after "…"): X in the log, Y in
 * the story"; null when the two are the same. Characters are counted as a reader counts them
 * (code points), from 1.
 */
export function firstDifference(logged: string, story: string): string | null {
  if (logged === story) return null;
  const a = [...logged];
  const b = [...story];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const before = i > 0 ? ` (after "${i > 20 ? '…' : ''}${excerpt(a.slice(Math.max(0, i - 20), i).join(''), 20)}")` : '';
  const side = (chars: string[]) => (i < chars.length ? describeCharacter(chars[i]!) : 'the end of the text');
  return `they first differ at character ${i + 1}${before}: ${side(a)} in the log, ${side(b)} in the story`;
}

/**
 * Whether an excerpt of each text is enough for a reader to see the difference: both texts
 * visible plain text that differs within the excerpt. Otherwise a message adds firstDifference.
 */
function needsPointing(logged: string, story: string, shown = 80): boolean {
  const a = [...logged];
  const b = [...story];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= shown) return true;
  const at = [a[i], b[i]].filter((c): c is string => c !== undefined);
  // A letter outside ASCII may be a look-alike; a format, control or space character is unseen.
  return at.some((c) => !/^[\x21-\x7e]$/.test(c)) || excerpt(logged, shown) === excerpt(story, shown);
}

/** "; they first differ at …" where excerpts of the two texts would hide the difference, else nothing. */
export function pointer(logged: string, story: string, shown = 80): string {
  return logged !== story && needsPointing(logged, story, shown) ? `; ${firstDifference(logged, story)}` : '';
}

/** `"<log excerpt>" in the log, "<story excerpt>" in the story`, pointing at the difference when the excerpts would hide it. */
export function bothTexts(logged: string, story: string, shown = 80): string {
  return `"${excerpt(logged, shown)}" in the log, "${excerpt(story, shown)}" in the story${pointer(logged, story, shown)}`;
}
