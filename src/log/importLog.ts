/**
 * Reading a log someone hands us: refused by size before parsing, then parsed, then
 * validated against the schema. Every refusal names the problem in words.
 */
import * as v from 'valibot';
import { DecisionLogSchema, LOG_FORMAT, LOG_VERSION, type DecisionLog } from './logSchema';
import { describeIssue, describeValue, excerpt, issueField } from './describeIssue';

/** Far above a real log (a long case with long reasons is well under 1 MB). */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;

export type ImportResult =
  | { ok: true; log: DecisionLog }
  | { ok: false; field: string; reason: string };

export function importLogText(text: string): ImportResult {
  // Length in UTF-16 units is a lower bound on bytes: refuse before parsing anything.
  if (text.length > MAX_LOG_BYTES) {
    return { ok: false, field: '(file)', reason: `is ${(text.length / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_LOG_BYTES / 1024 / 1024} MB a decision log can be` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, field: '(file)', reason: `is not valid JSON (${excerpt((err as Error).message, 160)}); it may be truncated or not a decision log` };
  }
  return importLogData(data);
}

export function importLogData(data: unknown): ImportResult {
  try {
    return checkLogData(data);
  } catch (err) {
    // Only reachable with data that did not come from JSON (a getter that throws, a proxy).
    return { ok: false, field: '(file)', reason: `could not be read (${excerpt(String(err), 160)}); it is not a decision log` };
  }
}

/**
 * The log inside a saved game (what the game keeps in browser storage, and what its recovery
 * screen and "Your data on this device" may hand over as a file): the tools read the log in it.
 */
export function savedGameLog(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const log = record.log;
  const isLog = typeof log === 'object' && log !== null && (log as Record<string, unknown>).format === LOG_FORMAT;
  return record.format === undefined && typeof record.machineVersion === 'number' && isLog ? log : null;
}

function checkLogData(data: unknown): ImportResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, field: '(file)', reason: 'is not a decision log (expected a JSON object)' };
  }
  const inner = savedGameLog(data);
  if (inner !== null) return checkLogData(inner);
  const record = data as Record<string, unknown>;
  if (record.format !== LOG_FORMAT) {
    return { ok: false, field: 'format', reason: `is not "${LOG_FORMAT}": this file is not a decision log` };
  }
  if (record.version === undefined) return { ok: false, field: 'version', reason: 'is missing' };
  if (typeof record.version === 'number' && Number.isFinite(record.version) && record.version > LOG_VERSION) {
    return { ok: false, field: 'version', reason: `is ${describeValue(record.version)}, newer than this game reads (${LOG_VERSION}): open it with a newer version of the game` };
  }
  const result = v.safeParse(DecisionLogSchema, data);
  if (result.success) return { ok: true, log: result.output };
  const issue = result.issues[0];
  return { ok: false, field: issueField(issue, '(file)'), reason: describeIssue(issue) };
}
