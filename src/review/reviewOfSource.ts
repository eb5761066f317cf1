/**
 * From what was opened to the review: the log (or the replay code played against the
 * story), its verdict, and the review model. The caller loads the story the source names.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { describePlayedVersion } from '../content/storyVersions';
import type { DecisionLog } from '../log/logSchema';
import type { ReplayCode } from '../log/replayCode';
import { verifyLog, verifySteps, type ReplayProgress, type VerifyResult } from '../log/verifyLog';
import type { ReviewSource } from './annotatedReview';
import { logFromCode } from './logFromCode';
import { buildReview, type ReviewModel } from './reviewModel';

export type Prepared = { ok: true; model: ReviewModel; log: DecisionLog } | { ok: false; message: string };

/** The scenario a source names, so the caller can load its story first. */
export function scenarioOf(source: ReviewSource, code: ReplayCode | null): string {
  return source.kind === 'log' ? source.log.scenario : code?.scenario ?? source.code.split('.')[0] ?? '';
}

/** A log's verification against the story loaded for it, in steps (the page runs it in slices); null for a replay code. */
export function verificationOf(source: ReviewSource, bundle: ScenarioBundle | null): Generator<ReplayProgress, VerifyResult> | null {
  return source.kind === 'log' ? verifySteps(source.log, lookupOf(bundle)) : null;
}

const lookupOf = (bundle: ScenarioBundle | null) => (id: string) => (bundle && bundle.id === id ? bundle : undefined);

/**
 * `bundle` is the story of the version the source was played on where this game keeps it
 * (the caller loads it: VersionStore.ensureVersion), else the current one; `currentVersion`
 * names the current one, so a review of an earlier version says so. A log's verdict (`verified`) is given where
 * the caller ran verificationOf already; else the log is verified here.
 */
export function reviewOfSource(source: ReviewSource, code: ReplayCode | null, bundle: ScenarioBundle | null, currentVersion?: string, verified?: VerifyResult): Prepared {
  const prepared = prepare(source, code, bundle, verified);
  if (!prepared.ok || !bundle || currentVersion === undefined || bundle.version === currentVersion) return prepared;
  const { verdict } = prepared.model;
  if (verdict.kind !== 'verified' && verdict.kind !== 'diverges') return prepared;
  const version = { version: bundle.version, current: false };
  const text = `${verdict.text} The log was ${describePlayedVersion(version)}.`;
  return { ...prepared, model: { ...prepared.model, verdict: { ...verdict, text, version } } };
}

function prepare(source: ReviewSource, code: ReplayCode | null, bundle: ScenarioBundle | null, verified?: VerifyResult): Prepared {
  if (source.kind === 'log') {
    const verdict = verified ?? verifyLog(source.log, lookupOf(bundle));
    return { ok: true, model: buildReview({ source: 'log', log: source.log, verdict, bundle }), log: source.log };
  }
  if (!code) return { ok: false, message: 'The replay code could not be read. Paste it again.' };
  if (!bundle) {
    return { ok: false, message: `The replay code is for the case "${code.scenario}", which this game does not have. Check the code, or open the participant's log file instead.` };
  }
  const { log, verdict } = logFromCode(code, bundle);
  return { ok: true, model: buildReview({ source: 'code', log, verdict, bundle }), log };
}
