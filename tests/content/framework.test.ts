import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { build } from 'vite';
import { FrameworkDefinitionSchema, FrameworkMapSchema, type FrameworkMap } from '../../src/content/frameworkSchema';
import { checkFrameworkMap, mappableIds } from '../../src/content/checkFrameworkMap';
import { readFramework } from '../../src/content/readFramework';
import { buildScenario, STORIES_DIR, StoryBuildError } from '../../src/content/loadStoriesNode';
import { inkStories } from '../../src/content/inkPlugin';
import { lintCommand } from '../../src/cli/lintCommand';
import { FIXTURE, fixtureBundle, writeInk } from '../helpers/fixtures';

const FRAMEWORKS = join(STORIES_DIR, 'frameworks');
const KSS = JSON.parse(readFileSync(join(FRAMEWORKS, 'kss-permanence-2016.json'), 'utf8')) as unknown;
const fixtureTable = (): FrameworkMap => JSON.parse(readFileSync(join(dirname(FIXTURE), 'framework.json'), 'utf8')) as FrameworkMap;

/** A copy of the fixture story in a temporary folder, with the given framework table beside it. */
function fixtureWithTable(table: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'permanence-framework-'));
  for (const name of ['main.ink', 'review.ink']) cpSync(join(dirname(FIXTURE), name), join(dir, name));
  writeFileSync(join(dir, 'framework.json'), JSON.stringify(table, null, 2));
  return join(dir, 'main.ink');
}

/** What `permanence lint` prints for a story, and its exit code. */
function lint(file: string): { code: number; out: string } {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: lintCommand([file]), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('the framework definition and table', () => {
  it('accepts the permanence KSS with its five areas', () => {
    const result = v.safeParse(FrameworkDefinitionSchema, KSS);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output.areas.map((a) => a.id)).toEqual(['kss-p.1', 'kss-p.2', 'kss-p.3', 'kss-p.4', 'kss-p.5']);
  });

  it('refuses a decision mapped to more than two areas, and says why', () => {
    const table = { framework: 'kss-permanence-2016', decisions: { 'a.p1.b': [1, 2, 3].map((n) => ({ area: `kss-p.${n}`, why: 'w' })) } };
    const result = v.safeParse(FrameworkMapSchema, table);
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => i.message)).toContain('maps more than two areas: give the primary area and at most one more');
  });

  it('refuses a broken table with the file, the place and the reason', () => {
    const file = fixtureWithTable({ framework: 'kss-permanence-2016', decisions: { 'test.p1.grandmother': [], 'test.p2.plan': [{ area: 'kss-p.1', why: '  ' }] } });
    const messages = readFramework(file, ['test.p1.grandmother', 'test.p2.plan'], FRAMEWORKS).problems.map((p) => `${p.where}: ${p.message}`);
    const table = join(dirname(file), 'framework.json');
    expect(messages).toContain(`${table}: decisions["test.p1.grandmother"] maps no area: give the primary area first`);
    expect(messages).toContain(`${table}: decisions["test.p2.plan"][0].why is empty`);
  });

  it('refuses a framework that has no definition', () => {
    const file = fixtureWithTable({ ...fixtureTable(), framework: 'early-career-2027' });
    expect(readFramework(file, [], FRAMEWORKS).problems[0]?.message).toMatch(/framework "early-career-2027" has no definition: expected .*early-career-2027\.json/);
  });

  it('asks activities to be mapped too, once exploration reports them', () => {
    const definition = v.parse(FrameworkDefinitionSchema, KSS);
    const ids = mappableIds({ decisionIds: ['t.p1.a'], activityIds: ['t.p1.check'] });
    const problems = checkFrameworkMap({ framework: definition.id, decisions: { 't.p1.a': [{ area: 'kss-p.1', why: 'w' }] } }, definition, ids, 'framework.json');
    expect(problems).toEqual([{ where: 'framework.json', message: expect.stringMatching(/^decision "t\.p1\.check" is not mapped/) as unknown }]);
  });
});

describe('permanence lint checks the framework table', () => {
  it('passes the fixture, whose table maps every decision', () => {
    expect(lint(FIXTURE).code).toBe(0);
  });

  it('names a decision that is not mapped, and the file', () => {
    const table = fixtureTable();
    delete table.decisions['test.p1.family-time'];
    const file = fixtureWithTable(table);
    const { code, out } = lint(file);
    expect(code).toBe(1);
    expect(out).toContain(`${join(dirname(file), 'framework.json')}: decision "test.p1.family-time" is not mapped`);
  });

  it('names a mapped id that is not a decision in the story', () => {
    const table = fixtureTable();
    table.decisions['test.p1.grandmother-typo'] = [{ area: 'kss-p.1', why: 'w' }];
    const { code, out } = lint(fixtureWithTable(table));
    expect(code).toBe(1);
    expect(out).toMatch(/framework\.json: "test\.p1\.grandmother-typo" is mapped but is not a decision in the story/);
  });

  it('names an area the framework does not have', () => {
    const table = fixtureTable();
    table.decisions['test.p2.plan'] = [{ area: 'kss-p.6', why: 'w' }];
    const { code, out } = lint(fixtureWithTable(table));
    expect(code).toBe(1);
    expect(out).toMatch(/framework\.json: "test\.p2\.plan" maps to area "kss-p\.6", which kss-permanence-2016 does not have/);
  });

  it('fails the game build on an unmapped decision', async () => {
    const stories = mkdtempSync(join(tmpdir(), 'permanence-stories-'));
    cpSync(FRAMEWORKS, join(stories, 'frameworks'), { recursive: true });
    mkdirSync(join(stories, 'unmapped'));
    writeFileSync(join(stories, 'unmapped', 'main.ink'), '# title: Unmapped\n# decision: u.p1.a\n# prompt: Q?\n* [Only # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  # ending: e\n  # outcome: It ends.\n  -> END\n');
    writeFileSync(join(stories, 'unmapped', 'framework.json'), JSON.stringify({ framework: 'kss-permanence-2016', decisions: {} }));
    const run = build({
      root: resolve(import.meta.dirname, '../..'),
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStories(stories)],
      build: { outDir: mkdtempSync(join(tmpdir(), 'permanence-out-')), write: false },
    });
    await expect(run).rejects.toThrow(/unmapped[/\\]framework\.json: decision "u\.p1\.a" is not mapped/);
  });
});

describe('the scenario bundle', () => {
  it('carries the framework, its areas and each decision\'s areas', () => {
    const framework = fixtureBundle().framework;
    expect(framework).toMatchObject({ id: 'kss-permanence-2016', title: 'Knowledge and skills statement for achieving permanence', publisher: 'Department for Education', year: 2016 });
    expect(framework?.areas).toHaveLength(5);
    expect(framework?.decisions['test.p2.plan']?.[0]?.area).toBe('kss-p.1');
  });

  it('has no framework when the story has no table', () => {
    const file = writeInk({ 'main.ink': '# title: Plain\nA line.\n# ending: e\n# outcome: It ends.\n-> END\n' });
    expect(buildScenario(file).bundle.framework).toBeNull();
  });

  it('will not build with a broken table, naming the file and the id', () => {
    const table = fixtureTable();
    delete table.decisions['test.p2.priorities'];
    expect(() => buildScenario(fixtureWithTable(table))).toThrow(StoryBuildError);
    expect(() => buildScenario(fixtureWithTable(table))).toThrow(/framework\.json: decision "test\.p2\.priorities" is not mapped/);
  });
});
