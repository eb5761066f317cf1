/**
 * `npm run package:scorm`: builds the game for an LMS and packs it as SCORM 1.2 and SCORM
 * 2004 zips (dist-scorm/permanence-scorm12.zip, dist-scorm/permanence-scorm2004.zip): the
 * manifest, the launch page and every asset, all local and relative. The build uses
 * Vite's `scorm` mode, which leaves out the offline service worker: inside an LMS the
 * LMS serves the files, and a worker would outlive the package in the learner's browser.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { viteConfigLoader } from './viteConfigLoader';
import { listScenarioIds, STORIES_DIR } from '../content/loadStoriesNode';
import type { ScormVersion } from '../lms/findApi';
import { MANIFEST_FILE, scormManifest, type PackagedCase } from '../lms/scormManifest';
import { print, printError } from './terminalText';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCORM_MODE = 'scorm';
export const SCORM_OUT = join(ROOT, 'dist-scorm');
const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];
/** Files that would mean a service worker slipped into the package. */
const WORKER_FILES = ['sw.js', 'registerSW.js', 'manifest.webmanifest'];
/** Already compressed: deflating them again only costs time. */
const STORED = /\.(mp3|ogg|png|jpe?g|webp|woff2?)$/i;

export interface ScormPackage {
  version: ScormVersion;
  zip: string;
  files: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Each case's title, from the `# title:` tag at the top of its story. */
export function packagedCases(storiesDir = STORIES_DIR): PackagedCase[] {
  return listScenarioIds(storiesDir).map((id) => {
    const source = readFileSync(join(storiesDir, id, 'main.ink'), 'utf8');
    const title = /^\s*#\s*title:\s*(.+?)\s*$/m.exec(source)?.[1] ?? id;
    return { id, title };
  });
}

export async function packageScorm(outDir = SCORM_OUT): Promise<ScormPackage[]> {
  const buildDir = mkdtempSync(join(tmpdir(), 'permanence-scorm-'));
  try {
    await build({ ...viteConfigLoader, root: ROOT, mode: SCORM_MODE, base: './', logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
    const files = listFiles(buildDir);
    const worker = files.filter((f) => WORKER_FILES.includes(f));
    if (worker.length > 0) {
      throw new Error(`the ${SCORM_MODE} build contains ${worker.join(', ')}: a service worker must not go into an LMS package. Leave it out of vite.config.ts in mode "${SCORM_MODE}".`);
    }
    if (!files.includes('index.html')) throw new Error('the build has no index.html to launch');
    const cases = packagedCases();
    const contents: Zippable = {};
    for (const f of files) contents[f] = [readFileSync(join(buildDir, f)), { level: STORED.test(f) ? 0 : 9 }];
    mkdirSync(outDir, { recursive: true });
    return VERSIONS.map((version) => {
      const zip = join(outDir, `permanence-scorm${version.replace('.', '')}.zip`);
      const manifest = new TextEncoder().encode(scormManifest(version, cases, files));
      // The manifest first, at the root of the zip, where every LMS looks for it.
      writeFileSync(zip, zipSync({ [MANIFEST_FILE]: manifest, ...contents }, { mtime: new Date('2026-01-01T00:00:00Z') }));
      return { version, zip, files };
    });
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  packageScorm().then((packages) => {
    for (const p of packages) {
      print(`SCORM ${p.version}: ${relative(process.cwd(), p.zip)} (${(statSync(p.zip).size / 1024 / 1024).toFixed(1)} MB, ${p.files.length} files)\n`);
    }
  }, (error: unknown) => {
    printError(`The SCORM packages could not be built: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
