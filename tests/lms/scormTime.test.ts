import { describe, expect, it } from 'vitest';
import { millisecondsBetween, scorm12TimeOfDay, scorm12Timespan, scorm2004Duration, scorm2004Timestamp } from '../../src/lms/scormTime';

// The formats as the specifications write them (stricter than any runtime's own check).
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIMEINTERVAL = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const TIME_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/;

const ms = (h: number, m: number, s: number, cs = 0) => ((h * 60 + m) * 60 + s) * 1000 + cs * 10;

describe('SCORM 1.2 times', () => {
  it('writes a timespan as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00');
    expect(scorm12Timespan(ms(0, 1, 30, 50))).toBe('0000:01:30.50');
    expect(scorm12Timespan(ms(27, 4, 5, 7))).toBe('0027:04:05.07');
    expect(scorm12Timespan(999)).toBe('0000:00:00.99');
  });

  it('never writes a negative or impossible timespan', () => {
    expect(scorm12Timespan(-5000)).toBe('0000:00:00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00');
    expect(scorm12Timespan(ms(12_000, 0, 0))).toBe('9999:59:59.99');
    for (const t of [0, 1, 10, 59_999, ms(1, 0, 0), ms(9999, 59, 59, 99)]) expect(scorm12Timespan(t)).toMatch(CMI_TIMESPAN);
  });

  it('writes the time of day in UTC as HH:MM:SS', () => {
    expect(scorm12TimeOfDay(new Date('2026-11-23T09:05:03.456Z'))).toBe('09:05:03');
    expect(scorm12TimeOfDay(new Date('2026-11-23T23:59:59.999Z'))).toMatch(CMI_TIME);
  });
});

describe('SCORM 2004 times', () => {
  it('writes a duration as an ISO 8601 time interval to the hundredth of a second', () => {
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm2004Duration(ms(0, 0, 42))).toBe('PT42S');
    expect(scorm2004Duration(ms(0, 1, 30, 50))).toBe('PT1M30.5S');
    expect(scorm2004Duration(ms(2, 0, 0))).toBe('PT2H');
    expect(scorm2004Duration(ms(26, 3, 4, 5))).toBe('PT26H3M4.05S');
    expect(scorm2004Duration(1234)).toBe('PT1.23S');
    for (const t of [0, 5, 999, 61_000, ms(100, 59, 59, 99)]) expect(scorm2004Duration(t)).toMatch(TIMEINTERVAL);
  });

  it('writes a timestamp with at most two decimal places of seconds and the zone', () => {
    expect(scorm2004Timestamp(new Date('2026-11-23T09:05:03.456Z'))).toBe('2026-11-23T09:05:03.45Z');
    expect(scorm2004Timestamp(new Date('2026-01-01T00:00:00.000Z'))).toMatch(TIME_2004);
  });

  it('measures the time between two log times, never below zero', () => {
    expect(millisecondsBetween('2026-11-23T09:00:00.000Z', '2026-11-23T09:01:02.500Z')).toBe(62_500);
    expect(millisecondsBetween('2026-11-23T09:01:00.000Z', '2026-11-23T09:00:00.000Z')).toBe(0);
    expect(millisecondsBetween('not a time', '2026-11-23T09:00:00.000Z')).toBe(0);
  });
});
