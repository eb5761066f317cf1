import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inkStories } from '../../src/content/inkPlugin';

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
