/**
 * Reads an author's JSON file (a framework table, the name register) against its schema.
 * Every problem names the file and where in it, as an author reads it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as v from 'valibot';
import type { StoryProblem } from '../story/checkPassage';

/** A path as an author reads it: relative to where the command runs, when it is inside. */
export const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};

export function readJson<S extends v.GenericSchema>(path: string, schema: S): { value: v.InferOutput<S> } | { problems: StoryProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { problems: [{ where: shown(path), message: `is not valid JSON (${(err as Error).message})` }] };
  }
  const result = v.safeParse(schema, data);
  if (result.success) return { value: result.output };
  return { problems: result.issues.map((i) => ({ where: shown(path), message: `${pathOf(i)} ${i.message}` })) };
}

/** Where in the file an issue is, readable when keys are decision ids with dots in them: decisions["a.p1.b"][0].why. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  if (keys.length === 0) return '(the file)';
  return keys.map((key, n) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_]\w*$/.test(String(key)) ? `${n === 0 ? '' : '.'}${String(key)}` : `[${JSON.stringify(String(key))}]`)).join('');
}
