/** Getting the log out of the page: a JSON download and a replay code on the clipboard. Nothing is sent anywhere. */
import type { DecisionLog } from '../log/logSchema';
import { logToJson } from '../log/exportLog';

export function logFileName(log: DecisionLog): string {
  const when = (log.finishedAt ?? log.startedAt).slice(0, 10);
  return `permanence-${log.scenario}-${when}.json`;
}

export function downloadLog(log: DecisionLog): void {
  downloadText(logFileName(log), logToJson(log), 'application/json');
}

/** The log as xAPI statements (one per decision, plus completion), for an organisation's Learning Record Store. Loaded when asked for. */
export async function downloadXapi(log: DecisionLog): Promise<void> {
  const { logToStatements, statementsToJson } = await import('../log/xapi');
  downloadText(logFileName(log).replace(/\.json$/, '-xapi.json'), statementsToJson(logToStatements(log)), 'application/json');
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
