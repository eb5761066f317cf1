/**
 * Puts the Content-Security-Policy into a built HTML page, as the first thing in <head>
 * after the charset (a meta policy only covers what comes after it). Any inline <script>
 * or <style> left in the page (the single-file build inlines everything) is allowed by
 * the SHA-256 of its exact text, so script-src never needs 'unsafe-inline'. Runs at build
 * time in Node, on the page as it will be written.
 */
import { createHash } from 'node:crypto';
import { metaPolicy, metaTag, type InlineHashes } from './contentSecurityPolicy';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy/i;

/** The CSP source for a piece of inline text: browsers hash it with line endings normalised to LF. */
export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}`;
}

/** Hashes of every inline script and style in the page (an external <script src> is not inline). */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? '') && (m[2] ?? '') !== '')
    .map((m) => sha256Source(m[2]!));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256Source(m[1]!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The page with its policy added; throws if the page already carries one or has no <head>. */
export function withCsp(html: string): string {
  if (CSP_META.test(html)) throw new Error('the page already has a Content-Security-Policy meta tag: remove it from index.html, the build adds its own');
  const tag = metaTag(metaPolicy(inlineHashes(html)));
  const charset = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + `\n    ${tag}` + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head> to put the Content-Security-Policy in');
  return html.slice(0, head.index + head[0].length) + `\n    ${tag}` + html.slice(head.index + head[0].length);
}
