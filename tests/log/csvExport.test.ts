import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { logsToCsv, logToCsv } from '../../src/log/exportLog';
import { DecisionLogSchema } from '../../src/log/logSchema';
import { HAND_WRITTEN_LOG } from '../review/handWrittenLog';

const HEADER = 'participant,scenario,story_version,seed,n,step,part,decision,choice,choice_text,permanence,contact,disruption,stance,justification,ranking,rank_distance,shown_at,chosen_at,reconsidered_at'
  + ',log_version,kind,areas,judged_permanence,judged_contact,judged_disruption,closeness,correct,ranking_start,ranking_unchanged,verification,start_part';
const START = `"'@Sam",test-case,f28b6a22a95b,3`;

/**
 * The CSV of the hand-written log, worked out by hand: every row, every cell. It is a
 * version 1 log exported without its story: its kind comes from the decision id, and it has
 * no judgement, areas, closeness, activity or ranking start to report (empty cells).
 */
const EXPECTED = [
  HEADER,
  `${START},1,0,1 The first week,,1,Go straight to the decision,0,0,0,,"'+44 7700 900000 rang",,,2026-11-23T09:00:05.000Z,2026-11-23T09:00:09.000Z,,1,navigation,,,,,,,,,,1`,
  `${START},2,1,1 The first week,test.p1.grandmother,2,Wait for the first review,-1,-1,1,not,"'\tTabbed, then\r\nreturned",,,2026-11-23T09:00:10.000Z,2026-11-23T09:01:15.500Z,2026-11-23T09:01:20.000Z,1,decision,,,,,,,,,,1`,
  `${START},3,1,1 The first week,test.p1.grandmother,0,Hold a family network meeting with Pat this week,2,1,-1,with,"'-2 for drift; ""Pat"" first",,,2026-11-23T09:01:20.000Z,2026-11-23T09:01:32.250Z,,1,decision,,,,,,,,,,1`,
  `${START},4,2,1 The first week,test.p1.family-time,0,Three supervised sessions a week at the family centre,1,2,0,with,"'=HYPERLINK(""http://x"")\nsecond line",,,2026-11-23T09:02:00.000Z,2026-11-23T10:03:04.010Z,,1,decision,,,,,,,,,,1`,
  `${START},5,3,2 The review,test.p2.priorities,0,Assess Pat as a connected person,2,1,-1,with,"'\rReturn first",0 2 1,0,2026-11-23T10:03:30.000Z,2026-11-23T10:04:00.000Z,,1,decision,,,,,,,,,,1`,
].join('\r\n') + '\r\n';

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('the CSV of a log', () => {
  it('starts from a hand-written log that the schema accepts', () => {
    expect(v.safeParse(DecisionLogSchema, HAND_WRITTEN_LOG).success).toBe(true);
  });

  it('matches the hand-computed CSV cell for cell', () => {
    expect(logToCsv(HAND_WRITTEN_LOG)).toBe(EXPECTED);
  });

  it('neutralises every cell a spreadsheet would run as a formula (= + - @ tab CR), and only text cells', () => {
    const rows = parseCsv(logToCsv(HAND_WRITTEN_LOG)).slice(1);
    const texts = rows.flatMap((r) => [r[0]!, r[14]!]);
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    expect(rows.map((r) => r[14]!.slice(0, 2))).toEqual(["'+", "'\t", "'-", "'=", "'\r"]);
    // Negative numbers stay numbers.
    expect(rows[1]!.slice(10, 13)).toEqual(['-1', '-1', '1']);
  });

  it('reads back to the original text once the apostrophe is taken off: quotes, commas and line breaks kept', () => {
    const rows = parseCsv(logToCsv(HAND_WRITTEN_LOG)).slice(1);
    expect(rows).toHaveLength(HAND_WRITTEN_LOG.entries.length);
    expect(rows.every((r) => r.length === 32)).toBe(true);
    expect(rows.map((r) => r[14]!.slice(1))).toEqual(HAND_WRITTEN_LOG.entries.map((e) => e.justification));
    expect(rows.map((r) => r[9])).toEqual(HAND_WRITTEN_LOG.entries.map((e) => e.text));
  });
});

// Issue 19 F12: exports of a log that does not verify carry its verdict, not its scores.
describe('the CSV of a checked log', () => {
  it('says on every row that it replays true', () => {
    const rows = parseCsv(logToCsv(HAND_WRITTEN_LOG, null, { verified: true, text: 'replays true' })).slice(1);
    expect(rows.map((r) => r[30])).toEqual(rows.map(() => 'verified'));
    expect(rows[1]!.slice(10, 13)).toEqual(['-1', '-1', '1']);
  });

  it('says why it does not, and leaves out the effects, which cannot be trusted', () => {
    const rows = parseCsv(logToCsv(HAND_WRITTEN_LOG, null, { verified: false, text: 'diverges at decision 2' })).slice(1);
    expect(rows.map((r) => r[30])).toEqual(rows.map(() => 'not verified: diverges at decision 2'));
    expect(rows.map((r) => r.slice(10, 13).join(''))).toEqual(rows.map(() => ''));
    expect(rows.map((r) => r[9])).toEqual(HAND_WRITTEN_LOG.entries.map((e) => e.text));
  });
});

describe('the CSV of a group', () => {
  it('is every log\'s rows under one header, in the order given, each as hand-computed', () => {
    const second = { ...HAND_WRITTEN_LOG, participant: 'Jo, "the second"' };
    const rowsOf = (start: string) => EXPECTED.split('\r\n').slice(1, -1).map((row) => row.replace(START, start));
    const expected = [HEADER, ...rowsOf(START), ...rowsOf('"Jo, ""the second""",test-case,f28b6a22a95b,3')].join('\r\n') + '\r\n';
    expect(logsToCsv([HAND_WRITTEN_LOG, second])).toBe(expected);
  });

  it('is the header alone for an empty group', () => {
    expect(logsToCsv([])).toBe(`${HEADER}\r\n`);
  });
});
