import { describe, expect, it } from 'vitest';
import { cohortInSearch, parsePlayAddress, playAddress } from '../../src/ui/playAddress';

describe('the address of a case, with a seed a trainer can fix', () => {
  it('reads a case, and a case with a seed, and writes them back', () => {
    expect(parsePlayAddress('#play/bradley')).toEqual({ caseId: 'bradley', startPart: 1, seed: null, cohort: null });
    expect(parsePlayAddress('#play/chloe?seed=42')).toEqual({ caseId: 'chloe', startPart: 1, seed: 42, cohort: null });
    expect(parsePlayAddress(playAddress('olivia', 2 ** 31 - 1))).toEqual({ caseId: 'olivia', startPart: 1, seed: 2 ** 31 - 1, cohort: null });
    expect(playAddress('bradley')).toBe('#play/bradley');
  });

  it('is not a case address when the seed is out of range or malformed', () => {
    for (const hash of ['#play/chloe?seed=2147483648', '#play/chloe?seed=-1', '#play/chloe?seed=1e3', '#play/chloe?seed=', '#plenary', '#play/Bradley']) {
      expect(parsePlayAddress(hash), hash).toBeNull();
    }
  });
});

describe('a cohort carried by a link', () => {
  it('reads a cohort beside a seed, in either order, and writes it back', () => {
    expect(parsePlayAddress('#play/bradley?cohort=Leeds%20January')).toEqual({ caseId: 'bradley', startPart: 1, seed: null, cohort: 'Leeds January' });
    expect(parsePlayAddress('#play/bradley?cohort=Leeds+January&seed=7')).toEqual({ caseId: 'bradley', startPart: 1, seed: 7, cohort: 'Leeds January' });
    expect(parsePlayAddress(playAddress('olivia', 3, 'Calderbrook & Ashworth, week 2'))).toEqual({ caseId: 'olivia', startPart: 1, seed: 3, cohort: 'Calderbrook & Ashworth, week 2' });
    expect(cohortInSearch('?cohort=%20Group%20A%20')).toBe('Group A');
    expect(cohortInSearch('')).toBeNull();
  });

  it('refuses a cohort that is empty, too long, or hides characters, and anything else in the query', () => {
    for (const hash of ['#play/bradley?cohort=', '#play/bradley?cohort=%20', `#play/bradley?cohort=${'x'.repeat(81)}`, '#play/bradley?cohort=a%E2%80%AEb', '#play/bradley?cohort=a%0Ab', '#play/bradley?cohort=a&cohort=b', '#play/bradley?team=a']) {
      expect(parsePlayAddress(hash), hash).toBeNull();
    }
    expect(cohortInSearch('?cohort=a%E2%80%8Bb')).toBeNull();
  });
});
