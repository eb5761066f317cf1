import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inkStories } from '../../src/content/inkPlugin';
import { buildScenario } from '../../src/content/loadStoriesNode';
import { writeArchivedBundle } from '../../src/content/storyArchive';

function storiesWith(main: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'permanence-stories-'));
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', 'main.ink'), main);
  return dir;
}

async function buildWith(storiesDir: string) {
  const root = resolve(import.meta.dirname, '../..');
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories(storiesDir)],
    build: { outDir: mkdtempSync(join(tmpdir(), 'permanence-out-')), write: false },
  });
}

describe('building the game', () => {
  it('fails when a story does not compile, naming the file and line', async () => {
    const dir = storiesWith('# title: Broken\nHello.\n* [No closing bracket\n-> END\n');
    await expect(buildWith(dir)).rejects.toThrow(/broken[/\\]main\.ink line 3/);
  });

  it('fails when a story breaks the tag contract', async () => {
    const dir = storiesWith('# title: Broken\n# decision: b.p1.a\n* [Only # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: sideways]\n  # ending: e\n  -> END\n');
    await expect(buildWith(dir)).rejects.toThrow(/lacks # stance/);
  });
});

describe('building the game with archived story versions', () => {
  it('puts each earlier version in a chunk of its own, loaded only when asked for, and the current one once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'permanence-stories-'));
    mkdirSync(join(dir, 'mini'));
    const story = (line: string) => `# title: Mini\n${line}\n* [Go on]\n  # ending: done\n  # outcome: Done.\n  -> END\n`;
    writeFileSync(join(dir, 'mini', 'main.ink'), story('The first release says this.'));
    const older = buildScenario('mini', dir).bundle;
    expect(writeArchivedBundle(older, dir)).toBe(true);
    writeFileSync(join(dir, 'mini', 'main.ink'), story('The revised story says this instead.'));
    const current = buildScenario('mini', dir).bundle;
    expect(writeArchivedBundle(current, dir)).toBe(true);
    expect(current.version).not.toBe(older.version);

    const root = resolve(import.meta.dirname, '../..');
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import { archive } from 'virtual:story-versions';\nexport const versions = archive;\n");
    const output = await build({
      root, configFile: false, logLevel: 'silent', plugins: [inkStories(dir)],
      build: { outDir: mkdtempSync(join(tmpdir(), 'permanence-out-')), write: false, lib: { entry, formats: ['es'] } },
    });
    const chunks = (Array.isArray(output) ? output[0]! : output as { output: { type: string; code?: string; fileName: string; isEntry?: boolean }[] }).output
      .filter((c) => c.type === 'chunk') as { code: string; fileName: string; isEntry?: boolean }[];
    const holding = (text: string) => chunks.filter((c) => c.code.includes(text));
    const entryChunk = chunks.find((c) => c.isEntry)!;
    // Neither story's text is in the entry: each is loaded when a log or a saved game asks for it.
    expect(entryChunk.code).not.toContain('says this');
    expect(entryChunk.code).toContain(older.version);
    expect(entryChunk.code).toContain(current.version);
    expect(holding('The first release says this.')).toHaveLength(1);
    // Each story chunk carries its compiled ink written as the current one's is (the start-page test counts them).
    expect(chunks.filter((c) => /\\?"inkVersion\\?"/.test(c.code))).toHaveLength(2);
    expect(holding('The revised story says this instead.')).toHaveLength(1);
  });
});
