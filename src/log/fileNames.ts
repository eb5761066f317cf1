/**
 * Names for exported files: the case, who (the pseudonym, in safe characters) and when, so a
 * trainer or an assessor with a folder of them can tell them apart without opening one.
 */

/** Text in lower-case letters, digits and hyphens, at most 40 characters; `fallback` when nothing is left. */
export function fileSlug(text: string, fallback: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || fallback;
}

/** "2026-11-30-1405" from an ISO time (UTC, as the log records it). */
export function fileStamp(iso: string): string {
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}
