import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileInkFile } from '../../src/story/compileInk';
import { writeInk } from '../helpers/fixtures';

/** Every file compileInk opens, seen through node:fs itself. */
const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    opened.push(String(path));
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const SECRET = 'SECRET_TOKEN=npm_abcdef';

describe('INCLUDE', () => {
  it('reads files beside the main file', () => {
    const file = writeInk({ 'main.ink': 'INCLUDE part.ink\n-> part\n', 'part.ink': '=== part ===\nHello.\n-> END\n' });
    const result = compileInkFile(file);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.split('/').at(-1))).toEqual(['main.ink', 'part.ink']);
  });

  it('refuses a path that leaves the story\'s folder, or an absolute one, naming the line, and never opens the file', () => {
    const file = writeInk({ 'main.ink': '' });
    const storyDir = dirname(file);
    const outside = mkdtempSync(join(tmpdir(), 'permanence-outside-'));
    writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n`);
    const escape = `../${outside.split('/').at(-1)}/secret.txt`;
    writeFileSync(file, `Hello.\nINCLUDE ${escape}\nINCLUDE /etc/passwd\nINCLUDE ../../../../../../../../etc/hostname\n-> END\n`);
    opened.length = 0;
    const result = compileInkFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(new RegExp(`main\\.ink line 2: cannot INCLUDE "${escape.replace(/\./g, '\\.')}": INCLUDE may only name a file in the story's own folder or in the shared stories/ folder`));
    expect(result.errors.join('\n')).toMatch(/main\.ink line 3: cannot INCLUDE "\/etc\/passwd": INCLUDE may only name/);
    expect(result.errors.join('\n')).toMatch(/main\.ink line 4: cannot INCLUDE/);
    expect(result.files).toEqual([file]);
    expect(opened.filter((f) => !f.startsWith(storyDir))).toEqual([]);
    expect(result.errors.join('\n')).not.toContain(SECRET);
  });

  it('refuses a link in the story\'s folder that leads out of it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'permanence-outside-'));
    writeFileSync(join(outside, 'secret.ink'), `${SECRET}\n`);
    const file = writeInk({ 'main.ink': 'INCLUDE linked.ink\n-> END\n' });
    symlinkSync(join(outside, 'secret.ink'), join(dirname(file), 'linked.ink'));
    opened.length = 0;
    const result = compileInkFile(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/main\.ink line 1: cannot INCLUDE "linked\.ink"/);
    expect(opened).toEqual([file]);
  });
});
