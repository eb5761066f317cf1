/**
 * imsmanifest.xml for a SCORM package of the game: one SCO per case, so each case reports
 * its own completion and score. Every SCO launches the same page with the case and the
 * SCORM version in the query string (index.html?sco=bradley&scorm=2004), which LMSs pass
 * through as they are; the game's files are listed once, as an asset every SCO depends on.
 */
import type { ScormVersion } from './findApi';

export interface PackagedCase {
  id: string;
  title: string;
}

export const MANIFEST_FILE = 'imsmanifest.xml';
export const PACKAGE_TITLE = 'Permanence case simulations';

export function launchHref(version: ScormVersion, caseId: string): string {
  return `index.html?sco=${encodeURIComponent(caseId)}&scorm=${version}`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A file's path as a URL reference (a name with a space or # must still resolve). */
function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Namespaces only, no xsi:schemaLocation: the package does not carry the IMS and ADL XSD
 * files, and naming files that are not in the zip sends strict importers looking for them.
 * LMSs validate a manifest against their own copies of the schemas.
 */
const HEADS: Record<ScormVersion, { namespaces: string; schemaversion: string; scormType: string }> = {
  '1.2': {
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    ].join('\n          '),
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    ].join('\n          '),
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

/** The manifest; `files` are every file of the built game, relative to the package root. */
export function scormManifest(version: ScormVersion, cases: readonly PackagedCase[], files: readonly string[]): string {
  const head = HEADS[version];
  const id = `permanence-case-simulations-scorm${version.replace('.', '')}`;
  const items = cases.map((c) => [
    `      <item identifier="item-${xml(c.id)}" identifierref="sco-${xml(c.id)}">`,
    `        <title>${xml(c.title)}</title>`,
    '      </item>',
  ].join('\n'));
  const scos = cases.map((c) => [
    `    <resource identifier="sco-${xml(c.id)}" type="webcontent" ${head.scormType}="sco" href="${xml(launchHref(version, c.id))}">`,
    '      <file href="index.html"/>',
    '      <dependency identifierref="game-files"/>',
    '    </resource>',
  ].join('\n'));
  const listed = [...files].sort().map((f) => `      <file href="${xml(fileHref(f))}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1"`,
    `          ${head.namespaces}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${head.schemaversion}</schemaversion>`,
    '  </metadata>',
    '  <organizations default="permanence">',
    '    <organization identifier="permanence">',
    `      <title>${xml(PACKAGE_TITLE)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...scos,
    `    <resource identifier="game-files" type="webcontent" ${head.scormType}="asset">`,
    ...listed,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
