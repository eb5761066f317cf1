/** Getting the log out of the page: a JSON download and a replay code on the clipboard. Nothing is sent anywhere. */
import type { ScenarioBundle } from '../content/scenarioBundle';
import type { DecisionLog } from '../log/logSchema';
import { logToJson } from '../log/exportLog';
import { fileSlug, fileStamp } from '../log/fileNames';

/** "permanence-bradley-sam-r-2026-11-30-1405.json": the case, the pseudonym and when the log was finished (or started). */
export function logFileName(log: DecisionLog): string {
  return `permanence-${log.scenario}-${fileSlug(log.participant, 'participant')}-${fileStamp(log.finishedAt ?? log.startedAt)}.json`;
}

export function downloadLog(log: DecisionLog): void {
  downloadText(logFileName(log), logToJson(log), 'application/json');
}

/**
 * The log as xAPI statements (one per decision or activity, plus completion), for an
 * organisation's Learning Record Store. Loaded when asked for. With the story of the log's
 * version, each interaction lists the options offered and each activity its right answers.
 */
export async function downloadXapi(log: DecisionLog, bundle: ScenarioBundle | null = null, verification: { verified: boolean; text: string } | null = null): Promise<void> {
  const [{ logToStatements, statementsToJson }, { offeredOptions }, { runnerFor }] = await Promise.all([
    import('../log/xapi'), import('../log/offeredOptions'), import('../log/verifyLog'),
  ]);
  const story = bundle && bundle.version === log.storyVersion ? bundle : null;
  const statements = logToStatements(log, {
    title: bundle?.info.title,
    offered: story ? offeredOptions(runnerFor(story), log) : null,
    framework: story?.framework ?? null,
    verification,
  });
  downloadText(logFileName(log).replace(/\.json$/, '-xapi.json'), statementsToJson(statements), 'application/json');
}

/** Saves text as a file the user keeps: the browser's download, nothing sent anywhere. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True when the clipboard took the text; false when the browser refused (the code stays on screen to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
