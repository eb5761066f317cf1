/**
 * Watches a page for the two promises of the security and offline work: every request
 * stays on the page's own origin, and the Content-Security-Policy is never violated.
 * Violations are reported from the page through a Playwright binding, so they are kept
 * across reloads and navigations.
 */
import type { Page } from 'playwright-core';

export interface Watch {
  /** Every URL the page requested, in order. */
  requests: string[];
  /** One line per `securitypolicyviolation` event: directive, what was blocked, where. */
  violations: string[];
  /** Console errors that mention the policy (Chromium's "Refused to …" lines). */
  consoleRefusals: string[];
  pageErrors: string[];
}

export async function watchPage(page: Page): Promise<Watch> {
  const watch: Watch = { requests: [], violations: [], consoleRefusals: [], pageErrors: [] };
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) watch.consoleRefusals.push(m.text());
  });
  await page.exposeFunction('__reportCspViolation', (line: string) => { watch.violations.push(line); });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}: ${e.sample}`);
    });
  });
  return watch;
}

/** The requests that left `origin` (data: and blob: URLs are made inside the page and leave nothing). */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
}

/** The Content-Security-Policy written into a built page, or null. */
export function metaPolicyOf(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? null;
}
