import { describe, expect, it } from 'vitest';
import { cohortsOf, inCohort } from '../../src/plenary/cohorts';
import type { Participant } from '../../src/plenary/participant';

const person = (n: number, cohort: string | null) => ({ source: { kind: 'file', n, name: `f${n}` }, cohort } as unknown as Participant);

describe('the cohorts in a group', () => {
  const group = [person(1, 'B'), person(2, null), person(3, 'A'), person(4, 'B'), person(5, null), person(6, null), person(7, 'C')];

  it('are counted most first, then by name, with the logs naming none last', () => {
    expect(cohortsOf(group)).toEqual([{ name: 'B', count: 2 }, { name: 'A', count: 1 }, { name: 'C', count: 1 }, { name: null, count: 3 }]);
    expect(cohortsOf([])).toEqual([]);
  });

  it('give one cohort at a time, or everyone', () => {
    expect(inCohort(group, 'B').map((p) => p.source.n)).toEqual([1, 4]);
    expect(inCohort(group, null).map((p) => p.source.n)).toEqual([2, 5, 6]);
    expect(inCohort(group, undefined)).toHaveLength(7);
  });
});
