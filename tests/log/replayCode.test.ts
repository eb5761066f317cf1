import { describe, expect, it } from 'vitest';
import { decodeReplayCode, encodeReplayCode } from '../../src/log/replayCode';

const thirty = Array.from({ length: 30 }, (_, i) => (i * 7) % 5);

describe('replay codes', () => {
  it('fit 30 decisions of up to five options in under 60 characters', () => {
    const code = encodeReplayCode({ scenario: 'bradley', versionPrefix: '3f9a1c', seed: 2 ** 31 - 1, choices: thirty });
    expect(code.length).toBeLessThan(60);
  });

  it('fit 30 decisions of up to nine options in under 60 characters', () => {
    const code = encodeReplayCode({ scenario: 'olivia', versionPrefix: '3f9a1c', seed: 2 ** 31 - 1, choices: thirty.map((c) => c + 4) });
    expect(code.length).toBeLessThan(60);
  });

  it('rejects a mistyped code instead of misreading it', () => {
    const code = encodeReplayCode({ scenario: 'bradley', versionPrefix: '3f9a1c', seed: 1234, choices: thirty });
    const chars = '0123456789abcdefghjkmnpqrstvwxyz';
    let rejected = 0;
    let tried = 0;
    for (let i = code.indexOf('.') + 1; i < code.length; i++) {
      if (code[i] === '.') continue;
      for (const c of chars) {
        if (c === code[i]) continue;
        tried++;
        if (!decodeReplayCode(code.slice(0, i) + c + code.slice(i + 1)).ok) rejected++;
      }
    }
    expect(rejected).toBe(tried);
    expect(decodeReplayCode(code.slice(0, -1)).ok).toBe(false);
  });

  it('reads easily confused letters the way they were meant', () => {
    const code = encodeReplayCode({ scenario: 'bradley', versionPrefix: '0a1b2c', seed: 1, choices: [1, 0, 1] });
    const [scenario, ...rest] = code.split('.');
    const confusable = rest.join('.').replace(/0/g, 'O').replace(/1/g, 'l');
    expect(decodeReplayCode(`${scenario}.${confusable}`).ok).toBe(true);
  });

  it('explains what is wrong with text that is not a code', () => {
    expect(decodeReplayCode('hello')).toEqual({ ok: false, reason: 'a replay code has five parts separated by dots' });
  });
});
