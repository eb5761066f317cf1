import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CaseFileSchema, type CaseFile } from '../../src/content/caseFileSchema';
import { familyOf, generations, layoutGenogram } from '../../src/ui/caseFile/genogramLayout';
import { ecomapModel, tieSentence, tieStrength } from '../../src/ui/caseFile/ecomapModel';

const bradley: CaseFile = v.parse(CaseFileSchema, JSON.parse(readFileSync(resolve(import.meta.dirname, '../../stories/bradley/casefile.json'), 'utf8')));

describe('the genogram layout', () => {
  it('draws only the family joined to the child by parents and partners', () => {
    const ids = familyOf(bradley).map((p) => p.id).sort();
    expect(ids).toEqual(['bradley', 'brenda', 'callum', 'dean', 'kerry', 'linda', 'mick', 'poppy', 'tina']);
  });

  it('puts grandparents above parents above children, partners on one row', () => {
    const gen = generations(familyOf(bradley), bradley.partners);
    expect([gen.get('brenda'), gen.get('linda'), gen.get('mick'), gen.get('tina')]).toEqual([0, 0, 0, 0]);
    expect([gen.get('kerry'), gen.get('dean'), gen.get('callum')]).toEqual([1, 1, 1]);
    expect([gen.get('bradley'), gen.get('poppy')]).toEqual([2, 2]);
  });

  it('stands partners side by side and each child between or under its parents', () => {
    const layout = layoutGenogram(bradley);
    const at = new Map(layout.people.map((p) => [p.id, p]));
    const column = (id: string) => Math.round(at.get(id)!.x);
    const gap = Math.abs(column('kerry') - column('dean'));
    expect(Math.abs(column('kerry') - column('callum'))).toBe(gap);
    expect(Math.abs(column('linda') - column('mick'))).toBe(gap);
    expect(new Set(layout.people.map((p) => `${p.x},${p.y}`)).size).toBe(layout.people.length);
    const b = at.get('bradley')!.x;
    expect(b).toBeGreaterThanOrEqual(Math.min(column('kerry'), column('dean')) - gap);
    expect(b).toBeLessThanOrEqual(Math.max(column('kerry'), column('dean')) + gap);
    expect(layout.people.every((p) => p.x > 0 && p.x < layout.width && p.y > 0 && p.y < layout.height)).toBe(true);
  });

  it('marks the separation and hangs both children from their parents', () => {
    const layout = layoutGenogram(bradley);
    expect(layout.partners.find((p) => p.b === 'dean')?.separated).toBe(true);
    expect(layout.partners.find((p) => p.b === 'callum')?.separated).toBe(false);
    expect(layout.descent.map((d) => d.child).sort()).toEqual(['bradley', 'callum', 'dean', 'kerry', 'poppy']);
    expect(layout.people.filter((p) => p.isChild).map((p) => p.id)).toEqual(['bradley']);
  });

  it('survives a loop in the parents links without hanging', () => {
    const looped: CaseFile = { child: 'a', people: [
      { id: 'a', name: 'A', relation: 'child', gender: 'unknown', parents: ['b'] },
      { id: 'b', name: 'B', relation: 'parent', gender: 'female', parents: ['a'] },
    ], chronology: [], network: [] };
    expect(layoutGenogram(looped).people).toHaveLength(2);
  });
});

describe('the ecomap model', () => {
  it('reads each tie from its story variable and words it', () => {
    const model = ecomapModel(bradley, { tie_kerry: 5, tie_dean: 1, tie_linda: 3, tie_gill: 0, tie_poppy: 9, tie_brenda: 'x' });
    expect(model.centre).toBe('Bradley');
    expect(model.ties.map(tieSentence)).toEqual([
      'Mum (Kerry): strong (5 of 5)', 'Dad (Dean): weak (1 of 5)', 'Sister (Poppy): strong (5 of 5)', 'Nan (Brenda): no tie (0 of 5)',
      'Nana Linda: some (3 of 5)', 'Foster carers Gill and Pete: no tie (0 of 5)', 'Nursery key worker (Shanice): no tie (0 of 5)',
    ]);
    expect(tieStrength(2.6)).toBe(3);
  });
});
