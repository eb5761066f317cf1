import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CSV_COLUMNS, csvCell, logToCsv } from '../../src/log/exportLog';
import { offeredOptions } from '../../src/log/offeredOptions';
import { runnerFor } from '../../src/log/verifyLog';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { fixtureBundle } from '../helpers/fixtures';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-cmd')).toBe(`"'-cmd"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tTab')).toBe(`"'\tTab"`);
    expect(csvCell('\rReturn')).toBe(`"'\rReturn"`);
  });

  it('neutralises a formula behind whitespace, a line feed, NUL, a zero-width character or a full-width sign', () => {
    expect(csvCell(' =1+1')).toBe(`"' =1+1"`);
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
    expect(csvCell('\u0000=1+1')).toBe(`"'\u0000=1+1"`);
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']) {
      expect(csvCell(`${invisible}=1+1`)).toBe(`"'${invisible}=1+1"`);
    }
    for (const wide of ['＝', '＋', '－', '＠']) expect(csvCell(`${wide}SUM(A1)`)).toBe(`"'${wide}SUM(A1)"`);
    expect(csvCell('Plain words')).toBe('Plain words');
  });

  it('keeps numbers as numbers, and quotes commas, quotes and newlines', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per choice under a header', () => {
    const { log } = drivePlay({ bundle: fixtureBundle(), seed: 1, participant: '=evil()' }, pathChooser([0, 0, 0, 0, 1], 'Because, "she said"'));
    const rows = logToCsv(log).trim().split('\r\n');
    expect(rows).toHaveLength(1 + log.entries.length);
    expect(rows[0]).toMatch(/^participant,scenario,story_version/);
    expect(rows[1]).toMatch(/^"'=evil\(\)",test-case,/);
    expect(rows[3]).toContain('"Because, ""she said"""');
  });
});

describe('CSV export with the story at hand', () => {
  it('carries each row\'s kind, framework areas, judgement and closeness to the best option offered', () => {
    const bundle = fixtureBundle();
    const { log } = drivePlay({ bundle, seed: 1, participant: 'Sam' }, pathChooser([0, 0, 0, 0, 1], 'Because'));
    const offered = offeredOptions(runnerFor(bundle), log);
    const header = CSV_COLUMNS as readonly string[];
    const rows = logToCsv(log, { framework: bundle.framework, offered }).trim().split('\r\n').slice(1).map((r) => r.split(','));
    const cell = (row: string[], name: string) => row[header.indexOf(name)]!;
    // The areas are the ones the case's table beside the story gives, read here from the file itself.
    const table = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/test-case/framework.json'), 'utf8')) as { decisions: Record<string, { area: string }[]> };
    log.entries.forEach((e, i) => {
      const row = rows[i]!;
      expect(cell(row, 'log_version')).toBe('2');
      expect(cell(row, 'kind')).toBe(e.kind);
      expect(cell(row, 'areas')).toBe(e.decision ? (table.decisions[e.decision] ?? []).map((a) => a.area).join(' ') : '');
      expect(cell(row, 'judged_permanence')).toBe(e.judgement?.permanence == null ? '' : String(Math.round(e.judgement.permanence * 100) / 100));
      // Closeness: where the chosen option's overall quality sits between the weakest (0) and best (1) offered.
      const point = offered[e.step]!;
      const qualities = point.options.map((o) => o.quality).filter((q): q is number => q !== null);
      const chosen = point.options[e.choice]!.quality;
      const expected = e.kind !== 'decision' || chosen === null ? '' : String(Math.round(((chosen - Math.min(...qualities)) / ((Math.max(...qualities) - Math.min(...qualities)) || 1)) * 100) / 100);
      expect(cell(row, 'closeness')).toBe(Math.max(...qualities) === Math.min(...qualities) && expected !== '' ? '1' : expected);
    });
    expect(rows.filter((r) => cell(r, 'kind') === 'decision').every((r) => cell(r, 'areas') !== '')).toBe(true);
    expect(rows.every((r) => cell(r, 'start_part') === '1')).toBe(true);
  });

  it('says on every row which part a game began at, so a part-2 start is never read as a whole case', () => {
    const bundle = fixtureBundle();
    const { log } = drivePlay({ bundle, seed: 1, participant: 'Sam', startPart: 2 }, pathChooser([0, 0, 0, 0, 1], 'Because'));
    expect(log.startPart).toBe(2);
    const header = CSV_COLUMNS as readonly string[];
    const rows = logToCsv(log).trim().split('\r\n').slice(1).map((r) => r.split(','));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[header.indexOf('start_part')] === '2')).toBe(true);
  });
});
