import { describe, expect, it } from 'vitest';
import { findScormApi, type ApiHost } from '../../src/lms/findApi';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A chain of frames, innermost first; the outermost is its own parent, as a top window is. */
function frames(...hosts: Partial<ApiHost>[]): ApiHost {
  const wins = hosts.map((h) => ({ ...h }) as ApiHost);
  wins.forEach((w, i) => { w.parent = wins[i + 1] ?? w; });
  return wins[0]!;
}

describe('finding the LMS API', () => {
  it('finds SCORM 1.2\'s API two frames up', () => {
    const found = findScormApi(frames({}, {}, { API: api12 }));
    expect(found?.version).toBe('1.2');
    expect(found?.api).toBe(api12);
  });

  it('finds SCORM 2004\'s API_1484_11 in the window that opened this one', () => {
    const opener = frames({}, { API_1484_11: api2004 });
    const found = findScormApi({ ...frames({}), opener });
    expect(found?.version).toBe('2004');
  });

  it('takes the version the package asks for when the LMS offers both', () => {
    const both = frames({}, { API: api12, API_1484_11: api2004 });
    expect(findScormApi(both, '1.2')?.version).toBe('1.2');
    expect(findScormApi(both, '2004')?.version).toBe('2004');
    expect(findScormApi(both)?.version).toBe('2004');
  });

  it('is not stopped by a frame from another origin', () => {
    const top = frames({ API: api12 });
    const foreign = { get parent(): ApiHost { throw new DOMException('Blocked a frame', 'SecurityError'); } } as ApiHost;
    const inner = { parent: foreign, opener: top } as ApiHost;
    expect(findScormApi(inner)?.version).toBe('1.2');
  });

  it('finds nothing outside an LMS, or where the object is not an API', () => {
    expect(findScormApi(frames({}, {}))).toBeNull();
    expect(findScormApi(frames({ API: { note: 'not an API' } }))).toBeNull();
  });

  it('gives up on a frame chain that never reaches the top', () => {
    const loop: ApiHost = {};
    const other: ApiHost = { parent: loop };
    loop.parent = other;
    expect(findScormApi(loop)).toBeNull();
  });
});
