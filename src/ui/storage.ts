/** The browser's localStorage, or null where the browser refuses it (reading the property throws when storage is blocked). */
import type { KeyValueStorage } from '../persistence/sessionStore';

export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** This tab's sessionStorage, or null where the browser refuses it. */
export function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage ?? null;
  } catch {
    return null;
  }
}
