import { describe, expect, it } from 'vitest';
import { lintStory } from '../../src/story/lintStory';
import { compileInkFile } from '../../src/story/compileInk';
import { choice, compileSource, FIXTURE } from '../helpers/fixtures';

const head = '# title: Lint test\n';
const end = '# ending: done\n# outcome: It ends.\n-> END\n';
const messages = (source: string) => lintStory(compileSource(source)).problems.map((p) => `${p.where}: ${p.message}`);

describe('permanence lint', () => {
  it('passes the test story, which uses the whole contract', () => {
    const compiled = compileInkFile(FIXTURE);
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(lintStory(compiled.json).problems).toEqual([]);
  });

  it('fails a choice at a decision that lacks a dimension, why, ref or stance', () => {
    const problems = messages(`${head}# decision: t.p1.a\n# prompt: Q?\n* [No contact tag # permanence: +1 # disruption: 0 # why: w # ref: r # stance: with]\n  ${end}* [No why # permanence: +1 # contact: 0 # disruption: 0 # ref: r # stance: with]\n  ${end}* [Nothing at all # permanence: +1 # contact: 0 # disruption: 0]\n  ${end}`);
    expect(problems.join('\n')).toMatch(/"No contact tag": lacks # contact/);
    expect(problems.join('\n')).toMatch(/"No why": lacks # why/);
    expect(problems.join('\n')).toMatch(/"Nothing at all": lacks # why, # ref, # stance/);
  });

  it('fails a dimension value that is not a signed integer', () => {
    expect(messages(`${head}# decision: t.p1.a\n* [A # permanence: lots # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  ${end}`).join('\n'))
      .toMatch(/"# permanence: lots" is not a signed integer/);
  });

  it('fails a stance outside with, to, for and not', () => {
    expect(messages(`${head}# decision: t.p1.a\n* [A # permanence: 1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: alongside]\n  ${end}`).join('\n'))
      .toMatch(/lacks # stance/);
  });

  it('fails a decision id that repeats', () => {
    const problems = messages(`${head}# decision: t.p1.same\n${choice('A')}\n  -> second\n=== second ===\n# decision: t.p1.same\n${choice('B')}\n  ${end}`);
    expect(problems.join('\n')).toMatch(/decision t\.p1\.same: the id is used 2 times/);
  });

  it('fails a knot or stitch no path reaches', () => {
    const problems = messages(`${head}Start.\n${end}=== orphan ===\nNever read.\n-> END\n=== reached ===\n= lonely\nAlso never read.\n-> END\n`);
    expect(problems).toContain('knot or stitch orphan: is never reached by any path');
    expect(problems).toContain('knot or stitch reached.lonely: is never reached by any path');
  });

  it('fails a path that ends without an ending', () => {
    const problems = messages(`${head}* [Go left]\n  Left.\n  ${end}* [Go right]\n  Right, and then nothing.\n  -> END\n`);
    expect(problems.join('\n')).toMatch(/after choices 1: the story stops without an "# ending:" tag \(last line: "Right, and then nothing\."\)/);
  });

  it('names a misspelled tag and suggests the nearest known one', () => {
    const problems = messages(`${head}# decision: t.p1.a\n* [A # permanance: +1 # permanence: 1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  ${end}`);
    expect(problems.join('\n')).toMatch(/unknown tag "permanance": did you mean "permanence"\?/);
  });

  it('fails a scored choice with no decision before it', () => {
    expect(messages(`${head}${choice('Scored but lost')}\n  ${end}`).join('\n')).toMatch(/is scored but no "# decision:" tag/);
  });

  it('fails a rank decision whose options lack the expert order', () => {
    const problems = messages(`${head}# decision: t.p1.r\n# rank\n${choice('A', undefined, ' # expert: 1')}\n  ${end}${choice('B')}\n  ${end}`);
    expect(problems.join('\n')).toMatch(/"B": lacks # expert/);
  });

  it('fails a balance decision whose options lack benefits or risks', () => {
    const problems = messages(`${head}# decision: t.p1.b\n# balance\n${choice('A', undefined, ' # benefits: b # risks: r')}\n  ${end}${choice('B', undefined, ' # benefits: b')}\n  ${end}`);
    expect(problems.join('\n')).toMatch(/"B": lacks # risks/);
  });
});
