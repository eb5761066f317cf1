/** The game's reports in the SCORM 2004 data model (completion and success apart, scaled score, learner_response). */
import type { DecisionInteraction, LmsAdapter } from './lmsAdapter';
import { ScormAdapterBase } from './scormCalls';
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

export class Scorm2004Adapter extends ScormAdapterBase implements LmsAdapter {
  constructor(api: Scorm2004Api) {
    super('2004', SCORM2004_SUSPEND_LIMIT, {
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

  recordInteraction(index: number, d: DecisionInteraction): boolean {
    const at = `cmi.interactions.${index}`;
    // Options by their number as shown (short_identifier_type); a sequence joined by "[,]".
    const response = d.response.map((i) => String(i + 1)).join('[,]');
    // id, then type: the response's format depends on both.
    return this.calls.set(`${at}.id`, d.id.slice(0, 4000))
      && this.calls.set(`${at}.type`, d.type)
      && [
        // Any one right answer will do: one pattern each.
        ...(d.correct ?? []).map((i, n) => this.calls.set(`${at}.correct_responses.${n}.pattern`, String(i + 1))),
        this.calls.set(`${at}.learner_response`, response),
        this.calls.set(`${at}.result`, d.success === null ? 'neutral' : d.success ? 'correct' : 'incorrect'),
        this.calls.set(`${at}.latency`, scorm2004Duration(millisecondsBetween(d.shownAt, d.chosenAt))),
        this.calls.set(`${at}.timestamp`, scorm2004Timestamp(new Date(d.chosenAt))),
        this.calls.set(`${at}.description`, scorm2004Description(d.text)),
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
