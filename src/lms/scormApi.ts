/** The LMS-side API objects, as the SCORM run-time specifications define their methods. */

/** SCORM 1.2: `window.API`. Every method takes and returns strings ('true' / 'false'). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** SCORM 2004: `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** 'true' as the specifications return it, or true as some runtimes do. */
export function succeeded(result: string | boolean): boolean {
  return result === true || result === 'true';
}
