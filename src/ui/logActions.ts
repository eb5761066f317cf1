/** Getting the log out of the page: a JSON download and a replay code on the clipboard. Nothing is sent anywhere. */
import type { DecisionLog } from '../log/logSchema';
import { logToJson } from '../log/exportLog';

export function logFileName(log: DecisionLog): string {
  const when = (log.finishedAt ?? log.startedAt).slice(0, 10);
  return `permanence-${log.scenario}-${when}.json`;
}

export function downloadLog(log: DecisionLog): void {
  const url = URL.createObjectURL(new Blob([logToJson(log)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = logFileName(log);
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
