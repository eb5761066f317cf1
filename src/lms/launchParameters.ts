/** Read before anything of SCORM is loaded: which case (and SCORM version) the launch address names. */
import type { ScormVersion } from './findApi';

/** The case and SCORM version named in the launch address. */
export function launchParameters(search: string, hash: string): { caseId: string | null; version: ScormVersion | null } {
  const params = new URLSearchParams(search);
  const scorm = params.get('scorm');
  const caseId = params.get('sco') ?? /^#play\/([a-z0-9-]+)$/.exec(hash)?.[1] ?? null;
  return { caseId, version: scorm === '1.2' || scorm === '2004' ? scorm : null };
}
