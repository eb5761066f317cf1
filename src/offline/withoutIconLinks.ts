/**
 * The icons in index.html are for the installable site (beside its web app manifest). The other
 * builds drop them: the single file refers to no other file, and a SCORM package's game lives
 * in an LMS frame that shows no icon.
 */
import type { Plugin } from 'vite';

export function withoutIconLinks(): Plugin {
  return {
    name: 'permanence-without-icon-links',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/\s*<link rel="(?:icon|apple-touch-icon)"[^>]*>/g, ''),
    },
  };
}
