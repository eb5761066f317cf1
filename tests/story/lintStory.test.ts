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

  it('fails a decision or activity id that is not plain, naming the id and the rule', () => {
    const problems = messages(`${head}# decision: first visit\n${choice('A')}\n  ${end}`);
    expect(problems).toContain('tag "# decision: first visit": the decision id "first visit" is not plain: an id takes lower-case letters, digits, dots and hyphens only (at most 200), such as "bradley.p1.first-visit"');
    const activity = messages(`${head}# activity: T.P1.Check\n* [Right # correct # why: w]\n  ${end}`);
    expect(activity.join('\n')).toMatch(/the activity id "T\.P1\.Check" is not plain/);
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

  it('refuses RANDOM, shuffles and LIST_RANDOM outside the draw function', () => {
    const problems = messages(`${head}LIST colours = red, blue\n~ temp x = RANDOM(1, 3)\n{~one|two}\n{LIST_RANDOM(colours)}\n${end}`);
    expect(problems.join('\n')).toMatch(/the opening lines: uses RANDOM, a shuffle \(\{~\.\.\.\}\), LIST_RANDOM: randomness must come only through draw/);
  });

  it('takes a fact drawn through draw(), declared with as many values, and its RANDOM fallback', () => {
    const fact = '# fact: coin = Whether it lands heads \\| Heads \\| Tails\nEXTERNAL draw(fact, n)\n';
    expect(messages(`${head}${fact}~ temp x = draw("coin", 2)\n${end}=== function draw(fact, n) ===\n~ return RANDOM(1, n)\n`)).toEqual([]);
  });

  it('fails a fact drawn without a declaration, or with another number of values, and warns on one never drawn', () => {
    const source = (draws: string) => `${head}# fact: coin = Whether it lands heads \\| Heads \\| Tails\nEXTERNAL draw(fact, n)\n${draws}${end}=== function draw(fact, n) ===\n~ return RANDOM(1, n)\n`;
    expect(messages(source('~ temp x = draw("coin", 3)\n~ temp y = draw("dice", 6)\n'))).toEqual(expect.arrayContaining([
      'fact coin: is declared with 2 values but drawn with 3: give the "# fact:" tag one set of words per value drawn',
      expect.stringMatching(/^fact dice: is drawn \(draw\("dice", 6\)\) but not declared/),
    ]));
    const result = lintStory(compileSource(source('')));
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => w.where)).toEqual(['fact coin']);
  });

  it('asks an activity for a right answer and feedback, and refuses scores and a stance there', () => {
    const problems = messages(`${head}# activity: t.p1.check\n* [Fact # why: checkable]\n  ${end}* [Opinion # stance: with # permanence: 1 # contact: 0 # disruption: 0]\n  ${end}`).join('\n');
    expect(problems).toMatch(/activity t\.p1\.check, choice "Opinion": has dimension tags/);
    expect(problems).toMatch(/activity t\.p1\.check, choice "Opinion": has a "# stance:"/);
    expect(problems).toMatch(/choice "Opinion": lacks # why/);
    expect(problems).toMatch(/activity t\.p1\.check: marks no right answer/);
  });

  it('takes only met or missed as the child\'s timescale', () => {
    expect(messages(`${head}Done.\n# ending: done\n# outcome: It ends.\n# timescale: soon\n-> END\n`).join('\n')).toMatch(/"# timescale: soon": the child's timescale is either "met" or "missed"/);
  });

  it('takes a conditional timescale when every path gives met or missed, and names the path that does not', () => {
    const story = (missed: string) => `${head}VAR late = false\n* [On time]\n  -> done\n* [Late]\n  ~ late = true\n  -> done\n=== done ===\nDone.\n# ending: done\n# outcome: It ends.\n# timescale: {late:${missed}|met}\n-> END\n`;
    expect(messages(story('missed'))).toEqual([]);
    expect(messages(story('soon')).join('\n')).toMatch(/"# timescale: soon": the child's timescale is either "met" or "missed", and a conditional value must give one of them on every path/);
  });

  it('warns, without failing, when the best option is over 1.5 times as long as the next', () => {
    const result = lintStory(compileSource(`${head}# decision: t.p1.a\n${choice('A much, much longer best option here', '# permanence: +2 # contact: 0 # disruption: 0')}\n  ${end}${choice('Short', '# permanence: 0 # contact: 0 # disruption: 0')}\n  ${end}`));
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => `${w.where}: ${w.message}`).join('\n')).toMatch(/decision t\.p1\.a: the best option \("A much, much longer best option here"\) is 7\.2 times as long as the next longest/);
  });
});
