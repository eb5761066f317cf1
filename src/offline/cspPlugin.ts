/**
 * Vite plugin (builds only; the dev server carries no policy, as Vite's dev client needs
 * inline code): writes the Content-Security-Policy into every built HTML page, after any
 * other plugin has finished with the page (vite-plugin-singlefile inlines the bundle in
 * the same late hook, so this plugin must come after it in the plugin list). With
 * `headersFile`, also writes `_headers`, the same policy as HTTP headers for static hosts
 * that read one.
 */
import type { Plugin } from 'vite';
import { headerPolicy } from './contentSecurityPolicy';
import { withCsp } from './inlineCsp';

export const HEADERS_FILE = '_headers';

function headersFile(): string {
  return [
    '# The same Content-Security-Policy as the <meta> tag in index.html, for static hosts that read',
    '# this file (Netlify, Cloudflare Pages); as a header it can also refuse framing by other sites.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '# The service worker is checked for a new version on every visit.',
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

export function contentSecurityPolicy(options: { headersFile: boolean }): Plugin {
  return {
    name: 'permanence-content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          try {
            file.source = withCsp(html);
          } catch (error) {
            this.error(`${file.fileName}: ${(error as Error).message}`);
          }
        }
        if (options.headersFile) this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile() });
      },
    },
  };
}
