/**
 * Compiles ink source with the compiler that ships in inkjs. Build time and Node only:
 * the game itself only ever loads the compiled JSON.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { countNarrativeWords } from './countWords';

export interface CompiledInk {
  ok: true;
  /** The compiled story JSON, as inkjs's Story constructor takes it. */
  json: string;
  /** A short hash of the compiled story: logs name the version they were played on. */
  version: string;
  /** Every source file read, the main file first (INCLUDEs after). */
  files: string[];
  warnings: string[];
  /** Words of narrative and choice text, tags excluded. */
  words: number;
}

export interface FailedInk {
  ok: false;
  /** Each names the file and line, e.g. `stories/bradley/main.ink line 12: ...`. */
  errors: string[];
  files: string[];
}

export function storyVersion(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 12);
}

/** The folder every case's folder sits in: a story may INCLUDE what the cases share from there. */
const SHARED_STORIES = resolve(import.meta.dirname, '../../stories');

/** The path with links followed (the path itself where it does not exist). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * INCLUDE reads only the story's own folder and the shared stories/ folder: whatever a story
 * reads ends up in the public build, so a path out of them (absolute, `..`, or a link that
 * leads out) is refused before the file is opened.
 */
function refusedInclude(file: string, storyRoot: string): string | null {
  const real = realPath(file);
  if ([storyRoot, SHARED_STORIES].some((folder) => isInside(real, realPath(folder)))) return null;
  return `INCLUDE may only name a file in the story's own folder or in the shared stories/ folder; this one is outside both`;
}

/** Paths in messages are relative to the working directory, so they read well in a terminal. */
function tidyMessage(message: string, root: string): string {
  return message
    .replace(/^(ERROR|WARNING|TODO): /, '')
    // inkjs reports a refused or failed INCLUDE as "Failed to load: 'x'.\nError:Error: why".
    .replace(/Failed to load: '([^']*)'\.\s*Error:\s*(?:Error:\s*)?/, (_m, name: string) => `cannot INCLUDE "${name}": `)
    .replace(/'([^']+\.ink)' line (\d+)/, (_m, file: string, line: string) => `${relative(process.cwd(), resolve(root, file))} line ${line}`);
}

export function compileInkFile(mainPath: string): CompiledInk | FailedInk {
  const main = resolve(mainPath);
  const root = dirname(main);
  const files: string[] = [main];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (file: string) => {
      const refusal = refusedInclude(file, root);
      if (refusal) throw new Error(refusal);
      files.push(file);
      return readFileSync(file, 'utf8');
    },
  };
  let source: string;
  try {
    source = readFileSync(main, 'utf8');
  } catch {
    return { ok: false, errors: [`${relative(process.cwd(), main)}: cannot read the file`], files };
  }
  const messages: { text: string; kind: 'error' | 'warning' }[] = [];
  // Positional arguments: (sourceFilename, pluginNames, countAllVisits, errorHandler, fileHandler)
  const options = new CompilerOptions(main, [], false, (message: string, type: number) => {
    // ErrorType: 0 author (TODO), 1 warning, 2 error
    messages.push({ text: message, kind: type === 2 ? 'error' : 'warning' });
  }, fileHandler);
  const compiler = new Compiler(source, options);
  try {
    const story = compiler.Compile();
    const errors = messages.filter((m) => m.kind === 'error');
    if (!story || errors.length > 0) {
      return { ok: false, errors: errors.map((m) => tidyMessage(m.text, root)), files };
    }
    const json = story.ToJson();
    if (!json) return { ok: false, errors: [`${relative(process.cwd(), main)}: the compiler produced no story`], files };
    try {
      JSON.parse(json);
    } catch (err) {
      const at = Number(/position (\d+)/.exec((err as Error).message)?.[1] ?? 0);
      return { ok: false, errors: [`${relative(process.cwd(), main)}: the compiled story is not valid JSON near "${json.slice(Math.max(0, at - 60), at + 20)}"; look for unusual characters in that text`], files };
    }
    return {
      ok: true,
      json,
      version: storyVersion(json),
      files,
      warnings: messages.filter((m) => m.kind === 'warning').map((m) => tidyMessage(m.text, root)),
      words: countNarrativeWords(JSON.parse(json)),
    };
  } catch (err) {
    const errors = messages.filter((m) => m.kind === 'error').map((m) => tidyMessage(m.text, root));
    if (errors.length === 0) errors.push(`${relative(process.cwd(), main)}: ${(err as Error).message}`);
    return { ok: false, errors, files };
  }
}
