import { describe, expect, it } from 'vitest';
import { lintStory } from '../../src/story/lintStory';
import { compileInkFile } from '../../src/story/compileInk';
import { checkTagName, emptyPassageMeta, readLineTags } from '../../src/story/tagContract';
import { kindOf } from '../../src/decisions/kind';
import { compileSource } from '../helpers/fixtures';
import { REFLECTION_FIXTURE } from '../helpers/reflectionFixture';

const head = '# title: Lint test\n';
const end = '# ending: done\n# outcome: It ends.\n-> END\n';
const messages = (source: string) => lintStory(compileSource(source)).problems.map((p) => `${p.where}: ${p.message}`).join('\n');
const reflect = (id = 't.p1.reflect', prompt = '# prompt: What did you bring?\n') => `Think back.\n# reflect: ${id}\n${prompt}`;

describe('a reflection point in the tag contract', () => {
  it('is a known line tag, held to the id rules', () => {
    expect(checkTagName('reflect: chloe.p6.reflection')).toBeNull();
    expect(checkTagName('reflect: Chloe reflection')?.message).toMatch(/the reflect id "Chloe reflection" is not plain/);
  });

  it('is its own kind: not a decision, not navigation', () => {
    const meta = readLineTags(emptyPassageMeta(), ['reflect: t.p1.r', 'prompt: Q?']);
    expect(meta).toMatchObject({ reflect: 't.p1.r', decision: null, prompt: 'Q?' });
    expect(kindOf(meta)).toBe('reflection');
  });
});

describe('permanence lint on reflection points', () => {
  it('passes the reflection fixture', () => {
    const compiled = compileInkFile(REFLECTION_FIXTURE);
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(lintStory(compiled.json).problems).toEqual([]);
  });

  it('passes a reflection with a prompt and one plain choice', () => {
    expect(messages(`${head}${reflect()}+ [Keep my reflection and go on]\n  ${end}`)).toBe('');
  });

  it('fails a reflection with no prompt', () => {
    expect(messages(`${head}${reflect('t.p1.reflect', '')}+ [Go on]\n  ${end}`)).toMatch(/reflection t\.p1\.reflect: has no "# prompt:"/);
  });

  it('fails a reflection with more than one choice', () => {
    expect(messages(`${head}${reflect()}+ [Go on]\n  ${end}+ [Or this]\n  ${end}`)).toMatch(/reflection t\.p1\.reflect: offers 2 choices: a reflection point has exactly one plain choice/);
  });

  it('fails dimension tags or a stance on its choice', () => {
    const found = messages(`${head}${reflect()}+ [Go on # permanence: +1 # contact: 0 # disruption: 0 # stance: with]\n  ${end}`);
    expect(found).toMatch(/choice "Go on": has dimension tags: a reflection is never scored/);
    expect(found).toMatch(/choice "Go on": has a "# stance:"/);
  });

  it('fails a reflection id used twice', () => {
    expect(messages(`${head}${reflect('t.p1.same')}+ [Go on]\n  -> two\n=== two ===\n${reflect('t.p1.same')}+ [Go on]\n  ${end}`))
      .toMatch(/reflection t\.p1\.same: the id is used 2 times/);
  });

  it('fails a reflection id that is also a decision\'s or an activity\'s', () => {
    const decision = `# decision: t.p1.clash\n# prompt: Q?\n* [A # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  -> two\n=== two ===\n`;
    expect(messages(`${head}${decision}${reflect('t.p1.clash')}+ [Go on]\n  ${end}`)).toMatch(/reflection t\.p1\.clash: the id is also a decision's or an activity's/);
    const activity = `# activity: t.p1.act\n# prompt: Q?\n* [A # correct # why: w]\n  -> two\n=== two ===\n`;
    expect(messages(`${head}${activity}${reflect('t.p1.act')}+ [Go on]\n  ${end}`)).toMatch(/reflection t\.p1\.act: the id is also a decision's or an activity's/);
  });

  it('fails a reflection that is also tagged as a decision', () => {
    expect(messages(`${head}# decision: t.p1.both\n${reflect('t.p1.other')}+ [Go on # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  ${end}`))
      .toMatch(/reflection t\.p1\.other: is also tagged as a decision/);
  });
});
