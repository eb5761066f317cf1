/**
 * The register of invented names (stories/names.json) and the checks that keep the cases
 * apart: a room that discusses two cases must never meet two Sandras, two Moorsides or the
 * same mother's line in two mouths. Pure: the caller reads the files (readNameRegister.ts).
 */
import * as v from 'valibot';

const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(80, 'is longer than 80 characters'));
const names = v.array(name);

export const NameRegisterSchema = v.object({
  about: v.optional(v.string()),
  /** Real places, bodies and researchers that any case may name. */
  real: names,
  cases: v.record(
    v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'is not a case id')),
    v.object({ people: names, places: names, services: names }),
  ),
});

export type NameRegister = v.InferOutput<typeof NameRegisterSchema>;

/** One case's text as the checks read it. */
export interface CaseText {
  id: string;
  /** Each story file and the case file, by the name a problem should give. */
  files: { file: string; text: string }[];
  /** The people named in the case file (their `name` field). */
  people: string[];
}

export interface NameProblem {
  /** The case whose files must change. */
  case: string;
  where: string;
  message: string;
}

/** Words in a case file's person name that are titles or words, not names. */
const NOT_NAMES = new Set(['Nana', 'Auntie', 'Uncle', 'Gran', 'Nan', 'Ms', 'Mr', 'Mrs', 'Dr', 'Baby', 'You', 'Mum', 'Dad']);

/** A spoken line shorter than this many words may be said by anyone ("I don't know"). */
const STOCK_LINE_WORDS = 5;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` occurs in `text` as a whole word (a possessive counts: "Sandra's"). */
function mentions(text: string, registered: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(registered)}(?![\\p{L}\\p{N}_])`, 'u').test(text);
}

/** The line number (1-based) where a name first occurs, for the problem's place. */
function lineOf(text: string, registered: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(registered)}(?![\\p{L}\\p{N}_])`, 'u');
  const lines = text.split('\n');
  const n = lines.findIndex((line) => re.test(line));
  return n + 1;
}

function registeredNames(entry: NameRegister['cases'][string]): string[] {
  return [...entry.people, ...entry.places, ...entry.services];
}

/** Ink lines that are code, not text: their quoted strings are values ("section 20"), not speech. */
const INK_CODE = /^\s*(~|VAR\b|CONST\b|\/\/|EXTERNAL\b|INCLUDE\b|#)/;

/** A speech tag between two quoted pieces of one utterance: `"Do what you want," she says. "You will anyway."` */
const SPEECH_TAG_WORDS = 4;

const normalised = (said: string) =>
  said.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * What characters say in an ink file, sentence by sentence, normalised (lower case, words
 * only), to the words as written. Pieces of one utterance split by a short speech tag are
 * joined first, so a line cannot hide behind "she says".
 */
function spokenSentences(text: string): Map<string, string> {
  const sentences = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (INK_CODE.test(line)) continue;
    // A string compared or assigned inside a line ({legal_status == "section 20": ...}) is a value.
    const prose = line.replace(/[=!<>]=?\s*"[^"]*"/g, '');
    const utterances: string[] = [];
    let end = -1;
    for (const m of prose.matchAll(/["“]([^"“”]+)["”]/g)) {
      const gap = end < 0 ? null : prose.slice(end, m.index);
      if (gap !== null && gap.trim().split(/\s+/).length <= SPEECH_TAG_WORDS) utterances[utterances.length - 1] += ` ${m[1]!}`;
      else utterances.push(m[1]!);
      end = m.index + m[0].length;
    }
    for (const said of utterances) {
      for (const sentence of said.split(/(?<=[.!?])\s+/)) {
        const key = normalised(sentence);
        if (key.split(' ').length >= STOCK_LINE_WORDS && !sentences.has(key)) sentences.set(key, sentence.trim());
      }
    }
  }
  return sentences;
}

/**
 * Every way the cases share a name or a line: a name registered to two cases; a case's text
 * using a name registered to another; a person in a case file whose names are not in the
 * case's register; a line of dialogue (five words or more) spoken in two cases.
 */
export function checkNames(register: NameRegister, cases: readonly CaseText[]): NameProblem[] {
  const problems: NameProblem[] = [];
  const real = new Set(register.real);
  const owner = new Map<string, string>();
  for (const [id, entry] of Object.entries(register.cases)) {
    for (const n of registeredNames(entry)) {
      const other = owner.get(n);
      if (other && other !== id) {
        problems.push({ case: id, where: 'stories/names.json', message: `"${n}" is registered to both ${other} and ${id}: give one case another name` });
      } else if (real.has(n)) {
        problems.push({ case: id, where: 'stories/names.json', message: `"${n}" is listed as real and as ${id}'s: keep it in one list` });
      } else owner.set(n, id);
    }
  }
  for (const c of cases) {
    const entry = Object.hasOwn(register.cases, c.id) ? register.cases[c.id] : undefined;
    if (!entry) {
      problems.push({ case: c.id, where: 'stories/names.json', message: `has no entry for ${c.id}: register the case's people, places and services` });
      continue;
    }
    const own = new Set(registeredNames(entry));
    const unregistered = new Set<string>();
    for (const person of c.people) {
      for (const word of person.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
        if (!NOT_NAMES.has(word) && !own.has(word) && !real.has(word) && !unregistered.has(word)) {
          unregistered.add(word);
          problems.push({ case: c.id, where: `stories/${c.id}/casefile.json`, message: `"${word}" (in "${person}") is not in ${c.id}'s entry in stories/names.json: register it` });
        }
      }
    }
    for (const [n, other] of owner) {
      if (other === c.id) continue;
      for (const { file, text } of c.files) {
        if (mentions(text, n)) {
          problems.push({ case: c.id, where: `${file}:${lineOf(text, n)}`, message: `uses "${n}", a name registered to ${other}: choose a name of this case's own` });
        }
      }
    }
  }
  const spoken = new Map<string, { case: string; file: string; said: string }>();
  for (const c of cases) {
    for (const { file, text } of c.files.filter((f) => f.file.endsWith('.ink'))) {
      for (const [key, said] of spokenSentences(text)) {
        const first = spoken.get(key);
        if (!first) spoken.set(key, { case: c.id, file, said });
        else if (first.case !== c.id) {
          // A problem in both cases: either may be the one to change.
          problems.push({ case: c.id, where: file, message: `"${said}" is also said in ${first.case} (${first.file}): give each case its own voices` });
          problems.push({ case: first.case, where: first.file, message: `"${first.said}" is also said in ${c.id} (${file}): give each case its own voices` });
        }
      }
    }
  }
  return problems;
}
