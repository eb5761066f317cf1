import { describe, expect, it } from 'vitest';
import { checkTagName, parseChoiceTags, parseGlobalTags, parsePart, parseSignedInt } from '../../src/story/tagContract';

describe('the tag contract', () => {
  it('reads signed integers and nothing else as dimension values', () => {
    expect(parseSignedInt('+2')).toBe(2);
    expect(parseSignedInt('-1')).toBe(-1);
    expect(parseSignedInt('0')).toBe(0);
    expect(parseSignedInt('2.5')).toBeNull();
    expect(parseSignedInt('two')).toBeNull();
  });

  it('parses a choice\'s tags', () => {
    const meta = parseChoiceTags(['permanence: +2', 'contact: 0', 'disruption: -1', 'why: It helps: a lot', 'ref: CA 1989 s.34', 'stance: with', 'justify']);
    expect(meta.deltas).toEqual({ permanence: 2, contact: 0, disruption: -1 });
    expect(meta.why).toBe('It helps: a lot');
    expect(meta.stance).toBe('with');
    expect(meta.justify).toBe(true);
  });

  it('suggests the nearest known tag for a misspelling', () => {
    expect(checkTagName('dicision: x')?.message).toBe('unknown tag "dicision": did you mean "decision"?');
    expect(checkTagName('stance: with')).toBeNull();
    expect(checkTagName('justify: yes')?.message).toMatch(/takes no value/);
  });

  it('holds decision and activity ids to lower-case letters, digits, dots and hyphens', () => {
    expect(checkTagName('decision: bradley.p1.first-visit')).toBeNull();
    expect(checkTagName('activity: chloe.p6.identity-objective')).toBeNull();
    expect(checkTagName('decision: first visit')?.message).toBe('the decision id "first visit" is not plain: an id takes lower-case letters, digits, dots and hyphens only (at most 200), such as "bradley.p1.first-visit"');
    for (const id of ['Bradley.p1.visit', 'p1_visit', 'p1/visit', '-p1', '', 'x'.repeat(201)]) {
      expect(checkTagName(`activity: ${id}`)?.message).toMatch(/is not plain/);
    }
  });

  it('reads global tags and part names', () => {
    expect(parseGlobalTags(['title: Bradley', 'minutes: 40', 'content: neglect', 'content: domestic abuse'])).toEqual({
      title: 'Bradley', summary: '', minutes: 40, facts: [], contentNotes: ['neglect', 'domestic abuse'],
    });
    expect(parsePart('2 Coming into placement')).toEqual({ number: 2, name: 'Coming into placement' });
  });
});
