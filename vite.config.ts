import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkStories } from './src/content/inkPlugin';
import { contentSecurityPolicy } from './src/offline/cspPlugin';
import { offlineServiceWorker } from './src/offline/serviceWorkerPlugin';
import { withoutIconLinks } from './src/offline/withoutIconLinks';

/**
 * One config, three builds, chosen by --mode:
 *   (default) production  the static site in dist/: relative paths, offline service worker, CSP
 *   single                one self-contained dist-single/index.html to open from the file system, CSP
 *   scorm                 the game for SCORM packages: no service worker, CSP
 * The dev server (npm start) has neither the service worker nor the CSP.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const offline = mode === 'production';
  // The browser tests can build from another stories folder (the shipped cases beside the fixture).
  const plugins: PluginOption[] = [inkStories(process.env.PERMANENCE_STORIES_DIR || undefined)];
  if (offline) plugins.push(offlineServiceWorker());
  else plugins.push(withoutIconLinks());
  // The single-file plugin must come before the CSP, which hashes the inlined code.
  if (single) plugins.push(viteSingleFile());
  plugins.push(contentSecurityPolicy({ headersFile: offline }));
  return {
    base: './',
    // The web app manifest's icons, at the site's root, only where there is a manifest; the
    // favicon in index.html is an ordinary asset (inlined as a data: URI in the single file).
    publicDir: offline ? 'assets/icons' : false,
    plugins,
    define: { __OFFLINE_SERVICE_WORKER__: JSON.stringify(offline) },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      ...(single ? { outDir: 'dist-single' } : {}),
    },
    test: {
      include: ['tests/**/*.test.ts'],
      globalSetup: ['tests/globalSetup.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  };
});
