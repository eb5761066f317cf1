/**
 * Takes in the group's play-throughs one by one (log files and replay codes), gives each
 * a verdict the trainer can read, and keeps the ones that count. Nothing is thrown: a bad
 * file is set aside with its reason and the rest carry on.
 *
 * The same play-through counts once. "The same" means the same log, whatever its seed says
 * (one file loaded twice, or copies with the seed changed), or the same case, story version,
 * seed and choices in force (playThroughKey: a log and the code copied from it). When a code
 * and a log are the same play-through the log is kept, since it carries the pseudonym.
 */
import type { ScenarioLookup } from '../content/scenarioBundle';
import { describePlayedVersion, playedVersion, versionForPrefix, type VersionsOf } from '../content/storyVersions';
import { importLogText, type ImportResult } from '../log/importLog';
import { verifyLog, verifySteps, type ReplayProgress, type VerifyResult } from '../log/verifyLog';
import type { DecisionLog } from '../log/logSchema';
import { fromCode, fromVerifiedLog, playThroughKey, sourceLabel, type Participant, type Source } from './participant';
import { matchOlderLog } from './matchOlderLog';
import { digestOf } from '../review/logDigest';
import type { FoundCode } from './findReplayCodes';

export type VerdictKind = 'verified' | 'other-version' | 'diverges' | 'invalid' | 'duplicate';

export const VERDICT_NAMES: Record<VerdictKind, string> = {
  verified: 'Verified',
  'other-version': 'Other story version',
  diverges: 'Diverges',
  invalid: 'Invalid',
  duplicate: 'Duplicate',
};

export interface Submission {
  source: Source;
  kind: VerdictKind;
  /** For the trainer: what was found and, where it is set aside, what to do. */
  detail: string;
  /** The participant counted from it; null when it is set aside or a duplicate. */
  participant: Participant | null;
  scenario: string | null;
  /** The log itself, for a verified log file that counts (for the records export). */
  log?: DecisionLog;
}

export class GroupIntake {
  readonly submissions: Submission[] = [];
  private files = 0;
  private codes = 0;
  private readonly byKey = new Map<string, Submission>();

  /**
   * `versionsOf` lists the versions of each case this game keeps (current and archived), so a
   * replay code of an earlier release is read against its own version; by default the current only.
   */
  constructor(
    private readonly lookup: ScenarioLookup,
    private readonly versionsOf: VersionsOf = (id) => { const b = lookup(id); return b ? [b.version] : []; },
  ) {}

  addLogText(name: string, text: string): Submission {
    return this.addImported(name, importLogText(text));
  }

  /** A log's verification in steps, for a page that runs it in slices and passes the verdict to addImported. */
  verification(log: DecisionLog): Generator<ReplayProgress, VerifyResult> {
    return verifySteps(log, this.lookup);
  }

  /**
   * For callers that imported the text already (to load the case it names first); `verified`
   * is the log's verdict where the caller ran `verification` itself, else it is verified here.
   */
  addImported(name: string, imported: ImportResult, verified?: VerifyResult): Submission {
    const source: Source = { kind: 'file', n: ++this.files, name };
    if (!imported.ok) {
      const what = imported.field === '(file)' ? `The file ${imported.reason}` : `${imported.field} ${imported.reason}`;
      return this.push({ source, kind: 'invalid', scenario: null, participant: null, detail: `${what}. It is set aside; ask for the file again as the game exported it.` });
    }
    const log = imported.log;
    const verdict = verified ?? verifyLog(log, this.lookup);
    switch (verdict.kind) {
      case 'invalid':
        return this.push({ source, kind: 'invalid', scenario: null, participant: null, detail: `${verdict.field} ${verdict.reason}. It is set aside.` });
      case 'diverges':
        return this.push({ source, kind: 'diverges', scenario: log.scenario, participant: null, detail: `does not replay true at decision ${verdict.at}: ${verdict.what}. It is set aside (it may have been edited); ask for the file as the game exported it.` });
      case 'verified':
        return this.count({ source, kind: 'verified', scenario: log.scenario, participant: fromVerifiedLog(log, source, this.lookup(log.scenario, log.storyVersion)), detail: `replays true against the story${this.olderVersion(log.scenario, log.storyVersion)}.`, log }, log);
      case 'unknown-version': {
        const bundle = this.lookup(log.scenario)!;
        const match = matchOlderLog(log, bundle, source);
        const notMatched = match.participant.unmatched.length ? ` Not matched: ${match.participant.unmatched.join(', ')}.` : '';
        const byPlace = match.participant.matchedByPlace.length ? ` Matched by the option's place, as its wording changed: ${match.participant.matchedByPlace.join(', ')}.` : '';
        const counted = match.matched > 0 ? 'counted in the decision walk; its scores and path are left out' : 'so it is set aside';
        const detail = `played on another version of the story (${log.storyVersion}; this game has ${bundle.version}). ${match.matched} of ${match.decisions} decisions matched by decision id, ${counted}.${notMatched}${byPlace}`;
        return this.count({ source, kind: 'other-version', scenario: log.scenario, participant: match.matched > 0 ? match.participant : null, detail }, log);
      }
    }
  }

  addCode(found: FoundCode): Submission {
    const source: Source = { kind: 'code', n: ++this.codes, code: found.text };
    if (!found.ok) return this.push({ source, kind: 'invalid', scenario: null, participant: null, detail: `${found.reason}. Ask for the code to be copied again.` });
    const { scenario, versionPrefix, seed, choices, startPart } = found.code;
    const current = this.lookup(scenario);
    if (!current) return this.push({ source, kind: 'invalid', scenario: null, participant: null, detail: `"${scenario}" is not a case this game has.` });
    // A code of an earlier release is read against that version, when this game keeps it.
    const version = current.version.startsWith(versionPrefix) ? current.version : versionForPrefix(this.versionsOf(scenario), versionPrefix);
    const bundle = version === undefined ? undefined : this.lookup(scenario, version);
    if (!bundle) {
      return this.push({ source, kind: 'other-version', scenario, participant: null, detail: `played on a version of the story this game does not keep (${versionPrefix}; this game has ${current.version.slice(0, 6)}). A code holds no decision ids, so it cannot be matched: it is set aside; ask for the log file instead.` });
    }
    const replay = fromCode(bundle, seed, choices, source, startPart);
    if (!replay.ok) return this.push({ source, kind: 'diverges', scenario, participant: null, detail: `does not replay through the story at choice ${replay.at}: ${replay.what}. It is set aside; ask for the code to be copied again.` });
    return this.count({ source, kind: 'verified', scenario, participant: replay.participant, detail: `replays through the story${this.olderVersion(scenario, bundle.version)}.` });
  }

  /** ", played on an earlier version…" where the version is not the current one, else nothing. */
  private olderVersion(scenario: string, version: string): string {
    const played = playedVersion(this.lookup, scenario, version);
    return played && !played.current ? `, ${describePlayedVersion(played)}` : '';
  }

  /** The participants who count, optionally for one case only. */
  participants(scenario?: string): Participant[] {
    return this.submissions.flatMap((s) => (s.participant && (!scenario || s.scenario === scenario) ? [s.participant] : []));
  }

  /** The verified log files that count, optionally for one case only (codes carry no log). */
  verifiedLogs(scenario?: string): DecisionLog[] {
    return this.submissions.flatMap((s) => (s.participant && s.log && (!scenario || s.scenario === scenario) ? [s.log] : []));
  }

  /** Cases in the group, with how many participants count in each, most first. */
  scenarios(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const p of this.participants()) counts.set(p.scenario, (counts.get(p.scenario) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  }

  private push(s: Submission): Submission {
    this.submissions.push(s);
    return s;
  }

  private count(s: Submission, log?: DecisionLog): Submission {
    if (!s.participant) return this.push(s);
    // A log is the same play-through as another with the same record whatever its seed says: the
    // seed alone does not make a copy a second person. A code, or a log and its code, match by
    // case, version, seed and choices.
    const keys = [playThroughKey(s.participant), ...(log ? [recordKey(log)] : [])];
    const earlier = keys.map((k) => this.byKey.get(k)).find((e) => e?.participant);
    if (!earlier?.participant) {
      for (const k of keys) this.byKey.set(k, s);
      return this.push(s);
    }
    const sameAs = (kept: Submission) => `the same play-through as ${sourceLabel(kept.source)} (the same log, or the same case, story version, seed and choices): counted once.`;
    if (earlier.source.kind === 'code' && s.source.kind === 'file') {
      // The log replaces the code: it carries the pseudonym.
      for (const k of keys) this.byKey.set(k, s);
      Object.assign(earlier, { kind: 'duplicate', participant: null, detail: sameAs(s) });
      return this.push(s);
    }
    return this.push({ ...s, kind: 'duplicate', participant: null, log: undefined, detail: sameAs(earlier) });
  }
}

/** A log's own record (who, when, every choice and word), without the seed and what it drew. */
function recordKey(log: DecisionLog): string {
  return `log:${digestOf({ ...log, seed: 0, draws: [] })}`;
}
