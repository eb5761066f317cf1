/**
 * One folder for the whole run's site builds (see tests/browser/siteBuild.ts): most browser test
 * files play the same built game, and building it once per file was a large part of CI's time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'permanence-test-builds-'));
  process.env.PERMANENCE_TEST_BUILDS = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
