/**
 * What the terminal commands print, made safe to print: file names, logs and stories are
 * written by others, and a terminal obeys the control sequences in what it is sent (clear the
 * screen, rewrite the line, set the title, hide text). So every command writes through `print`
 * and `printError`, which keep newlines and tabs, put U+FFFD where an escape sequence or another
 * control character was, and show bidirectional controls by name (<U+202E>).
 */

/** ESC or CSI sequences: CSI (ESC [ or 0x9B) to its final byte; OSC, DCS, SOS, PM, APC to BEL or ST; other ESC pairs. */
const SEQUENCE = new RegExp([
  '(?:\\u001B\\[|\\u009B)[\\u0030-\\u003F]*[\\u0020-\\u002F]*[\\u0040-\\u007E]?',
  '(?:\\u001B[\\]PX^_]|[\\u0090\\u0098\\u009D\\u009E\\u009F])[^\\u0007\\u001B\\u009C]*(?:\\u0007|\\u001B\\\\|\\u009C)?',
  '\\u001B[\\u0020-\\u002F]*[\\u0030-\\u007E]?',
].join('|'), 'g');

/** C0 and C1 controls and DEL, except tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Characters that reorder what follows them on screen. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(SEQUENCE, '\uFFFD')
    .replace(CONTROL, '\uFFFD')
    .replace(BIDI, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Writes to standard output, made safe. */
export function print(text: string): void {
  process.stdout.write(terminalText(text));
}

/** Writes to standard error, made safe. */
export function printError(text: string): void {
  process.stderr.write(terminalText(text));
}
