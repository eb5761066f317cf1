/**
 * Times and durations in the formats each SCORM version's data model demands. An LMS may
 * refuse a value that is a character off, so these follow the specifications to the
 * letter, and times of day are in UTC so every learner's record reads the same way.
 *
 *   SCORM 1.2  CMITimespan  HHHH:MM:SS.SS  (hours: 2 to 4 digits; seconds to hundredths)
 *              CMITime      HH:MM:SS       (a time of day)
 *   SCORM 2004 timeinterval PT#H#M#S       (ISO 8601 duration; seconds to hundredths)
 *              time         YYYY-MM-DDThh:mm:ss.ssZ (the zone is allowed only after fractions)
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whole hundredths of a second, never negative (a clock set back must not make a bad value). */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 10) : 0;
}

/** SCORM 1.2 CMITimespan, e.g. 0001:02:03.45. Four digits of hours hold 9999; longer is capped there. */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), (9999 * 3600 + 59 * 60 + 59) * 100 + 99);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  const fraction = cs % 100;
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}${fraction ? `.${pad(fraction)}` : ''}`;
}

/** SCORM 1.2 CMITime: the time of day, in UTC, e.g. 09:05:03. */
export function scorm12TimeOfDay(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** SCORM 2004 timeinterval, e.g. PT1H2M3.45S; zero is PT0S. */
export function scorm2004Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** SCORM 2004 time, in UTC to the hundredth of a second, e.g. 2026-05-01T09:05:03.12Z. */
export function scorm2004Timestamp(date: Date): string {
  const iso = date.toISOString();
  // toISOString gives milliseconds (three digits); the data model allows at most two.
  return `${iso.slice(0, 22)}Z`;
}

/** Milliseconds between two ISO times from a log, or 0 when either cannot be read. */
export function millisecondsBetween(from: string, to: string): number {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
