/**
 * Finds the LMS's SCORM API the standard way (ADL's API discovery algorithm): look on
 * this window and each parent up the frame chain, then the same from the window that
 * opened this one. SCORM 1.2 names the object `API`, SCORM 2004 `API_1484_11`.
 * A frame from another origin throws when touched; that branch is simply not an LMS.
 */
import type { Scorm12Api, Scorm2004Api } from './scormApi';

export type ScormVersion = '1.2' | '2004';

/** The parts of a window the search reads (a plain object in the tests). */
export interface ApiHost {
  API?: unknown;
  API_1484_11?: unknown;
  parent?: ApiHost | null;
  opener?: ApiHost | null;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

const NAMES: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };
/** ADL's limit, so a malformed frame chain cannot loop for ever. */
const MAX_DEPTH = 500;

function readName(win: ApiHost, name: 'API' | 'API_1484_11'): unknown {
  try {
    const value = win[name];
    return value !== null && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

function parentOf(win: ApiHost): ApiHost | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function searchChain(start: ApiHost | null, name: 'API' | 'API_1484_11'): unknown {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = readName(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

function openerOf(win: ApiHost): ApiHost | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

function findNamed(win: ApiHost, name: 'API' | 'API_1484_11'): unknown {
  return searchChain(win, name) ?? searchChain(openerOf(win), name);
}

function looksLike(api: unknown, method: string): boolean {
  return typeof (api as Record<string, unknown> | null)?.[method] === 'function';
}

/**
 * The LMS's API, or null outside an LMS. `prefer` is the version the package was built
 * for (its manifest's launch address says so); some LMSs offer both objects.
 */
export function findScormApi(win: ApiHost, prefer: ScormVersion | null = null): FoundApi | null {
  const order: ScormVersion[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    const api = findNamed(win, NAMES[version]);
    if (version === '1.2' && looksLike(api, 'LMSInitialize')) return { version, api: api as Scorm12Api };
    if (version === '2004' && looksLike(api, 'Initialize')) return { version, api: api as Scorm2004Api };
  }
  return null;
}
