/**
 * Registers the service worker that keeps the game playable offline after the first
 * visit (sw.js, generated at build time by vite-plugin-pwa: see src/offline/serviceWorkerPlugin.ts).
 * Only the static-site build has one: not the dev server, the single-file build (opened
 * from file://, where service workers do not exist) or the SCORM package.
 */

declare const __OFFLINE_SERVICE_WORKER__: boolean;

export interface Where {
  /** location.protocol of the page. */
  protocol: string;
  /** Whether the browser offers service workers here ('serviceWorker' in navigator: false on plain http off localhost). */
  supported: boolean;
  /** Whether this build ships a service worker. */
  built: boolean;
}

export function shouldRegister(where: Where): boolean {
  return where.built && where.supported && (where.protocol === 'https:' || where.protocol === 'http:');
}

export function registerServiceWorker(): void {
  // A constant set in vite.config.ts: in a build without a service worker the rest of this function is dropped.
  if (!__OFFLINE_SERVICE_WORKER__) return;
  if (!shouldRegister({ protocol: location.protocol, supported: 'serviceWorker' in navigator, built: true })) return;
  const register = () => {
    // Relative to the page, so a copy served from a sub-folder caches that folder.
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      // Only offline use is lost; the game itself is unaffected, so this is for the console only.
      console.warn('The game could not be set up for offline use; it still works while online.', error);
    });
  };
  // After the page has loaded, so caching every file never delays the first case.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
