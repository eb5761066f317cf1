/**
 * Reads stories/names.json and every shipped case's story files and case file, and checks
 * them against one another (content/nameRegister.ts). Lint runs it over all the cases at
 * once: a name shared by two cases is a problem in both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { listScenarioIds, STORIES_DIR } from './loadStoriesNode';
import { readJson, shown } from './readJsonFile';
import { checkNames, NameRegisterSchema, type CaseText, type NameProblem } from './nameRegister';

export const NAME_REGISTER = 'names.json';

const PersonNames = v.object({ people: v.array(v.object({ name: v.string() })) });

function caseText(storiesDir: string, id: string): CaseText {
  const dir = join(storiesDir, id);
  const inkFiles = readdirSync(dir).filter((f) => f.endsWith('.ink')).sort();
  const files = inkFiles.map((f) => ({ file: shown(join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
  const caseFilePath = join(dir, 'casefile.json');
  let people: string[] = [];
  if (existsSync(caseFilePath)) {
    const text = readFileSync(caseFilePath, 'utf8');
    files.push({ file: shown(caseFilePath), text });
    // The case file's own schema is checked by the build; here only the names are wanted.
    try {
      const parsed = v.safeParse(PersonNames, JSON.parse(text));
      if (parsed.success) people = parsed.output.people.map((p) => p.name);
    } catch {
      // Not JSON: the build reports the case file; its text is still checked for names.
    }
  }
  return { id, files, people };
}

/** The register's problems for every shipped case, or a problem saying the register is missing or malformed. */
export function checkNameRegister(storiesDir = STORIES_DIR): NameProblem[] {
  const path = join(storiesDir, NAME_REGISTER);
  const ids = listScenarioIds(storiesDir);
  if (!existsSync(path)) {
    return ids.map((id) => ({ case: id, where: shown(path), message: 'is missing: list each case\'s people, places and services there (see stories/README.md)' }));
  }
  const register = readJson(path, NameRegisterSchema);
  if ('problems' in register) return ids.flatMap((id) => register.problems.map((p) => ({ case: id, ...p })));
  return checkNames(register.value, ids.map((id) => caseText(storiesDir, id)));
}
