/**
 * The calls both SCORM versions make, under each version's method names: a refusal or an
 * exception from the LMS is logged and answered with false, never thrown into the game.
 */
import { warnRefused } from './lmsAdapter';
import type { ScormVersion } from './findApi';
import { succeeded } from './scormApi';

/** One version's methods, bound to its API object. */
export interface ScormMethods {
  setValue: (element: string, value: string) => string | boolean;
  getValue: (element: string) => string;
  lastError: () => string | number;
  errorString: (code: string) => string;
  /** Initialise, commit or finish, by the version's own name for it. */
  call: (name: string) => string | boolean;
}

export class ScormCalls {
  constructor(private readonly version: ScormVersion, private readonly methods: ScormMethods) {}

  set(element: string, value: string): boolean {
    try {
      if (succeeded(this.methods.setValue(element, value))) return true;
      this.refused(`${element} = ${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    } catch (error) {
      warnRefused(this.version, element, 'exception', (error as Error).message);
    }
    return false;
  }

  get(element: string): string {
    try {
      return String(this.methods.getValue(element) ?? '');
    } catch {
      return '';
    }
  }

  call(name: string): boolean {
    try {
      if (succeeded(this.methods.call(name))) return true;
      this.refused(name);
    } catch (error) {
      warnRefused(this.version, name, 'exception', (error as Error).message);
    }
    return false;
  }

  private refused(call: string): void {
    try {
      const code = String(this.methods.lastError());
      warnRefused(this.version, call, code, this.methods.errorString(code));
    } catch (error) {
      warnRefused(this.version, call, 'unknown', (error as Error).message);
    }
  }
}

/** What both versions' adapters do alike: the suspend data and the interaction count share their element names. */
export abstract class ScormAdapterBase {
  protected readonly calls: ScormCalls;

  constructor(readonly version: ScormVersion, readonly suspendLimit: number, methods: ScormMethods) {
    this.calls = new ScormCalls(version, methods);
  }

  /** The suspend data the LMS kept ('' for a first attempt, when a 2004 LMS answers 403: an empty store, not a fault). */
  readSuspendData(): string {
    return this.calls.get('cmi.suspend_data');
  }

  writeSuspendData(text: string): boolean {
    return text.length <= this.suspendLimit && this.calls.set('cmi.suspend_data', text);
  }

  interactionCount(): number {
    const n = Number.parseInt(this.calls.get('cmi.interactions._count'), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }
}
