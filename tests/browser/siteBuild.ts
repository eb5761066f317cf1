/**
 * The built game for a stories folder, built once per test run and shared by every browser test
 * file that asks for the same stories. Test files run in several processes at once: the first to
 * ask builds, under a lock (a directory only one process can create), and the others wait for it.
 * The build is keyed by the stories' content, so two fresh copies of the same folder share it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { viteConfigLoader } from '../../src/cli/viteConfigLoader';

const ROOT = join(import.meta.dirname, '../..');
const WAIT_MS = 280_000;

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** A digest of every file's path and content in the stories folder. */
export function storiesKey(storiesDir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(storiesDir)) hash.update(file).update('\0').update(readFileSync(join(storiesDir, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Builds the game from `storiesDir` into `outDir` (vite.config.ts reads the folder from the environment). */
export async function buildSite(storiesDir: string | undefined, outDir: string): Promise<void> {
  const before = process.env.PERMANENCE_STORIES_DIR;
  if (storiesDir) process.env.PERMANENCE_STORIES_DIR = storiesDir;
  try {
    await build({ ...viteConfigLoader, root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.PERMANENCE_STORIES_DIR;
    else process.env.PERMANENCE_STORIES_DIR = before;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The folder of the built game for these stories: shared within the run when the run has a builds folder, else a fresh build. */
export async function sharedSite(storiesDir: string | undefined): Promise<string> {
  const builds = process.env.PERMANENCE_TEST_BUILDS;
  if (!builds) {
    const outDir = mkdtempSync(join(tmpdir(), 'permanence-build-'));
    await buildSite(storiesDir, outDir);
    return outDir;
  }
  const key = storiesKey(storiesDir ?? process.env.PERMANENCE_STORIES_DIR ?? join(ROOT, 'stories'));
  const outDir = join(builds, key);
  const done = `${outDir}.done`;
  const failed = `${outDir}.failed`;
  let mine = false;
  try {
    mkdirSync(`${outDir}.lock`);
    mine = true;
  } catch {
    // Another test file is building it.
  }
  if (mine) {
    try {
      await buildSite(storiesDir, outDir);
      writeFileSync(done, '');
    } catch (err) {
      writeFileSync(failed, String((err as Error).stack ?? err));
      throw err;
    }
    return outDir;
  }
  for (const began = Date.now(); Date.now() - began < WAIT_MS; await sleep(250)) {
    if (existsSync(done)) return outDir;
    if (existsSync(failed)) throw new Error(`the shared build of the game failed in another test file:\n${readFileSync(failed, 'utf8')}`);
  }
  throw new Error(`waited ${WAIT_MS / 1000} s for another test file to build the game into ${outDir}; it never finished`);
}
