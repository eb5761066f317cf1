/** The game's reports in the SCORM 2004 data model (completion and success apart, scaled score, learner_response). */
import type { DecisionInteraction, LmsAdapter } from './lmsAdapter';
import { ScormCalls } from './scormCalls';
import type { Scorm2004Api } from './scormApi';
import { millisecondsBetween, scorm2004Duration, scorm2004Timestamp } from './scormTime';

/** characterstring (SPM 64000): what SCORM 2004 guarantees to keep of the suspend data. */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** localized_string_type (SPM 250), in British English. */
export function scorm2004Description(text: string): string {
  const prefix = '{lang=en-GB}';
  const body = text.replace(/\s+/g, ' ').trim();
  const room = 250 - prefix.length;
  return prefix + (body.length > room ? `${body.slice(0, room - 1)}…` : body);
}

export class Scorm2004Adapter implements LmsAdapter {
  readonly version = '2004';
  readonly suspendLimit = SCORM2004_SUSPEND_LIMIT;

  private readonly calls: ScormCalls;

  constructor(api: Scorm2004Api) {
    this.calls = new ScormCalls(this.version, {
      setValue: (element, value) => api.SetValue(element, value),
      getValue: (element) => api.GetValue(element),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
      call: (name) => api[name as 'Initialize' | 'Commit' | 'Terminate'](''),
    });
  }

  initialise(): boolean {
    return this.calls.call('Initialize');
  }

  readSuspendData(): string {
    // On a first attempt the LMS answers 403 (not initialised): that is an empty store, not a fault.
    return this.calls.get('cmi.suspend_data');
  }

  writeSuspendData(text: string): boolean {
    return text.length <= this.suspendLimit && this.calls.set('cmi.suspend_data', text);
  }

  interactionCount(): number {
    const n = Number.parseInt(this.calls.get('cmi.interactions._count'), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  recordInteraction(index: number, d: DecisionInteraction): boolean {
    const at = `cmi.interactions.${index}`;
    // id, then type: the response's format depends on both.
    return this.calls.set(`${at}.id`, d.id.slice(0, 4000))
      && this.calls.set(`${at}.type`, 'choice')
      && [
        this.calls.set(`${at}.learner_response`, String(d.option)),
        this.calls.set(`${at}.result`, 'neutral'),
        this.calls.set(`${at}.latency`, scorm2004Duration(millisecondsBetween(d.shownAt, d.chosenAt))),
        this.calls.set(`${at}.timestamp`, scorm2004Timestamp(new Date(d.chosenAt))),
        this.calls.set(`${at}.description`, scorm2004Description(d.optionText)),
      ].every(Boolean);
  }

  markStarted(): void {
    const status = this.calls.get('cmi.completion_status');
    if (status !== 'completed') this.calls.set('cmi.completion_status', 'incomplete');
  }

  markCompleted(score: number): void {
    this.calls.set('cmi.score.min', '0');
    this.calls.set('cmi.score.max', '100');
    this.calls.set('cmi.score.raw', String(score));
    this.calls.set('cmi.score.scaled', String(score / 100));
    this.calls.set('cmi.completion_status', 'completed');
    // The scores are prompts for reflection, not a pass mark: success is never claimed either way.
    this.calls.set('cmi.success_status', 'unknown');
  }

  commit(): boolean {
    return this.calls.call('Commit');
  }

  terminate(sessionMs: number): void {
    this.calls.set('cmi.session_time', scorm2004Duration(sessionMs));
    this.calls.set('cmi.exit', 'suspend');
    this.calls.call('Commit');
    this.calls.call('Terminate');
  }
}
