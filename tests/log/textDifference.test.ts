import { describe, expect, it } from 'vitest';
import { bothTexts, describeCharacter, firstDifference } from '../../src/log/textDifference';

describe('showing where two texts differ', () => {
  it('names a look-alike letter, an invisible character and a direction override by code point', () => {
    expect(describeCharacter('\u0430')).toBe('U+0430 CYRILLIC SMALL LETTER A');
    expect(describeCharacter('\u200b')).toBe('U+200B ZERO WIDTH SPACE');
    expect(describeCharacter('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCharacter('\u0501')).toBe('U+0501 CYRILLIC SMALL LETTER KOMI DE');
    expect(describeCharacter('\u04cf')).toBe('U+04CF (Cyrillic) "\u04cf"');
    expect(describeCharacter('\u0007')).toBe('U+0007');
    expect(describeCharacter('a')).toBe('"a"');
    expect(describeCharacter(' ')).toBe('a space');
  });

  it('says where the first difference is, counting characters as a reader does', () => {
    expect(firstDifference('bradley', 'bradley')).toBeNull();
    expect(firstDifference('br\u0430dley', 'bradley')).toBe('they first differ at character 3 (after "br"): U+0430 CYRILLIC SMALL LETTER A in the log, "a" in the story');
    expect(firstDifference('😀x', '😀y')).toMatch(/^they first differ at character 2 /);
    expect(firstDifference('ab', 'ab\u200b')).toBe('they first differ at character 3 (after "ab"): the end of the text in the log, U+200B ZERO WIDTH SPACE in the story');
  });

  it('keeps a plain visible difference to the two excerpts, and points at one they would hide', () => {
    expect(bothTexts('Wait', 'Act')).toBe('"Wait" in the log, "Act" in the story');
    expect(bothTexts('Act\u200b', 'Act')).toMatch(/; they first differ at character 4 .*U\+200B ZERO WIDTH SPACE in the log/);
    expect(bothTexts(`${'x'.repeat(90)}a`, `${'x'.repeat(90)}b`)).toMatch(/; they first differ at character 91 \(after "…x{20}"\): "a" in the log, "b" in the story$/);
  });

  it('shows no control or direction character of the log in the message', () => {
    expect(bothTexts('\u202eabc\u0000', 'abc')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});
