import { describe, expect, it } from 'vitest';
import { listScenarioIds, loadScenario, nodeLookup, nodeVersionsOf } from '../../src/content/loadStoriesNode';
import { archivedVersions, readArchivedBundle } from '../../src/content/storyArchive';
import { versionForPrefix } from '../../src/content/storyVersions';

describe('the archive of released story versions (stories/<case>/versions/)', () => {
  it.each(listScenarioIds())('keeps the current version of %s', (id) => {
    const { version } = loadScenario(id).bundle;
    expect(
      archivedVersions(id).includes(version),
      `stories/${id}: version ${version} is not in stories/${id}/versions/. Run \`npm run cli -- archive\` and commit the new file, so logs, saved games and replay codes of this release stay verifiable once the story changes.`,
    ).toBe(true);
  });

  it.each(listScenarioIds())('holds in each file of %s the version its name says', (id) => {
    for (const version of archivedVersions(id)) {
      const bundle = readArchivedBundle(id, version)!;
      expect([bundle.id, bundle.version, typeof bundle.json, bundle.bounds !== undefined]).toEqual([id, version, 'string', true]);
    }
  });

  it('looks a version up in the current build or the archive, and nothing else', () => {
    const lookup = nodeLookup();
    const current = lookup('bradley')!;
    expect(lookup('bradley', current.version)).toBe(current);
    expect(lookup('bradley', '1d12d31b4e1e')?.version).toBe('1d12d31b4e1e');
    expect(lookup('bradley', 'aaaaaaaaaaaa')).toBeUndefined();
    expect(lookup('bradley', '../../../x')).toBeUndefined();
    expect(lookup('constructor', '1d12d31b4e1e')).toBeUndefined();
    expect(nodeVersionsOf('bradley')[0]).toBe(current.version);
    expect(nodeVersionsOf('bradley')).toContain('1d12d31b4e1e');
  });

  it('finds a version by a replay code\'s prefix only when one matches', () => {
    expect(versionForPrefix(['1d12d31b4e1e', 'aaaaaa000000'], '1d12d3')).toBe('1d12d31b4e1e');
    expect(versionForPrefix(['1d12d31b4e1e'], 'bbbbbb')).toBeUndefined();
    expect(versionForPrefix(['1d12d3000000', '1d12d3111111'], '1d12d3')).toBeUndefined();
  });
});
