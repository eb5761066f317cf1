/** The game's reports in the SCORM 2004 data model (completion and success apart, scaled score, learner_response). */
import { warnRefused, type DecisionInteraction, type LmsAdapter } from './lmsAdapter';
import { succeeded, type Scorm2004Api } from './scormApi';
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

  constructor(private readonly api: Scorm2004Api) {}

  private set(element: string, value: string): boolean {
    try {
      if (succeeded(this.api.SetValue(element, value))) return true;
      this.refused(`${element} = ${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    } catch (error) {
      warnRefused(this.version, element, 'exception', (error as Error).message);
    }
    return false;
  }

  private get(element: string): string {
    try {
      return String(this.api.GetValue(element) ?? '');
    } catch {
      return '';
    }
  }

  private refused(call: string): void {
    try {
      const code = String(this.api.GetLastError());
      warnRefused(this.version, call, code, this.api.GetErrorString(code));
    } catch (error) {
      warnRefused(this.version, call, 'unknown', (error as Error).message);
    }
  }

  private call(name: 'Initialize' | 'Commit' | 'Terminate'): boolean {
    try {
      if (succeeded(this.api[name](''))) return true;
      this.refused(name);
    } catch (error) {
      warnRefused(this.version, name, 'exception', (error as Error).message);
    }
    return false;
  }

  initialise(): boolean {
    return this.call('Initialize');
  }

  readSuspendData(): string {
    // On a first attempt the LMS answers 403 (not initialised): that is an empty store, not a fault.
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
    // id, then type: the response's format depends on both.
    return this.set(`${at}.id`, d.id.slice(0, 4000))
      && this.set(`${at}.type`, 'choice')
      && [
        this.set(`${at}.learner_response`, String(d.option)),
        this.set(`${at}.result`, 'neutral'),
        this.set(`${at}.latency`, scorm2004Duration(millisecondsBetween(d.shownAt, d.chosenAt))),
        this.set(`${at}.timestamp`, scorm2004Timestamp(new Date(d.chosenAt))),
        this.set(`${at}.description`, scorm2004Description(d.optionText)),
      ].every(Boolean);
  }

  markStarted(): void {
    const status = this.get('cmi.completion_status');
    if (status !== 'completed') this.set('cmi.completion_status', 'incomplete');
  }

  markCompleted(score: number): void {
    this.set('cmi.score.min', '0');
    this.set('cmi.score.max', '100');
    this.set('cmi.score.raw', String(score));
    this.set('cmi.score.scaled', String(score / 100));
    this.set('cmi.completion_status', 'completed');
    // The scores are prompts for reflection, not a pass mark: success is never claimed either way.
    this.set('cmi.success_status', 'unknown');
  }

  commit(): boolean {
    return this.call('Commit');
  }

  terminate(sessionMs: number): void {
    this.set('cmi.session_time', scorm2004Duration(sessionMs));
    this.set('cmi.exit', 'suspend');
    this.call('Commit');
    this.call('Terminate');
  }
}
