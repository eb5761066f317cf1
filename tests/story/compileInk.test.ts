import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/story/compileInk';
import { FIXTURE, writeInk } from '../helpers/fixtures';

describe('compiling ink', () => {
  it('compiles the test story with its INCLUDEd file', () => {
    const result = compileInkFile(FIXTURE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.some((f) => f.endsWith('review.ink'))).toBe(true);
    expect(result.version).toMatch(/^[0-9a-f]{12}$/);
    expect(result.json).toContain('test.p2.plan');
  });

  it('names the file and line of a compile error', () => {
    const file = writeInk({ 'broken.ink': 'Hello.\n* [An option without its closing bracket\n-> END\n' });
    const result = compileInkFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/broken\.ink line 2: /);
  });

  it('names the INCLUDEd file and its line when the error is there', () => {
    const file = writeInk({ 'main.ink': 'INCLUDE second.ink\n-> second\n', 'second.ink': '=== second ===\nText\n-> nowhere\n' });
    const result = compileInkFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/second\.ink line 3: .*nowhere/);
  });

  it('gives the same version for the same story and another for a changed one', () => {
    const a = compileInkFile(writeInk({ 'main.ink': 'One.\n-> END\n' }));
    const b = compileInkFile(writeInk({ 'main.ink': 'One.\n-> END\n' }));
    const c = compileInkFile(writeInk({ 'main.ink': 'Two.\n-> END\n' }));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.version).toBe(b.version);
    expect(a.version).not.toBe(c.version);
  });

  it('counts narrative words but not tags', () => {
    const result = compileInkFile(writeInk({ 'main.ink': 'Four words of text. # scene: office # ending: one-two-three-four\n-> END\n' }));
    expect(result.ok && result.words).toBe(4);
  });
});
