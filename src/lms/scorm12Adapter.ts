/** The game's reports in the SCORM 1.2 data model (cmi.core.*, interactions with student_response). */
import { warnRefused, type DecisionInteraction, type LmsAdapter } from './lmsAdapter';
import { succeeded, type Scorm12Api } from './scormApi';
import { millisecondsBetween, scorm12TimeOfDay, scorm12Timespan } from './scormTime';

/** CMIString4096: SCORM 1.2 guarantees no more suspend data than this. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** CMIIdentifier: no white space, at most 255 characters. Story decision ids already fit. */
export function scorm12Identifier(id: string): string {
  return id.replace(/[^A-Za-z0-9._\-:]/g, '_').slice(0, 255) || 'decision';
}

/** A choice response is one character 0-9 or a-z: option numbers above 9 go on in letters (10 = a). */
export function scorm12Response(option: number): string {
  return option >= 0 && option < 36 ? option.toString(36) : 'z';
}

export class Scorm12Adapter implements LmsAdapter {
  readonly version = '1.2';
  readonly suspendLimit = SCORM12_SUSPEND_LIMIT;

  constructor(private readonly api: Scorm12Api) {}

  private set(element: string, value: string): boolean {
    try {
      if (succeeded(this.api.LMSSetValue(element, value))) return true;
      this.refused(`${element} = ${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    } catch (error) {
      warnRefused(this.version, element, 'exception', (error as Error).message);
    }
    return false;
  }

  private get(element: string): string {
    try {
      return String(this.api.LMSGetValue(element) ?? '');
    } catch {
      return '';
    }
  }

  private refused(call: string): void {
    try {
      const code = String(this.api.LMSGetLastError());
      warnRefused(this.version, call, code, this.api.LMSGetErrorString(code));
    } catch (error) {
      warnRefused(this.version, call, 'unknown', (error as Error).message);
    }
  }

  private call(name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): boolean {
    try {
      if (succeeded(this.api[name](''))) return true;
      this.refused(name);
    } catch (error) {
      warnRefused(this.version, name, 'exception', (error as Error).message);
    }
    return false;
  }

  initialise(): boolean {
    return this.call('LMSInitialize');
  }

  readSuspendData(): string {
    return this.get('cmi.suspend_data');
  }

  writeSuspendData(text: string): boolean {
    return text.length <= this.suspendLimit && this.set('cmi.suspend_data', text);
  }

  interactionCount(): number {
    const n = Number.parseInt(this.get('cmi.interactions._count'), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  recordInteraction(index: number, d: DecisionInteraction): boolean {
    const at = `cmi.interactions.${index}`;
    // The id must be set first: the other fields of an interaction depend on it.
    return this.set(`${at}.id`, scorm12Identifier(d.id))
      && this.set(`${at}.type`, 'choice')
      && [
        this.set(`${at}.student_response`, scorm12Response(d.option)),
        this.set(`${at}.result`, 'neutral'),
        this.set(`${at}.latency`, scorm12Timespan(millisecondsBetween(d.shownAt, d.chosenAt))),
        this.set(`${at}.time`, scorm12TimeOfDay(new Date(d.chosenAt))),
      ].every(Boolean);
  }

  markStarted(): void {
    const status = this.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this.set('cmi.core.lesson_status', 'incomplete');
  }

  markCompleted(score: number): void {
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(score));
    this.set('cmi.core.lesson_status', 'completed');
  }

  commit(): boolean {
    return this.call('LMSCommit');
  }

  terminate(sessionMs: number): void {
    this.set('cmi.core.session_time', scorm12Timespan(sessionMs));
    this.set('cmi.core.exit', 'suspend');
    this.call('LMSCommit');
    this.call('LMSFinish');
  }
}
