import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/terminalText';

const ESC = '\u001B';
/** Any character a terminal acts on rather than shows, apart from newline and tab. */
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('text printed to a terminal', () => {
  it('keeps words, newlines and tabs as they are', () => {
    expect(terminalText('Kinship first.\n\tThen contact: 3 × a week — é, 日本, 👩‍👧\n')).toBe('Kinship first.\n\tThen contact: 3 × a week — é, 日本, 👩‍👧\n');
    expect(terminalText('one\r\ntwo')).toBe('one\ntwo');
  });

  it('strips CSI sequences: colours, clearing the screen, rewriting the line', () => {
    expect(terminalText(`${ESC}[2J${ESC}[32mverified by supervisor${ESC}[0m`)).toBe('\uFFFD\uFFFDverified by supervisor\uFFFD');
    expect(terminalText(`x.json${ESC}[2K\rbob.json: verified${ESC}[8m`)).toBe('x.json\uFFFD\uFFFDbob.json: verified\uFFFD');
    expect(terminalText('\u009B31mred')).toBe('\uFFFDred');
  });

  it('strips OSC sequences (window titles, hyperlinks) whole, with either terminator', () => {
    expect(terminalText(`${ESC}]0;pwned\u0007after`)).toBe('\uFFFDafter');
    expect(terminalText(`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`)).toBe('\uFFFDclick\uFFFD');
    expect(terminalText(`${ESC}P1$r${ESC}\\ok`)).toBe('\uFFFDok');
  });

  it('replaces other C0 and C1 controls, and a lone escape', () => {
    expect(terminalText('a\u0000b\u0007c\u0008d\u007Fe\u0085f\rg')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg');
    expect(terminalText(`${ESC}c${ESC}(Bend${ESC}`)).toBe('\uFFFD\uFFFDend\uFFFD');
  });

  it('shows bidirectional controls by name instead of obeying them', () => {
    expect(terminalText('name\u202Egnp.exe')).toBe('name<U+202E>gnp.exe');
    expect(terminalText('\u2066a\u2069\u200F')).toBe('<U+2066>a<U+2069><U+200F>');
  });

  it('lets nothing raw through, whatever it is given', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c) + (c % 7 === 0 ? `${ESC}[` : '');
    expect(terminalText(all)).not.toMatch(RAW);
  });
});
