/**
 * The Content-Security-Policy every build ships with. Scripts only from the page's own
 * origin (or, in the single-file build, the one inline script named by its hash): no
 * eval, no inline handlers, no request to any other origin.
 *
 * Why each source beyond 'self' is there:
 *   img-src data: blob:    Phaser's built-in textures (__DEFAULT, __MISSING, __WHITE) are data: PNGs,
 *                          and its texture loader turns fetched images into blob: URLs.
 *   media-src data: blob:  Howler's HTML5 audio pool parks idle players on a silent data: WAV, and the
 *                          single-file build carries its sounds as data: URIs.
 * Nothing here is needed by inkjs, XState or valibot: none of them evaluates code from strings.
 * (Phaser's global lookup has a `Function('return this')` fallback, reached only where
 * globalThis is missing, which no supported browser lacks.)
 */

export interface InlineHashes {
  /** 'sha256-…' sources for inline <script> elements (the single-file build has one). */
  scripts: readonly string[];
  /** 'sha256-…' sources for inline <style> elements (the single-file build has one). */
  styles: readonly string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/** The directives, in the order they are written; a header can add what a meta tag cannot carry. */
export function cspDirectives(inline: InlineHashes = NO_INLINE): [string, string[]][] {
  const hashed = (list: readonly string[]) => list.map((h) => `'${h}'`);
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...hashed(inline.scripts)]],
    ['style-src', ["'self'", ...hashed(inline.styles)]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['media-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

export function cspText(directives: [string, string[]][]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy for a <meta http-equiv> tag (which cannot carry frame-ancestors or report-to). */
export function metaPolicy(inline: InlineHashes = NO_INLINE): string {
  return cspText(cspDirectives(inline));
}

/**
 * The same policy as an HTTP header, for hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages) or for copying into a web server's configuration. A header can also
 * refuse framing, which a meta tag cannot.
 */
export function headerPolicy(): string {
  return cspText([...cspDirectives(), ['frame-ancestors', ["'self'"]]]);
}

/** Reads a policy the way a browser does: directive name (lower case) to its sources; the first of a repeated directive wins. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function metaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${attribute(policy)}" />`;
}
