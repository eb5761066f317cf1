/**
 * A log file's text for the terminal commands, or why it cannot be had. The file is opened
 * without blocking and checked to be a regular file before anything is read: a named pipe
 * would otherwise wait for ever, and a folder would throw in the middle of a batch.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_LOG_BYTES } from '../log/importLog';

export type LogFileText = { ok: true; text: string } | { ok: false; reason: string };

function reasonOf(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'cannot be found: check the path';
    case 'EACCES': case 'EPERM': return 'cannot be read: permission denied';
    case 'EISDIR': return 'is a folder, not a log file';
    default: return `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
}

export function readLogFile(file: string): LogFileText {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe with no writer returns at once (it is then refused below).
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a log file' };
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file (a pipe, socket or device): save the log to a file first' };
    if (stat.size > MAX_LOG_BYTES) {
      return { ok: false, reason: `is ${(stat.size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_LOG_BYTES / 1024 / 1024} MB a decision log can be` };
    }
    return { ok: true, text: readFileSync(fd, 'utf8') };
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  } finally {
    closeSync(fd);
  }
}
