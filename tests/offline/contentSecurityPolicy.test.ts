import { describe, expect, it } from 'vitest';
import { cspDirectives, headerPolicy, metaPolicy, parsePolicy } from '../../src/offline/contentSecurityPolicy';
import { inlineHashes, sha256Source, withCsp } from '../../src/offline/inlineCsp';

describe('the Content-Security-Policy', () => {
  it('allows scripts from the page’s own origin only: no eval, no inline code, no other host', () => {
    const p = parsePolicy(metaPolicy());
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'none'"]);
    expect(p.get('form-action')).toEqual(["'none'"]);
    expect(metaPolicy()).not.toMatch(/unsafe-|\*|https?:|strict-dynamic/);
  });

  it('lets Phaser’s textures and Howler’s audio use data: and blob: URLs, and nothing else does', () => {
    const p = parsePolicy(metaPolicy());
    expect(p.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(p.get('media-src')).toEqual(["'self'", 'data:', 'blob:']);
    for (const [name, sources] of cspDirectives()) {
      if (name !== 'img-src' && name !== 'media-src') expect(sources, name).not.toContain('data:');
    }
  });

  it('names inline code by hash, never by unsafe-inline', () => {
    const p = parsePolicy(metaPolicy({ scripts: ['sha256-abc='], styles: ['sha256-def='] }));
    expect(p.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(p.get('style-src')).toEqual(["'self'", "'sha256-def='"]);
  });

  it('as a header also refuses framing by other sites, which a meta tag cannot', () => {
    expect(parsePolicy(headerPolicy()).get('frame-ancestors')).toEqual(["'self'"]);
    expect(parsePolicy(metaPolicy()).has('frame-ancestors')).toBe(false);
  });
});

describe('putting the policy into a built page', () => {
  const page = (head: string) => `<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8" />\n${head}  </head>\n  <body></body>\n</html>\n`;

  it('hashes inline code as the CSP specification does (its own example, hashed with openssl)', () => {
    expect(sha256Source("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(sha256Source('body{color:red}')).toBe('sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=');
    // Browsers hash the text after turning CR LF into LF.
    expect(sha256Source('a\r\nb')).toBe(sha256Source('a\nb'));
  });

  it('puts the meta tag straight after the charset, before any script', () => {
    const html = withCsp(page('    <script type="module" src="./assets/index.js"></script>\n'));
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${metaPolicy()}"`);
  });

  it('allows exactly the inline script and style of a single-file page, and not an external script', () => {
    const html = page("    <script type=\"module\" crossorigin>alert('Hello, world.');</script>\n    <style rel=\"stylesheet\">body{color:red}</style>\n    <script src=\"x.js\"></script>\n");
    expect(inlineHashes(html)).toEqual({
      scripts: ['sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='],
      styles: ['sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='],
    });
    const policy = parsePolicy(/content="([^"]*)"/.exec(withCsp(html))![1]!);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it('refuses a page that already has a policy, rather than shipping two', () => {
    expect(() => withCsp(page('    <meta http-equiv="Content-Security-Policy" content="default-src *" />\n'))).toThrow(/already has a Content-Security-Policy/);
  });
});
