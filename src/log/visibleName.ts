/**
 * A name that came from a file (a pseudonym, an assessor named in a review file), shown with
 * the characters it could use to hide or disguise itself made visible: controls, format
 * characters (zero-width, direction) and line separators.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Whether a name holds a character it could hide behind (a cohort name in a link is refused for it). */
export function hasHiddenCharacters(name: string): boolean {
  return new RegExp(HIDDEN.source, 'u').test(name);
}

export function visibleName(name: string): string {
  return name.replace(HIDDEN, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
