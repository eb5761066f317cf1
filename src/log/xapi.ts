/**
 * xAPI 1.0.3 statements for a play-through, for an organisation's Learning Record Store:
 * one "answered" statement per decision or activity of the path, and a "completed" statement
 * with the score once the case has ended. Each follows the cmi.interaction convention
 * (logInteractions.ts): a ranking is a `sequencing` interaction whose response is the order
 * given; a decision or an activity is a `choice` listing its options; only an activity has a
 * `correctResponsesPattern` and a result `success`. Built from the log and the options the
 * story offered (offeredOptions.ts), with no request made anywhere: the user saves the
 * statements as a file and their organisation loads them into its LRS.
 *
 * Statement ids are name-based UUIDs (version 5) of the attempt and the choice, so exporting
 * the same log twice gives the same statements and an LRS does not count them twice.
 */
import type { ScenarioFramework } from '../content/frameworkSchema';
import { decisionAreas } from '../content/decisionAreas';
import type { DecisionLog } from './logSchema';
import { activeEntries } from './activePath';
import { interactionOf, type InteractionType, type LogInteraction } from './logInteractions';
import type { OfferedOptions } from './offeredOptions';

export const XAPI_VERSION = '1.0.3';

/**
 * The IRIs the statements name (activities, the learner's account, extensions). An
 * organisation sets its own; nothing is ever fetched from it.
 */
export const DEFAULT_IRI_BASE = 'https://permanence-case-simulations.example/';

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
} as const;

const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';

type LanguageMap = Record<string, string>;

/** One option of an interaction, named by its number as shown (1 = the first). */
export interface XapiComponent {
  id: string;
  description: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name: LanguageMap;
    interactionType?: InteractionType;
    /** The options offered (choice and sequencing alike list theirs as `choices`). */
    choices?: XapiComponent[];
    /** An activity's right answers, each one a pattern on its own; a decision has none. */
    correctResponsesPattern?: string[];
  };
}

export interface XapiStatement {
  id: string;
  version: string;
  timestamp: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result: {
    response?: string;
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { scaled: number; raw: number; min: number; max: number };
    extensions: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent: XapiActivity[] };
    extensions: Record<string, unknown>;
  };
}

export interface XapiOptions {
  /** The organisation's IRI base, ending in "/". */
  base?: string;
  /** The case's title, for the activity's name (the log holds only its id). */
  title?: string;
  /** The options the story offered at each step of the path (without them, no choices are listed). */
  offered?: OfferedOptions | null;
  /** The story's practice framework, for the areas each decision exercises. */
  framework?: ScenarioFramework | null;
  /**
   * What verification said of the log, where it was checked (the review). Every statement then
   * carries it, and a log that does not replay true carries no effects, judgements or scores:
   * they cannot be trusted.
   */
  verification?: { verified: boolean; text: string } | null;
}

/** An option's id in an interaction: its number as shown, as the SCORM interactions name it. */
export const optionId = (index: number): string => String(index + 1);

/** xAPI's separator between the items of a multiple or ordered response. */
const SEPARATOR = '[,]';

function interactionDefinition(i: LogInteraction): Partial<XapiActivity['definition']> {
  return {
    interactionType: i.type,
    ...(i.options ? { choices: i.options.map((o) => ({ id: optionId(o.index), description: { 'en-GB': o.text } })) } : {}),
    ...(i.correct && i.correct.length > 0 ? { correctResponsesPattern: i.correct.map(optionId) } : {}),
  };
}

import { overallScore } from '../scoring/overallScore';

export { overallScore };

/** An ISO 8601 duration such as PT1M4.5S, to the hundredth of a second as xAPI asks. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6_000);
  const s = (centis % 6_000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export function logToStatements(log: DecisionLog, options: XapiOptions = {}): XapiStatement[] {
  const base = options.base ?? DEFAULT_IRI_BASE;
  const ext = (name: string) => `${base}xapi/extensions/${name}`;
  const attempt = `${log.scenario}/${log.storyVersion}/${log.seed}/${log.participant}/${log.startedAt}`;
  const registration = uuidV5(base, `registration/${attempt}`);
  const who = log.participant.trim() || 'anonymous';
  const actor = { objectType: 'Agent' as const, name: who, account: { homePage: base, name: who } };
  const caseActivity: XapiActivity = {
    objectType: 'Activity',
    id: `${base}scenarios/${encodeURIComponent(log.scenario)}`,
    definition: { type: SIMULATION, name: { 'en-GB': options.title ?? log.scenario } },
  };
  // A decision's parent is the case; the completion statement is about the case itself.
  const context = (inCase: boolean) => ({
    registration,
    platform: 'Permanence case simulations',
    language: 'en-GB',
    ...(inCase ? { contextActivities: { parent: [caseActivity] } } : {}),
    extensions: { [ext('story-version')]: log.storyVersion, [ext('seed')]: log.seed, [ext('cohort')]: log.cohort },
  });

  const verification = options.verification ?? null;
  const trusted = verification?.verified ?? true;
  const checked = verification ? { [ext('verification')]: verification.verified ? 'verified' : `not verified: ${verification.text}` } : {};
  const statements: XapiStatement[] = [];
  activeEntries(log).forEach((e) => {
    const i = interactionOf(e, 0, options.offered ?? null);
    if (!i) return;
    statements.push({
      id: uuidV5(base, `statement/${attempt}/${e.step}/${i.id}/${e.choice}/${e.chosenAt}`),
      version: XAPI_VERSION,
      timestamp: e.chosenAt,
      actor,
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${caseActivity.id}/decisions/${encodeURIComponent(i.id)}`,
        definition: { type: INTERACTION, name: { 'en-GB': i.id }, ...interactionDefinition(i) },
      },
      result: {
        // Options by their number as shown (1 = first), as the SCORM interactions record them.
        response: i.response.map(optionId).join(SEPARATOR),
        ...(i.success === null ? {} : { success: i.success }),
        duration: isoDuration(Date.parse(e.chosenAt) - Date.parse(e.shownAt)),
        extensions: {
          [ext('decision')]: i.id,
          [ext('kind')]: i.kind,
          [ext('choice')]: { index: e.choice, text: e.text },
          [ext('areas')]: decisionAreas(options.framework, i.id),
          ...(i.kind === 'decision' ? {
            ...(trusted ? { [ext('effects')]: e.deltas, [ext('judgement')]: e.judgement } : {}),
            [ext('stance')]: e.stance,
          } : {}),
          ...(e.ranking ? { [ext('ranking-unchanged')]: e.ranking.unchanged } : {}),
          [ext('reasons')]: e.justification,
          ...checked,
        },
      },
      context: context(true),
    });
  });
  if (log.ending && log.finishedAt) {
    const raw = overallScore(log.scores);
    statements.push({
      id: uuidV5(base, `statement/${attempt}/completed/${log.ending.id}/${log.finishedAt}`),
      version: XAPI_VERSION,
      timestamp: log.finishedAt,
      actor,
      verb: VERBS.completed,
      object: caseActivity,
      result: {
        completion: true,
        duration: isoDuration(Date.parse(log.finishedAt) - Date.parse(log.startedAt)),
        ...(raw === null || !trusted ? {} : { score: { scaled: raw / 100, raw, min: 0, max: 100 } }),
        extensions: {
          ...(trusted ? { [ext('scores')]: log.scores, [ext('totals')]: log.totals } : {}),
          [ext('log-version')]: log.version,
          [ext('checks')]: log.checks, [ext('draws')]: log.draws, [ext('ending')]: log.ending,
          ...checked,
        },
      },
      context: context(false),
    });
  }
  return statements;
}

export function statementsToJson(statements: readonly XapiStatement[]): string {
  return `${JSON.stringify(statements, null, 2)}\n`;
}

/** RFC 4122 section 4.3: a name-based UUID (SHA-1, version 5) of `name`, in a namespace made from the IRI base. */
export function uuidV5(base: string, name: string): string {
  const namespace = uuidBytes(sha1(concat(hexBytes(URL_NAMESPACE), utf8(base))));
  const bytes = uuidBytes(sha1(concat(namespace, utf8(name))));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The RFC 4122 namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
const URL_NAMESPACE = '6ba7b8119dad11d180b400c04fd430c8';

/** The first 16 bytes of a hash, with the version (5) and variant (RFC 4122) bits set. */
function uuidBytes(hash: Uint8Array): Uint8Array {
  const bytes = hash.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * SHA-1 (FIPS 180-4), which version 5 UUIDs are defined on. Here rather than Web Crypto
 * because that is asynchronous and missing on pages not served over HTTPS, as some
 * intranets and LMSs serve the game. Not used for anything that needs to resist attack.
 */
export function sha1(message: Uint8Array): Uint8Array {
  const length = message.length;
  const padded = new Uint8Array((((length + 8) >> 6) + 1) * 64);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] = t < 20 ? [(b & c) | (~b & d), 0x5a827999]
        : t < 40 ? [b ^ c ^ d, 0x6ed9eba1]
          : t < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
            : [b ^ c ^ d, 0xca62c1d6];
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}
