/**
 * The browser's scenario lookup across versions. The current version of each case comes
 * from its chunk (virtual:scenarios' loaders); each archived version is a chunk of its own
 * (virtual:story-versions), loaded only when a log, a code or a saved game names it.
 * `ensureVersion` loads a chunk into the cache that the synchronous `lookup` reads.
 * No Vite import here, so Node tests can drive it with plain loaders.
 */
import type { ScenarioBundle, ScenarioLookup, ScenarioSummary } from './scenarioBundle';
import { versionForPrefix } from './storyVersions';

export type BundleLoader = () => Promise<ScenarioBundle>;

export class VersionStore {
  private readonly cache = new Map<string, ScenarioBundle>();
  private readonly currentOf = new Map<string, string>();

  constructor(
    scenarios: readonly ScenarioSummary[],
    private readonly loaders: Readonly<Record<string, BundleLoader>>,
    /** Per case, per archived version, its loader (the current version's maps to the case's own chunk). */
    private readonly archive: Readonly<Record<string, Readonly<Record<string, BundleLoader>>>>,
  ) {
    for (const s of scenarios) this.currentOf.set(s.id, s.version);
  }

  /** Sync: the bundle of a case (current, or the version given) if loaded already. */
  readonly lookup: ScenarioLookup = (id, version) => {
    const current = this.currentOf.get(id);
    if (current === undefined) return undefined;
    return this.cache.get(`${id}/${version ?? current}`);
  };

  currentVersion(id: string): string | undefined {
    return this.currentOf.get(id);
  }

  /** Every version of a case this game keeps, the current one first. */
  versionsOf = (id: string): string[] => {
    const current = this.currentOf.get(id);
    if (current === undefined) return [];
    const archived = Object.hasOwn(this.archive, id) ? Object.keys(this.archive[id]!) : [];
    return [current, ...archived.filter((v) => v !== current)];
  };

  /** The version a replay code's 6-hex prefix names, among those kept. */
  versionForPrefix(id: string, prefix: string): string | undefined {
    return versionForPrefix(this.versionsOf(id), prefix);
  }

  /**
   * Loads a case's current version and, when given, the version named, so `lookup` finds
   * them. False when this game does not keep that case or version (nothing is thrown for
   * that; a failed download still throws, for the caller to report).
   */
  async ensureVersion(id: string, version?: string): Promise<boolean> {
    const current = this.currentOf.get(id);
    if (current === undefined || !Object.hasOwn(this.loaders, id)) return false;
    await this.load(id, current, this.loaders[id]!);
    if (version === undefined || version === current) return true;
    const loader = Object.hasOwn(this.archive, id) && Object.hasOwn(this.archive[id]!, version) ? this.archive[id]![version]! : undefined;
    if (!loader) return false;
    await this.load(id, version, loader);
    return true;
  }

  private async load(id: string, version: string, loader: BundleLoader): Promise<void> {
    const key = `${id}/${version}`;
    if (this.cache.has(key)) return;
    const bundle = await loader();
    if (bundle.id !== id || bundle.version !== version) throw new Error(`the story chunk for ${key} holds ${bundle.id}/${bundle.version}`);
    this.cache.set(key, bundle);
  }
}
