import { describe, expect, it } from 'vitest';
import { parsePlayAddress, playAddress } from '../../src/ui/playAddress';

describe('the address of a case, with a seed a trainer can fix', () => {
  it('reads a case, and a case with a seed, and writes them back', () => {
    expect(parsePlayAddress('#play/bradley')).toEqual({ caseId: 'bradley', seed: null });
    expect(parsePlayAddress('#play/chloe?seed=42')).toEqual({ caseId: 'chloe', seed: 42 });
    expect(parsePlayAddress(playAddress('olivia', 2 ** 31 - 1))).toEqual({ caseId: 'olivia', seed: 2 ** 31 - 1 });
    expect(playAddress('bradley')).toBe('#play/bradley');
  });

  it('is not a case address when the seed is out of range or malformed', () => {
    for (const hash of ['#play/chloe?seed=2147483648', '#play/chloe?seed=-1', '#play/chloe?seed=1e3', '#play/chloe?seed=', '#plenary', '#play/Bradley']) {
      expect(parsePlayAddress(hash), hash).toBeNull();
    }
  });
});
