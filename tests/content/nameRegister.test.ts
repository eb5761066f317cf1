import { describe, expect, it } from 'vitest';
import { checkNames, type CaseText, type NameRegister } from '../../src/content/nameRegister';
import { checkNameRegister } from '../../src/content/readNameRegister';

const register = (cases: NameRegister['cases'], real: string[] = ['London']): NameRegister => ({ real, cases });
const entry = (people: string[], places: string[] = [], services: string[] = []) => ({ people, places, services });
const ink = (id: string, text: string, people: string[] = []): CaseText => ({ id, files: [{ file: `stories/${id}/main.ink`, text }], people });

describe('the name register', () => {
  it('refuses a name registered to two cases, or to a case and the real list', () => {
    const problems = checkNames(register({ a: entry(['Sandra']), b: entry(['Sandra', 'London']) }), []);
    expect(problems.map((p) => [p.case, p.message])).toEqual([
      ['b', '"Sandra" is registered to both a and b: give one case another name'],
      ['b', '"London" is listed as real and as b\'s: keep it in one list'],
    ]);
  });

  it("finds another case's name in a story, possessive included, with its line, but not inside a longer word", () => {
    const reg = register({ a: entry(['Pat'], ['Moorside']), b: entry(['Kerry']) });
    const problems = checkNames(reg, [ink('b', 'Kerry rings.\nPatrick calls. Patience.\nPat\'s house in Moorside.\n'), ink('a', 'Pat waits in London.')]);
    expect(problems).toEqual([
      { case: 'b', where: 'stories/b/main.ink:3', message: 'uses "Pat", a name registered to a: choose a name of this case\'s own' },
      { case: 'b', where: 'stories/b/main.ink:3', message: 'uses "Moorside", a name registered to a: choose a name of this case\'s own' },
    ]);
  });

  it('asks for every name of every person in the case file, once each, titles aside', () => {
    const reg = register({ a: entry(['Adwoa']) });
    const problems = checkNames(reg, [ink('a', '', ['Adwoa Darko (Nana Adwoa)', 'Yaw Darko', 'Baby Darko (not yet named)'])]);
    expect(problems.map((p) => p.message)).toEqual([
      '"Darko" (in "Adwoa Darko (Nana Adwoa)") is not in a\'s entry in stories/names.json: register it',
      '"Yaw" (in "Yaw Darko") is not in a\'s entry in stories/names.json: register it',
    ]);
  });

  it('says which case has no entry', () => {
    expect(checkNames(register({}), [ink('c', 'Hello.')])[0]).toMatchObject({ case: 'c', message: expect.stringMatching(/has no entry for c/) });
  });

  it('finds a line of dialogue spoken in two cases, even split by a speech tag, and reports it in both', () => {
    const reg = register({ a: entry([]), b: entry([]) });
    const a = ink('a', 'Kerry says "Do what you want, you will anyway," and ends the call.');
    const b = ink('b', '"Do what you want," she says. "You will anyway." Her eyes fill.');
    const problems = checkNames(reg, [a, b]);
    expect(problems.map((p) => p.case).sort()).toEqual(['a', 'b']);
    expect(problems[0]!.message).toMatch(/is also said in/);
  });

  it('matches a sentence inside a longer utterance, and leaves short lines and ink values alone', () => {
    const reg = register({ a: entry([]), b: entry([]) });
    const a = ink('a', 'She says, "At least you said it to my face."\n~ status = "interim care order under section 38"\n"I don\'t know."');
    const b = ink('b', 'She says, "At least you said it to my face. Last time I got a letter."\n{status == "interim care order under section 38": x}\n"I don\'t know."');
    expect(checkNames(reg, [a, b]).map((p) => p.message)).toEqual([
      '"At least you said it to my face." is also said in a (stories/a/main.ink): give each case its own voices',
      '"At least you said it to my face." is also said in b (stories/b/main.ink): give each case its own voices',
    ]);
  });

  it('passes cases that keep to their own names and voices', () => {
    const reg = register({ a: entry(['Kerry'], ['Calderbrook']), b: entry(['Olivia']) });
    expect(checkNames(reg, [ink('a', 'Kerry lives in Calderbrook, not London.', ['Kerry']), ink('b', '"I am not not-bothered," Olivia says.', ['Olivia'])])).toEqual([]);
  });
});

describe('the shipped cases', () => {
  it('share no name and no line of dialogue, and register every person in their case files', () => {
    expect(checkNameRegister()).toEqual([]);
  });
});
