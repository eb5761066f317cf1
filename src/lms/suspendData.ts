/**
 * The saved session in the LMS's suspend data, in one of two forms:
 *
 *   z1:<base64>   the whole saved session (as in browser storage), deflated
 *   c1:<json>     the choices only, as a replay code, with when the play-through began,
 *                 who played it and how many log entries it had
 *
 * The whole session is written when it fits the version's limit (SCORM 2004 keeps 64,000
 * characters, SCORM 1.2 only 4,096). When it does not, the choices form keeps every
 * decision but none of the written reasons, which stay in the browser's own save.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import type { SavedSession } from '../engine/playMachine';
import { decodeReplayCode, replayCodeOfLog, type ReplayCode } from '../log/replayCode';
import { SavedSessionSchema } from '../persistence/savedSessionSchema';

const FULL = 'z1:';
const CHOICES = 'c1:';

export type SuspendForm = 'full' | 'choices';

export type ReadSuspendData =
  | { kind: 'empty' }
  | { kind: 'full'; saved: SavedSession }
  | { kind: 'choices'; choices: ChoicesOnly }
  | { kind: 'unreadable'; reason: string };

/** What the choices form keeps. */
export interface ChoicesOnly {
  code: ReplayCode;
  startedAt: string;
  participant: string;
  cohort: string | null;
  /** How many entries the log had (taken-back choices included) when this was written. */
  entries: number;
}

const ChoicesSchema = v.object({
  code: v.pipe(v.string(), v.maxLength(1_200)),
  startedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  participant: v.pipe(v.string(), v.maxLength(80)),
  cohort: v.nullable(v.pipe(v.string(), v.maxLength(80))),
  entries: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5_000)),
});

function toBase64(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true));
}

function fromBase64(text: string): Uint8Array {
  return strToU8(atob(text), true);
}

export function fullForm(saved: SavedSession): string {
  return FULL + toBase64(deflateSync(strToU8(JSON.stringify(saved)), { level: 9 }));
}

export function choicesForm(saved: SavedSession): string {
  const { log } = saved;
  return CHOICES + JSON.stringify({
    code: replayCodeOfLog(log), startedAt: log.startedAt, participant: log.participant, cohort: log.cohort, entries: log.entries.length,
  });
}

/** The fullest form that fits `limit` characters, or null if not even the choices fit. */
export function encodeSuspendData(saved: SavedSession, limit: number): { text: string; form: SuspendForm } | null {
  const full = fullForm(saved);
  if (full.length <= limit) return { text: full, form: 'full' };
  const choices = choicesForm(saved);
  return choices.length <= limit ? { text: choices, form: 'choices' } : null;
}

export function decodeSuspendData(text: string): ReadSuspendData {
  if (text.trim() === '') return { kind: 'empty' };
  let data: unknown;
  try {
    if (text.startsWith(FULL)) data = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(FULL.length)))));
    else if (text.startsWith(CHOICES)) data = JSON.parse(text.slice(CHOICES.length));
    else return { kind: 'unreadable', reason: 'it was not written by this game' };
  } catch {
    return { kind: 'unreadable', reason: 'it is damaged (it cannot be unpacked)' };
  }
  if (text.startsWith(FULL)) {
    const result = v.safeParse(SavedSessionSchema, data);
    if (!result.success) return { kind: 'unreadable', reason: `it is damaged (${v.getDotPath(result.issues[0]) ?? 'entry'} ${result.issues[0].message})` };
    return { kind: 'full', saved: result.output };
  }
  const result = v.safeParse(ChoicesSchema, data);
  if (!result.success) return { kind: 'unreadable', reason: `it is damaged (${v.getDotPath(result.issues[0]) ?? 'entry'} ${result.issues[0].message})` };
  const code = decodeReplayCode(result.output.code);
  if (!code.ok) return { kind: 'unreadable', reason: `its replay code cannot be read: ${code.reason}` };
  return { kind: 'choices', choices: { ...result.output, code: code.code } };
}
