import { describe, expect, it } from 'vitest';
import { csvCell, logToCsv } from '../../src/log/exportLog';
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
