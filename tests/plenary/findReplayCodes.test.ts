import { describe, expect, it } from 'vitest';
import { findReplayCodes } from '../../src/plenary/findReplayCodes';
import { replayCodeOfLog } from '../../src/log/replayCode';
import { group } from './groupFixtures';

const codes = group(4).map(replayCodeOfLog);

describe('finding replay codes in pasted text', () => {
  it('finds one code per line', () => {
    const found = findReplayCodes(codes.join('\n'));
    expect(found.map((f) => f.ok && f.text)).toEqual(codes);
  });

  it('finds codes mixed with chat, punctuation and upper case around them', () => {
    const chat = [
      `[10:02] Sam: here's mine ${codes[0]}, sorry it's late`,
      `[10:03] Jo: ${codes[1]!.toUpperCase()}.`,
      `(${codes[2]}) and also ${codes[3]}!`,
      'Alex: I could not finish, e.g. see notes.txt on the drive at www.example.org',
    ].join('\n');
    const found = findReplayCodes(chat);
    expect(found.every((f) => f.ok)).toBe(true);
    expect(found.map((f) => f.text.toLowerCase())).toEqual(codes);
  });

  it('reports a code-shaped string that does not check out, rather than dropping it', () => {
    const typo = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('a') ? 'b' : 'a');
    const found = findReplayCodes(`mine: ${typo}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ok: false, text: typo });
    if (!found[0]!.ok) expect(found[0]!.reason).toMatch(/mistyped/);
  });

  it('finds nothing in text without codes', () => {
    expect(findReplayCodes('Thanks all, see you at 2pm. Version 1.2.3.4 of the slides is on the drive.')).toEqual([]);
  });
});
