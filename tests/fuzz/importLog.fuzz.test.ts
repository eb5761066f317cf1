/**
 * Fuzzing the log import: thousands of broken and hostile files, each refused with a
 * message that names the field and the problem, none throwing, none polluting the
 * shared prototypes, and none changing the logs already loaded beside it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importLogData, importLogText, MAX_LOG_BYTES } from '../../src/log/importLog';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { brokenLogs, expectNoPollution, expectReadableRefusal, nestedArrays, pathsOf, realLogs } from './hostileLogs';

const logs = realLogs();
const RUNS = 10_000;

/** Logs already loaded (as a trainer's group or an assessor's list holds them): import adds to it only on success. */
class LoadedLogs {
  readonly items: DecisionLog[] = [];
  add(text: string) {
    const result = importLogText(text);
    if (result.ok) this.items.push(result.log);
    return result;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe('importing generated broken and hostile logs', () => {
  it(`refuses ${RUNS.toLocaleString('en-GB')} broken logs by name, throws on none, and leaves the loaded logs alone`, () => {
    const loaded = new LoadedLogs();
    for (const log of logs) expect(loaded.add(logToJson(log)).ok).toBe(true);
    for (const log of loaded.items) deepFreeze(log);
    const before = JSON.stringify(loaded.items);
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(brokenLogs(logs), (broken) => {
        kinds.set(broken.kind, (kinds.get(broken.kind) ?? 0) + 1);
        const count = loaded.items.length;
        const result = loaded.add(broken.text);
        if (broken.kind === 'extra-key') {
          // Unknown keys, prototype-pollution keys included, are dropped; the rest of the log is kept.
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(Object.getPrototypeOf(result.log)).toBe(Object.prototype);
            const keys = new Set(pathsOf(result.log as never).map(({ path }) => path[path.length - 1]));
            expect(['__proto__', 'constructor', 'prototype', 'polluted'].filter((k) => keys.has(k))).toEqual([]);
          }
          loaded.items.length = count;
        } else {
          expectReadableRefusal(result);
          if (!result.ok) {
            if (broken.kind === 'truncated') expect(result).toMatchObject({ field: '(file)', reason: expect.stringMatching(/^is not valid JSON .*truncated/) });
            if (broken.kind === 'wrong-type') expect(result.field === broken.field || result.field.startsWith(`${broken.field}.`)).toBe(true);
            // A file without a format is simply not a decision log; every other missing field is named as missing.
            if (broken.kind === 'missing') expect(result).toEqual({ ok: false, field: broken.field, reason: broken.field === 'format' ? expect.stringMatching(/not a decision log/) : 'is missing' });
          }
          expect(loaded.items.length).toBe(count);
        }
        expectNoPollution();
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    expect(JSON.stringify(loaded.items)).toBe(before);
    // Every kind of damage was tried, many times over.
    for (const kind of ['truncated', 'wrong-type', 'missing', 'extra-key', 'not-a-log']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(RUNS / 20);
  });

  it('names the field of a wrong type in words, with no echo of a huge or hostile value', () => {
    const log = JSON.parse(logToJson(logs[0]!));
    log.seed = '\u202e\u0000'.repeat(500_000);
    const result = importLogText(JSON.stringify(log));
    expect(result).toEqual({ ok: false, field: 'seed', reason: 'should be a number but is the text "����������������������������������������…"' });
  });

  it('says what a number out of range is, and what it must be', () => {
    const log = JSON.parse(logToJson(logs[0]!));
    log.entries[0].deltas.contact = 5000;
    expect(importLogText(JSON.stringify(log))).toEqual({ ok: false, field: 'entries.0.deltas.contact', reason: 'is 5000, but must be at most 1000' });
    log.entries[0].deltas.contact = 0;
    log.scores.permanence = -3;
    expect(importLogText(JSON.stringify(log))).toEqual({ ok: false, field: 'scores.permanence', reason: 'is -3, but must be at least 0' });
  });

  it('refuses NaN and Infinity, written as JSON cannot hold them or as text', () => {
    const text = logToJson(logs[0]!);
    for (const bad of ['NaN', 'Infinity', '-Infinity']) {
      expect(importLogText(text.replace(/"seed": \d+/, `"seed": ${bad}`))).toMatchObject({ ok: false, field: '(file)', reason: expect.stringMatching(/^is not valid JSON/) });
      expect(importLogText(text.replace(/"seed": \d+/, `"seed": "${bad}"`))).toEqual({ ok: false, field: 'seed', reason: `should be a number but is the text "${bad}"` });
    }
    // 1e400 is valid JSON that reads as Infinity.
    expect(importLogText(text.replace(/"seed": \d+/, '"seed": 1e400'))).toMatchObject({ ok: false, field: 'seed' });
    expect(importLogText(text.replace(/"version": 2/, '"version": 1e400'))).toMatchObject({ ok: false, field: 'version' });
  });

  it('refuses 100,000 nested arrays as a file and inside a field, without running out of stack', () => {
    const deep = nestedArrays(100_000);
    expect(importLogText(deep)).toEqual({ ok: false, field: '(file)', reason: 'is not a decision log (expected a JSON object)' });
    const inField = logToJson(logs[0]!).replace(/"participant": "[^"]*"/, `"participant": ${deep}`);
    expect(importLogText(inField)).toEqual({ ok: false, field: 'participant', reason: 'should be text but is a list of 1' });
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expectReadableRefusal(importLogText(objects));
    const inUnknown = logToJson(logs[0]!).replace('{', `{"extra": ${deep},`);
    expect(importLogText(inUnknown).ok).toBe(true);
  });

  it('refuses a file just over the size limit before parsing, and 5,001 entries by count', () => {
    const big = logToJson(logs[0]!).replace(/"participant": "[^"]*"/, `"participant": "${'x'.repeat(MAX_LOG_BYTES)}"`);
    expect(importLogText(big)).toMatchObject({ ok: false, field: '(file)', reason: expect.stringMatching(/larger than the 5 MB/) });
    const many = structuredClone(logs[0]!);
    many.entries = Array.from({ length: 5_001 }, () => many.entries[0]!);
    expect(importLogText(JSON.stringify(many))).toEqual({ ok: false, field: 'entries', reason: 'has a length of 5001, but must have at most 5000' });
  });

  it('refuses data that throws when read, without throwing itself', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('a trap'); } });
    expect(importLogData(hostile)).toMatchObject({ ok: false, field: '(file)', reason: expect.stringMatching(/^could not be read/) });
    const cyclic: Record<string, unknown> = { ...JSON.parse(logToJson(logs[0]!)) };
    cyclic.entries = [cyclic];
    expectReadableRefusal(importLogData(cyclic));
  });

  it('does not change the data it is given', () => {
    const data = deepFreeze(JSON.parse(logToJson(logs[1]!).replace('{', '{"__proto__": {"polluted": "yes"},')));
    const before = JSON.stringify(data);
    const result = importLogData(data);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(data)).toBe(before);
    if (result.ok) expect(result.log).not.toBe(data);
    expectNoPollution();
  });
});
