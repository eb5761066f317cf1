/**
 * The service worker for the static site: on the first visit it caches every built file
 * (the game, every case, the sounds), so afterwards the game opens and plays with no
 * network. Workbox's runtime is inlined into sw.js, so nothing is fetched from a CDN.
 * Registered by src/offline/registerServiceWorker.ts, not by the plugin.
 *
 * A new version installs in the background and takes over once every tab of the old one
 * is closed (no skipWaiting): a page that is open never has its files swapped under it,
 * so a case opened later in that tab still loads the chunk the page was built with.
 */
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { HEADERS_FILE } from './cspPlugin';

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The web app manifest, so a browser that offers it can install the offline game as an app.
 * The icons are copied from assets/icons (the build's public folder, see vite.config.ts).
 */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'Permanence case simulations',
  short_name: 'Permanence',
  description: 'Branching case scenarios about achieving and sustaining permanence for children in care, for experienced child and family social workers. The cases are fiction.',
  lang: 'en-GB',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#fbfaf7',
  theme_color: '#1d5a8a',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

export function offlineServiceWorker(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    injectRegister: null,
    manifest: WEB_APP_MANIFEST,
    workbox: {
      globPatterns: ['**/*'],
      globIgnores: ['**/node_modules/**/*', SERVICE_WORKER_FILE, 'workbox-*.js', HEADERS_FILE],
      // The main bundle (Phaser included) is about 1.7 MB; the default limit is 2 MiB.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      inlineWorkboxRuntime: true,
      // Always the production runtime (no debug logging), whatever NODE_ENV the build runs under.
      mode: 'production',
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
    },
  });
}
