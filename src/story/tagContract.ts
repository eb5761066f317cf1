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

export const GLOBAL_TAGS = ['title', 'summary', 'minutes', 'content', 'fact'] as const;
/** What an ending says about the child's permanence, apart from how the worker decided. */
export const PERMANENCE_TAGS = ['legal', 'relational', 'cultural', 'timescale'] as const;
export const LINE_TAGS = [
  'part', 'shared-start', 'scene', 'decision', 'activity', 'reflect', 'prompt', 'justify', 'rank', 'balance', 'ending', 'outcome', ...PERMANENCE_TAGS,
] as const;
export const CHOICE_TAGS = [
  ...DIMENSIONS, 'why', 'ref', 'stance', 'justify', 'expert', 'expert-why', 'benefits', 'risks', 'correct',
] as const;
export const KNOWN_TAGS: readonly string[] = [...new Set<string>([...GLOBAL_TAGS, ...LINE_TAGS, ...CHOICE_TAGS])];

/** Tags that are flags: they take no value. */
const FLAG_TAGS = new Set(['justify', 'rank', 'balance', 'correct']);

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

/**
 * A plain id: lower-case letters, digits, dots and hyphens. Logs, review marks ("3:<id>"),
 * the framework table, SCORM interactions and replay keys all carry decision ids, and a space
 * or a capital there breaks a key that is checked when it is read back.
 */
export const PLAIN_ID = /^[a-z0-9][a-z0-9.-]{0,199}$/;

/** Tags whose value is an id, held to PLAIN_ID. */
const ID_TAGS = new Set(['decision', 'activity', 'reflect']);

/** An unknown tag name is an error, with the nearest known name suggested. */
export function checkTagName(raw: string): TagProblem | null {
  const { name, value } = splitTag(raw);
  if (KNOWN_TAGS.includes(name)) {
    if (FLAG_TAGS.has(name) && value !== '') {
      return { tag: raw, message: `"# ${name}" takes no value (found "${value}")` };
    }
    if (ID_TAGS.has(name) && !PLAIN_ID.test(value)) {
      return { tag: raw, message: `the ${name} id "${value}" is not plain: an id takes lower-case letters, digits, dots and hyphens only (at most 200), such as "bradley.p1.first-visit"` };
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
  /** At an activity: this option is a right answer. */
  correct: boolean;
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
    correct: found.has('correct'),
  };
}

/** What the lines since the last choice said about the next choice set. */
export interface PassageMeta {
  /** The id of a decision, or of an activity (an exercise with a right answer). */
  decision: string | null;
  activity: boolean;
  /** The id of a reflection point: the player writes a reflection, then takes its one plain choice. */
  reflect: string | null;
  prompt: string | null;
  justify: boolean;
  rank: boolean;
  balance: boolean;
  part: string | null;
  scene: string | null;
  ending: string | null;
  outcome: string | null;
  legal: string | null;
  relational: string | null;
  cultural: string | null;
  timescale: Timescale | null;
}

export type Timescale = 'met' | 'missed';

export function emptyPassageMeta(): PassageMeta {
  return {
    decision: null, activity: false, reflect: null, prompt: null, justify: false, rank: false, balance: false,
    part: null, scene: null, ending: null, outcome: null, legal: null, relational: null, cultural: null, timescale: null,
  };
}

export function readLineTags(meta: PassageMeta, tags: readonly string[]): PassageMeta {
  const next = { ...meta };
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    switch (name) {
      case 'decision': next.decision = value; next.activity = false; break;
      case 'activity': next.decision = value; next.activity = true; break;
      case 'reflect': next.reflect = value; break;
      case 'prompt': next.prompt = value; break;
      case 'justify': next.justify = true; break;
      case 'rank': next.rank = true; break;
      case 'balance': next.balance = true; break;
      case 'part': next.part = value; break;
      case 'scene': next.scene = value; break;
      case 'ending': next.ending = value; break;
      case 'outcome': next.outcome = value; break;
      case 'legal': next.legal = value; break;
      case 'relational': next.relational = value; break;
      case 'cultural': next.cultural = value; break;
      case 'timescale': next.timescale = value === 'met' || value === 'missed' ? value : null; break;
      default: break;
    }
  }
  return next;
}

/**
 * A hidden fact the story draws from the seed: `# fact: kerry-sustains = Whether Kerry sustains
 * the change | She sustains it | She relapses when Dean returns` (one label per value, 1 first).
 */
export interface FactInfo {
  id: string;
  question: string;
  values: string[];
}

export interface StoryInfo {
  title: string;
  summary: string;
  minutes: number | null;
  contentNotes: string[];
  facts: FactInfo[];
}

export function parseFact(value: string): FactInfo | null {
  const eq = value.indexOf('=');
  if (eq < 0) return null;
  const id = value.slice(0, eq).trim();
  const [question, ...values] = value.slice(eq + 1).split('|').map((s) => s.trim());
  if (!PLAIN_ID.test(id) || !question || values.length < 2 || values.some((v) => v === '')) return null;
  return { id, question, values };
}

export function parseGlobalTags(tags: readonly string[]): StoryInfo {
  const info: StoryInfo = { title: '', summary: '', minutes: null, contentNotes: [], facts: [] };
  for (const raw of tags) {
    const { name, value } = splitTag(raw);
    if (name === 'title') info.title = value;
    else if (name === 'summary') info.summary = value;
    else if (name === 'minutes') info.minutes = parseSignedInt(value);
    else if (name === 'content') info.contentNotes.push(value);
    else if (name === 'fact') {
      const fact = parseFact(value);
      if (fact) info.facts.push(fact);
    }
  }
  return info;
}

/** "2 Coming into placement" -> { number: 2, name: "Coming into placement" } */
export function parsePart(value: string): { number: number; name: string } {
  const m = /^(\d+)\s*(.*)$/.exec(value.trim());
  return m ? { number: Number(m[1]), name: m[2] || `Part ${m[1]}` } : { number: 0, name: value.trim() };
}
