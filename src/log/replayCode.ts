/**
 * Replay codes: scenario, story version, seed and choice indices in a short string a
 * participant can paste into chat or type, e.g. `bradley.3f9a1c.1k2j4.0u4a5k2m9.x7q2`.
 * No free text. A checksum makes a mistyped code fail to decode instead of misreading.
 *
 *   <scenario>.<first 6 hex of the story version>.<seed>.<choices>.<check>
 *
 * A game started at part N's shared starting point (N ≥ 2) has one more part after the
 * scenario, `p` and N in base 32: `chloe.p4.3f9a1c.7.05x3.k2m9`. Codes of games from the
 * beginning are unchanged, so every code made before still decodes.
 *
 * Numbers are Crockford base 32 (case-insensitive; i and l read as 1, o as 0). The
 * choices are one number in the smallest radix that holds them, after two digits of
 * count and one of radix, so 30 decisions of up to 4 options take 15 characters.
 */
import { startPartOf, type DecisionLog } from './logSchema';
import { activePath } from './activePath';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function toBase32(value: bigint, minDigits = 1): string {
  let out = '';
  let v = value;
  while (v > 0n) {
    out = ALPHABET[Number(v % 32n)] + out;
    v /= 32n;
  }
  return out.padStart(minDigits, '0');
}

function fromBase32(text: string): bigint | null {
  let v = 0n;
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    v = v * 32n + BigInt(digit);
  }
  return v;
}

function normalise(code: string): string {
  return code.trim().toLowerCase().replace(/[il]/g, '1').replace(/o/g, '0');
}

/** FNV-1a, 32 bits; the code keeps 20 of them (4 characters): about one in a million typos slips through. */
function checksum(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return toBase32(BigInt(h >>> 12), 4);
}

export interface ReplayCode {
  scenario: string;
  /** The first 6 hex digits of the story version. */
  versionPrefix: string;
  seed: number;
  choices: number[];
  /** The part the game started at, from its shared starting point: present only from 2 on. */
  startPart?: number;
}

const MAX_START_PART = 99;

export function encodeReplayCode(code: ReplayCode): string {
  const radix = Math.max(2, ...code.choices.map((c) => c + 1));
  if (radix > 32) throw new RangeError('a choice index above 31 cannot be put in a replay code');
  if (code.choices.length > 1023) throw new RangeError('more than 1023 choices cannot be put in a replay code');
  let value = 0n;
  for (let i = code.choices.length - 1; i >= 0; i--) value = value * BigInt(radix) + BigInt(code.choices[i]!);
  const choices = toBase32(BigInt(code.choices.length), 2) + ALPHABET[radix - 1] + toBase32(value);
  const start = code.startPart ?? 1;
  if (!Number.isInteger(start) || start < 1 || start > MAX_START_PART) throw new RangeError(`a starting part of ${start} cannot be put in a replay code`);
  const startField = start > 1 ? [`p${toBase32(BigInt(start))}`] : [];
  const body = [code.scenario, ...startField, code.versionPrefix.slice(0, 6), toBase32(BigInt(code.seed)), choices].join('.');
  return `${body}.${checksum(body)}`;
}

export type DecodedReplayCode = { ok: true; code: ReplayCode } | { ok: false; reason: string };

/**
 * The longest code there can be: a 64-character scenario id, 1,023 choices of up to 32
 * options, and the rest. Anything longer is refused before its numbers are read, which
 * costs time growing with the square of their length.
 */
export const MAX_REPLAY_CODE_LENGTH = 1_200;

export function decodeReplayCode(raw: string): DecodedReplayCode {
  const trimmed = raw.trim();
  if (trimmed.length > MAX_REPLAY_CODE_LENGTH) {
    return { ok: false, reason: `this is ${trimmed.length.toLocaleString('en-GB')} characters long, and a replay code is at most ${MAX_REPLAY_CODE_LENGTH.toLocaleString('en-GB')}: paste the code alone` };
  }
  const parts = trimmed.split('.');
  if (parts.length !== 5 && parts.length !== 6) return { ok: false, reason: 'a replay code has five parts separated by dots' };
  const [scenario, ...rest] = [parts[0]!.toLowerCase(), ...parts.slice(1).map(normalise)] as [string, ...string[]];
  const startText = rest.length === 5 ? rest.shift()! : null;
  const [version, seedText, choicesText, check] = rest as [string, string, string, string];
  const body = [scenario, ...(startText === null ? [] : [startText]), version, seedText, choicesText].join('.');
  if (checksum(body) !== check) return { ok: false, reason: 'the code does not check out: it may have been mistyped or cut short' };
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(scenario) || !/^[0-9a-f]{6}$/.test(version)) return { ok: false, reason: 'the code does not name a scenario and story version' };
  const startPart = startText === null ? 1 : /^p[0-9a-z]{1,2}$/.test(startText) ? Number(fromBase32(startText.slice(1)) ?? 0n) : 0;
  if (startPart < 1 || startPart > MAX_START_PART || (startText !== null && startPart < 2) || (startText !== null && startText !== `p${toBase32(BigInt(startPart))}`)) {
    return { ok: false, reason: 'the code\'s starting part cannot be read' };
  }
  const seed = fromBase32(seedText);
  const count = fromBase32(choicesText.slice(0, 2));
  const radix = ALPHABET.indexOf(choicesText[2] ?? '') + 1;
  let value = fromBase32(choicesText.slice(3) || '0');
  if (seed === null || count === null || value === null || radix < 2 || seed > 2n ** 31n - 1n) {
    return { ok: false, reason: 'the code\'s numbers cannot be read' };
  }
  const choices: number[] = [];
  for (let i = 0n; i < count; i++) {
    choices.push(Number(value % BigInt(radix)));
    value /= BigInt(radix);
  }
  if (value !== 0n) return { ok: false, reason: 'the code holds more choices than it says' };
  return { ok: true, code: { scenario, versionPrefix: version, seed: Number(seed), choices, ...(startPart > 1 ? { startPart } : {}) } };
}

/** The replay code of a play-through: the choices in force, no free text. */
export function replayCodeOfLog(log: DecisionLog): string {
  return encodeReplayCode({ scenario: log.scenario, versionPrefix: log.storyVersion, seed: log.seed, choices: activePath(log), ...(startPartOf(log) > 1 ? { startPart: startPartOf(log) } : {}) });
}
