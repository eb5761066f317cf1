/**
 * The tag contract between story authors and the game (see stories/README.md).
 * Pure: parses the raw strings inkjs gives us into typed values.
 */
import { closest } from 'fastest-levenshtein';

export const DIMENSIONS = ['permanence', 'contact', 'disruption'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Deltas = Record<Dimension, number>;

export const STANCES = ['with', 'to', 'for', 'not'] as const;
export type Stance = (typeof STANCES)[number];

export const GLOBAL_TAGS = ['title', 'summary', 'minutes', 'content'] as const;
export const LINE_TAGS = [
  'part', 'scene', 'decision', 'prompt', 'justify', 'rank', 'balance', 'ending', 'outcome',
] as const;
export const CHOICE_TAGS = [
  ...DIMENSIONS, 'why', 'ref', 'stance', 'justify', 'expert', 'expert-why', 'benefits', 'risks',
] as const;
export const KNOWN_TAGS: readonly string[] = [...new Set<string>([...GLOBAL_TAGS, ...LINE_TAGS, ...CHOICE_TAGS])];

/** Tags that are flags: they take no value. */
const FLAG_TAGS = new Set(['justify', 'rank', 'balance']);

export const SCENES = [
  'office', 'family-home', 'foster-home', 'court', 'contact-centre', 'school', 'hospital', 'car',
] as const;

export interface RawTag {
  name: string;
  value: string;
}

export function splitTag(raw: string): RawTag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { name: text.toLowerCase(), value: '' };
  return { name: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

/** The part a line of the story opens (its `# part:` tag), or null. */
export function partTagOf(line: { tags: readonly string[] }): string | null {
  for (const raw of line.tags) {
    const { name, value } = splitTag(raw);
    if (name === 'part') return value;
  }
  return null;
}

export interface TagProblem {
  tag: string;
  message: string;
}

/** An unknown tag name is an error, with the nearest known name suggested. */
export function checkTagName(raw: string): TagProblem | null {
  const { name, value } = splitTag(raw);
  if (KNOWN_TAGS.includes(name)) {
    if (FLAG_TAGS.has(name) && value !== '') {
      return { tag: raw, message: `"# ${name}" takes no value (found "${value}")` };
    }
    return null;
  }
  return { tag: raw, message: `unknown tag "${name}": did you mean "${closest(name, [...KNOWN_TAGS])}"?` };
}

/** A signed integer such as +2, 0 or -1; anything else is null. */
export function parseSignedInt(value: string): number | null {
  return /^[+-]?\d+$/.test(value) ? Number.parseInt(value, 10) : null;
}

export interface ChoiceMeta {
  deltas: Deltas | null;
  why: string | null;
  ref: string | null;
  stance: Stance | null;
  justify: boolean;
  expert: number | null;
  expertWhy: string | null;
  benefits: string | null;
  risks: string | null;
}

export function parseChoiceTags(tags: readonly string[]): ChoiceMeta {
  const found = new Map<string, string>();
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    found.set(name, value);
  }
  const dims = DIMENSIONS.map((d) => parseSignedInt(found.get(d) ?? ''));
  const hasAll = dims.every((v) => v !== null);
  const stance = found.get('stance') ?? null;
  const expert = parseSignedInt(found.get('expert') ?? '');
  return {
    deltas: hasAll ? { permanence: dims[0]!, contact: dims[1]!, disruption: dims[2]! } : null,
    why: found.get('why') || null,
    ref: found.get('ref') || null,
    stance: (STANCES as readonly string[]).includes(stance ?? '') ? (stance as Stance) : null,
    justify: found.has('justify'),
    expert,
    expertWhy: found.get('expert-why') || null,
    benefits: found.get('benefits') || null,
    risks: found.get('risks') || null,
  };
}

/** What the lines since the last choice said about the next choice set. */
export interface PassageMeta {
  decision: string | null;
  prompt: string | null;
  justify: boolean;
  rank: boolean;
  balance: boolean;
  part: string | null;
  scene: string | null;
  ending: string | null;
  outcome: string | null;
}

export function emptyPassageMeta(): PassageMeta {
  return {
    decision: null, prompt: null, justify: false, rank: false, balance: false,
    part: null, scene: null, ending: null, outcome: null,
  };
}

export function readLineTags(meta: PassageMeta, tags: readonly string[]): PassageMeta {
  const next = { ...meta };
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    switch (name) {
      case 'decision': next.decision = value; break;
      case 'prompt': next.prompt = value; break;
      case 'justify': next.justify = true; break;
      case 'rank': next.rank = true; break;
      case 'balance': next.balance = true; break;
      case 'part': next.part = value; break;
      case 'scene': next.scene = value; break;
      case 'ending': next.ending = value; break;
      case 'outcome': next.outcome = value; break;
      default: break;
    }
  }
  return next;
}

export interface StoryInfo {
  title: string;
  summary: string;
  minutes: number | null;
  contentNotes: string[];
}

export function parseGlobalTags(tags: readonly string[]): StoryInfo {
  const info: StoryInfo = { title: '', summary: '', minutes: null, contentNotes: [] };
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    if (name === 'title') info.title = value;
    else if (name === 'summary') info.summary = value;
    else if (name === 'minutes') info.minutes = parseSignedInt(value);
    else if (name === 'content') info.contentNotes.push(value);
  }
  return info;
}

/** "2 Coming into placement" -> { number: 2, name: "Coming into placement" } */
export function parsePart(value: string): { number: number; name: string } {
  const m = /^(\d+)\s*(.*)$/.exec(value.trim());
  return m ? { number: Number(m[1]), name: m[2] || `Part ${m[1]}` } : { number: 0, name: value.trim() };
}
