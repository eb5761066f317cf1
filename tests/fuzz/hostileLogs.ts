/**
 * Generators of broken and hostile decision logs for the fuzz tests: each case says
 * what it did to a real log, so a test can tell which field the refusal must name.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));

/** Real logs of the test case, down different paths. */
export function realLogs(count = 6): DecisionLog[] {
  const bundle = fixtureBundle();
  return Array.from({ length: count }, (_, i) => drivePlay({ bundle, seed: 11 + i, now: clock }, randomChooser(seededRandom(100 + i))).log);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in a JSON value, the root excluded, with what is there. */
export function pathsOf(value: Json, prefix: Path = []): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push({ path: [...prefix, i], value: item }, ...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push({ path: [...prefix, key], value: item }, ...pathsOf(item, [...prefix, key]));
  }
  return out;
}

function setAt(root: Json, path: Path, replace: (old: Json) => Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const next = replace(node[last]!);
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = next;
}

/** Nested arrays `depth` deep, as JSON text (built as text: a value this deep would overflow JSON.stringify). */
export const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Text made to hurt: control characters, lone surrogates, right-to-left overrides, markup. */
export const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('\u0000\u0007\u001b[31m', '\ud800', '\udfff tail', 'abc\u202egnp.exe', '\u2028\u2029', '<script>alert(1)</script>', '=cmd|\' /C calc\'!A0', 'NaN', 'Infinity', '-Infinity', '__proto__'),
);

/**
 * A value of the wrong kind for every field of that kind. Numbers in the log are small
 * whole numbers, text is at most 20,000 characters, objects and lists are never text.
 */
const notANumber: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>('NaN', 'Infinity', '1', '', true, false, null, [], {}, -1e9, 1e12, 2 ** 53, 1.5, -0.25, { raw: '1e400' }, { raw: '-1e400' }),
  nastyText,
  fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 2 ** 31, max: 2 ** 52 }),
  fc.integer({ min: -(2 ** 52), max: -1001 }),
);
const notText: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>(0, 42, -1, true, false, [], ['text'], {}, { raw: '1e400' }, { raw: nestedArrays(2_000) }),
  fc.integer(),
  fc.nat({ max: 50_000 }).map((extra) => `${'x\u0000\u202e'.repeat(6_667)}${'y'.repeat(extra)}`),
);
const notAnObject: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>('object', 7, true, [], [{}], { raw: nestedArrays(5_000) }),
  nastyText,
);
/** For a field that is empty (null) in the log, whose kind the log does not show: wrong for text, numbers, lists and objects alike. */
const notABoolean: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>('true', 'false', 1, 0, [], {}, [true], { raw: '1e400' }),
  nastyText,
);
/** A judgement is a fraction from 0 to 1: anything else, numbers outside it included. */
const notAUnit: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>('0.5', 'NaN', true, [], {}, -0.25, 1.5, 2, -1e9, { raw: '1e400' }),
  nastyText,
);
const notAnything: fc.Arbitrary<Json | { raw: string }> = fc.constantFrom<Json | { raw: string }>(7, -1, 0.5, true, false, {}, [7], { raw: '1e400' }, { raw: nestedArrays(5_000) });
/** Not a list, or a list whose items are of the wrong kind (an empty list is a valid one). */
const notAList: fc.Arbitrary<Json | { raw: string }> = fc.oneof(
  fc.constantFrom<Json | { raw: string }>('list', 7, true, {}, [null], ['0'], [[]], { raw: nestedArrays(5_000) }),
  nastyText,
);

export type Broken =
  | { kind: 'truncated'; text: string }
  | { kind: 'wrong-type'; text: string; field: string }
  | { kind: 'missing'; text: string; field: string }
  | { kind: 'extra-key'; text: string; key: string }
  | { kind: 'not-a-log'; text: string };

const RAW = '"\u0000raw\u0000"';

/** Puts a value in the log at a path; `{raw}` values are spliced in as JSON text that JSON.stringify cannot write. */
function withValue(log: DecisionLog, path: Path, value: Json | { raw: string }): string {
  const copy = structuredClone(log) as unknown as Json;
  const isRaw = value !== null && typeof value === 'object' && !Array.isArray(value) && 'raw' in value && typeof value.raw === 'string';
  setAt(copy, path, () => (isRaw ? RAW : (value as Json)));
  const text = JSON.stringify(copy);
  return isRaw ? text.replace(JSON.stringify(RAW), () => (value as { raw: string }).raw) : text;
}

/** Broken logs made from real ones. */
export function brokenLogs(logs: DecisionLog[]): fc.Arbitrary<Broken> {
  const texts = logs.map(logToJson);
  const leaves = logs.map((log) => pathsOf(log as unknown as Json));
  const pick = fc.nat({ max: logs.length - 1 });

  const truncated = fc.tuple(pick, fc.double({ min: 0, max: 0.9999, noNaN: true }))
    .map(([i, at]): Broken => ({ kind: 'truncated', text: texts[i]!.slice(0, Math.floor(at * texts[i]!.trimEnd().length)) }));

  const wrongType = fc.tuple(pick, fc.nat()).chain(([i, n]) => {
    const all = leaves[i]!;
    const { path, value } = all[n % all.length]!;
    // The format and version have their own refusals; every other field is checked by the schema.
    // Fields that hold a yes or no (or null where it does not apply) take neither true nor false as wrong.
    const key = String(path[path.length - 1]);
    const yesNo = typeof value === 'boolean' || key === 'unchanged' || (key === 'correct' && path[0] === 'entries');
    const pool = path.includes('judgement') ? notAUnit : yesNo ? notABoolean : value === null ? notAnything : typeof value === 'number' ? notANumber : typeof value === 'string' ? notText
      : Array.isArray(value) ? notAList : notAnObject;
    return pool.map((bad): Broken => ({ kind: 'wrong-type', text: withValue(logs[i]!, path, bad), field: path.join('.') }));
  });

  const missing = fc.tuple(pick, fc.nat()).map(([i, n]): Broken => {
    const objectKeys = leaves[i]!.filter(({ path }) => typeof path[path.length - 1] === 'string');
    const { path } = objectKeys[n % objectKeys.length]!;
    const copy = structuredClone(logs[i]!) as unknown as Json;
    setAt(copy, path, () => undefined);
    return { kind: 'missing', text: JSON.stringify(copy), field: path.join('.') };
  });

  const extraKey = fc.tuple(pick, fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'), fc.jsonValue({ maxDepth: 3 }))
    .map(([i, n, key, value]): Broken => {
      // Spliced in as text: an object literal with a __proto__ key would set its prototype instead.
      const objects = [[], ...leaves[i]!.filter((l) => l.value !== null && typeof l.value === 'object' && !Array.isArray(l.value)).map((l) => l.path)];
      const path = objects[n % objects.length]!;
      const payload = `{"polluted":"yes","prototype":{"polluted":"yes"},"x":${JSON.stringify(value)}}`;
      const marker = '\u0000here\u0000';
      const copy = structuredClone(logs[i]!) as unknown as Json;
      if (path.length === 0) (copy as Record<string, Json>)[marker] = 1;
      else setAt(copy, path, (old) => ({ [marker]: 1, ...(old as Record<string, Json>) }));
      return { kind: 'extra-key', key, text: JSON.stringify(copy).replace(`"${JSON.stringify(marker).slice(1, -1)}":1`, () => `${JSON.stringify(key)}:${payload}`) };
    });

  const notALog = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.record({ format: fc.oneof(nastyText, fc.constant('permanence-decision-logs')), entries: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) }).map((r) => JSON.stringify(r)),
    fc.constantFrom('', ' ', 'null', 'true', '[]', '{}', '"\\ud800"', 'NaN', 'Infinity', '{"format":NaN}', '\ufeff{}', '{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}'),
  ).map((text): Broken => ({ kind: 'not-a-log', text }));

  return fc.oneof(
    { arbitrary: wrongType, weight: 5 },
    { arbitrary: missing, weight: 2 },
    { arbitrary: truncated, weight: 2 },
    { arbitrary: extraKey, weight: 2 },
    { arbitrary: notALog, weight: 2 },
  );
}

/** The fields a refusal may name: the whole file, or a path through the log's own fields. */
const FIELD = /^(\(file\)|(format|version|scenario|storyVersion|seed|participant|cohort|startedAt|finishedAt|entries|totals|scores|ending|draws|checks)(\.[A-Za-z0-9]+)*)$/;

/** A refusal a person can act on: a real field, and a short reason in words, with nothing from the file that could hurt. */
export function expectReadableRefusal(result: { ok: boolean; field?: string; reason?: string }): void {
  expect(result.ok).toBe(false);
  expect(result.field).toMatch(FIELD);
  const reason = result.reason ?? '';
  expect(reason).toMatch(/^(is|should|has|could) /);
  expect(reason).not.toMatch(/^Invalid /);
  expect(reason.length).toBeLessThanOrEqual(300);
  expect(reason).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
}

/** Nothing added to the prototypes every object shares. */
export function expectNoPollution(): void {
  const plain = {} as Record<string, unknown>;
  expect(plain.polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTOTYPE_KEYS);
}
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();
