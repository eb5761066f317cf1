import { describe, expect, it } from 'vitest';
import { launchHref, scormManifest } from '../../src/lms/scormManifest';
import { lmsScore } from '../../src/lms/lmsReport';
import { scorm12Identifier, scorm12Response } from '../../src/lms/scorm12Adapter';
import { scorm2004Description } from '../../src/lms/scorm2004Adapter';
import { launchParameters } from '../../src/lms/launchParameters';

const cases = [{ id: 'bradley', title: 'Bradley' }, { id: 'olivia', title: 'Olivia & <her> "son"' }];
const files = ['index.html', 'assets/index-abc.js', 'assets/a b#c.mp3'];

describe('the SCORM manifest', () => {
  it('has one SCO per case, launching the game at that case with its SCORM version', () => {
    for (const version of ['1.2', '2004'] as const) {
      const xml = scormManifest(version, cases, files);
      const items = [...xml.matchAll(/<item identifier="([^"]+)" identifierref="([^"]+)">/g)].map((m) => [m[1], m[2]]);
      expect(items).toEqual([['item-bradley', 'sco-bradley'], ['item-olivia', 'sco-olivia']]);
      expect(xml).toContain(`<resource identifier="sco-olivia" type="webcontent" ${version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType'}="sco" href="index.html?sco=olivia&amp;scorm=${version}">`);
      expect(launchHref(version, 'olivia')).toBe(`index.html?sco=olivia&scorm=${version}`);
    }
  });

  it('escapes titles and file names', () => {
    const xml = scormManifest('2004', cases, files);
    expect(xml).toContain('<title>Olivia &amp; &lt;her&gt; &quot;son&quot;</title>');
    expect(xml).toContain('<file href="assets/a%20b%23c.mp3"/>');
    expect(xml).not.toMatch(/<her>/);
  });

  it('names each version\'s schema', () => {
    expect(scormManifest('1.2', cases, files)).toMatch(/xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"[\s\S]*<schemaversion>1\.2<\/schemaversion>/);
    expect(scormManifest('2004', cases, files)).toMatch(/xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1"[\s\S]*<schemaversion>2004 4th Edition<\/schemaversion>/);
  });

  it('names no schema file, since the package carries none', () => {
    for (const version of ['1.2', '2004'] as const) {
      const xml = scormManifest(version, cases, files);
      expect(xml).not.toMatch(/\.xsd\b/);
      expect(xml).not.toMatch(/schemaLocation/);
    }
  });
});

describe('what the LMS is told', () => {
  it('scores 0-100 as the mean of permanence, contact and 100 minus disruption risk', () => {
    expect(lmsScore({ permanence: 78, contact: 79, disruption: 12 })).toBe(82); // (78 + 79 + 88) / 3 = 81.67
    expect(lmsScore({ permanence: 100, contact: 100, disruption: 0 })).toBe(100);
    expect(lmsScore({ permanence: 0, contact: 0, disruption: 100 })).toBe(0);
    expect(lmsScore({ permanence: 50, contact: 51, disruption: 50 })).toBe(50); // 50.33
  });

  it('writes responses and ids each version accepts', () => {
    expect([1, 9, 10, 35].map(scorm12Response)).toEqual(['1', '9', 'a', 'z']);
    expect(scorm12Identifier('bradley.p1.first-visit')).toBe('bradley.p1.first-visit');
    expect(scorm12Identifier('a decision id')).toBe('a_decision_id');
    expect(scorm2004Description('Hold a   family\nnetwork meeting')).toBe('{lang=en-GB}Hold a family network meeting');
    expect(scorm2004Description('x'.repeat(400))).toHaveLength(250);
  });

  it('reads the case and version from the launch address', () => {
    expect(launchParameters('?sco=bradley&scorm=1.2', '')).toEqual({ caseId: 'bradley', version: '1.2' });
    expect(launchParameters('', '#play/olivia')).toEqual({ caseId: 'olivia', version: null });
    expect(launchParameters('?scorm=3', '')).toEqual({ caseId: null, version: null });
  });
});
