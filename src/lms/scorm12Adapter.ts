/**
 * The game's reports in the SCORM 1.2 data model (cmi.core.*, interactions with student_response):
 * a choice's response is the option's character, a sequencing's the characters in order, comma-separated.
 */
import type { DecisionInteraction, LmsAdapter } from './lmsAdapter';
import { ScormAdapterBase } from './scormCalls';
import type { Scorm12Api } from './scormApi';
import { millisecondsBetween, scorm12TimeOfDay, scorm12Timespan } from './scormTime';

/** CMIString4096: SCORM 1.2 guarantees no more suspend data than this. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** CMIIdentifier: no white space, at most 255 characters. Story decision ids already fit. */
export function scorm12Identifier(id: string): string {
  return id.replace(/[^A-Za-z0-9._\-:]/g, '_').slice(0, 255) || 'decision';
}

/** An option in a choice or sequencing response is one character 0-9 or a-z: option numbers above 9 go on in letters (10 = a). */
export function scorm12Response(option: number): string {
  return option >= 0 && option < 36 ? option.toString(36) : 'z';
}

export class Scorm12Adapter extends ScormAdapterBase implements LmsAdapter {
  constructor(api: Scorm12Api) {
    super('1.2', SCORM12_SUSPEND_LIMIT, {
      setValue: (element, value) => api.LMSSetValue(element, value),
      getValue: (element) => api.LMSGetValue(element),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      call: (name) => api[name as 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'](''),
    });
  }

  initialise(): boolean {
    return this.calls.call('LMSInitialize');
  }

  recordInteraction(index: number, d: DecisionInteraction): boolean {
    const at = `cmi.interactions.${index}`;
    const response = d.response.map((i) => scorm12Response(i + 1)).join(',');
    // The id must be set first: the other fields of an interaction depend on it.
    return this.calls.set(`${at}.id`, scorm12Identifier(d.id))
      && this.calls.set(`${at}.type`, d.type)
      && [
        // Any one right answer will do: one pattern each.
        ...(d.correct ?? []).map((i, n) => this.calls.set(`${at}.correct_responses.${n}.pattern`, scorm12Response(i + 1))),
        this.calls.set(`${at}.student_response`, response),
        this.calls.set(`${at}.result`, d.success === null ? 'neutral' : d.success ? 'correct' : 'wrong'),
        this.calls.set(`${at}.latency`, scorm12Timespan(millisecondsBetween(d.shownAt, d.chosenAt))),
        this.calls.set(`${at}.time`, scorm12TimeOfDay(new Date(d.chosenAt))),
      ].every(Boolean);
  }

  markStarted(): void {
    const status = this.calls.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this.calls.set('cmi.core.lesson_status', 'incomplete');
  }

  markCompleted(score: number): void {
    this.calls.set('cmi.core.score.min', '0');
    this.calls.set('cmi.core.score.max', '100');
    this.calls.set('cmi.core.score.raw', String(score));
    this.calls.set('cmi.core.lesson_status', 'completed');
  }

  commit(): boolean {
    return this.calls.call('LMSCommit');
  }

  terminate(sessionMs: number): void {
    this.calls.set('cmi.core.session_time', scorm12Timespan(sessionMs));
    this.calls.set('cmi.core.exit', 'suspend');
    this.calls.call('LMSCommit');
    this.calls.call('LMSFinish');
  }
}
