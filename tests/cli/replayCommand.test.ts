import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { drivePlay } from '../../src/engine/drivePlay';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const ESC = '\u001B';
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('permanence replay', () => {
  it('prints reasons that carry clear-screen, title, hyperlink and colour sequences without them', () => {
    // A shipped case (replay reads stories/ only); the first few decisions are enough.
    const { log } = drivePlay({ bundle: loadScenario('chloe').bundle, seed: 1, participant: 'p' }, { pick: () => 0, reasons: () => 'r' }, 4);
    const payload = `${ESC}[2J${ESC}]0;pwned\u0007${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\ ${ESC}[32mverified by supervisor${ESC}[0m \u202Eright-to-left`;
    for (const entry of log.entries) entry.justification = payload;
    const file = join(mkdtempSync(join(tmpdir(), 'permanence-replay-')), 'ansi-reasons.json');
    writeFileSync(file, JSON.stringify(log));
    const r = spawnSync(process.execPath, [TSX, MAIN, 'replay', file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/reasons written: /);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('\uFFFDverified by supervisor\uFFFD <U+202E>right-to-left');
  });
});
