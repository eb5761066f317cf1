/**
 * A schema problem in words a person can act on. The library's own messages echo the
 * offending value whole, so a hostile file could put megabytes of text, control
 * characters or right-to-left overrides into the message: here a value is described by
 * its kind, with at most a short, cleaned excerpt.
 */
import * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

const EXCERPT = 40;

/** Text safe to show in one line: no control or bidirectional formatting characters, no lone surrogates, kept short. */
export function excerpt(text: string, max = EXCERPT): string {
  // With the u flag a lone surrogate is a code point of its own (Cs); a valid pair is not.
  const clean = text.replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu, '\uFFFD');
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

/** What a value is, in words, without repeating it at length. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return value.length === 0 ? 'empty text' : `the text "${excerpt(value)}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to use';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'empty (null)',
};

/** The schema's expectation ("number", ">=0", "<=80") as words; the schema writes these, so they are safe to show. */
function expectedWords(expected: string | null): string {
  if (!expected) return 'something else';
  const words = expected.split(' | ').map((e) => {
    const bound = /^(>=|<=)(.+)$/.exec(e);
    if (bound) return `${bound[1] === '>=' ? 'at least' : 'at most'} ${bound[2]}`;
    return EXPECTED_WORDS[e] ?? excerpt(e);
  });
  return [...new Set(words)].join(' or ');
}

/** One issue as "<what is wrong>", to follow the field's name. */
export function describeIssue(issue: Issue): string {
  // Our own messages (the schema's second arguments) already read as "is ...".
  if (!/^Invalid /.test(issue.message)) return excerpt(issue.message, 200);
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'is missing';
    const expected = issue.type === 'picklist' || issue.type === 'literal' ? `one of ${excerpt(issue.expected ?? '', 120)}` : expectedWords(issue.expected);
    return `should be ${expected} but is ${describeValue(issue.input)}`;
  }
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
      return `is ${describeValue(issue.input)}, but must be ${expectedWords(issue.expected)}`;
    case 'max_length':
    case 'min_length':
      return `has a length of ${excerpt(issue.received, 20)}, but must have ${expectedWords(issue.expected)}`;
    default:
      return `is not valid here (${describeValue(issue.input)}; expected ${expectedWords(issue.expected)})`;
  }
}

/** Where the problem is, as a dot path (entries.3.deltas.contact), cleaned for display. */
export function issueField(issue: Issue, fallback: string): string {
  const path = v.getDotPath(issue);
  return path === null ? fallback : excerpt(path, 120);
}
