/** The child's network as the ecomap draws it: each member's tie strength (0-5) read from its story variable. */
import type { CaseFile } from '../../content/caseFileSchema';

export type TieKind = CaseFile['network'][number]['kind'];

export interface EcomapTie {
  person: string;
  label: string;
  kind: TieKind;
  /** 0 (no tie) to 5 (strongest). */
  strength: number;
}

export interface EcomapModel {
  centre: string;
  ties: EcomapTie[];
}

export const MAX_TIE = 5;

export function ecomapModel(caseFile: CaseFile, variables: Record<string, unknown>): EcomapModel {
  const child = caseFile.people.find((p) => p.id === caseFile.child);
  return {
    centre: child?.name.split(' ')[0] ?? caseFile.child,
    ties: caseFile.network.map((n) => ({ person: n.person, label: n.label, kind: n.kind, strength: tieStrength(variables[n.tie]) })),
  };
}

/** A story variable read as a strength: a whole number from 0 to 5, anything else as no tie. */
export function tieStrength(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(MAX_TIE, Math.max(0, Math.round(value)));
}

export function tieWord(strength: number): string {
  if (strength >= 4) return 'strong';
  if (strength === 3) return 'some';
  if (strength >= 1) return 'weak';
  return 'no tie';
}

/** "Nana Linda: some (3 of 5)": the line the ecomap's text equivalent gives for one tie. */
export function tieSentence(tie: EcomapTie): string {
  return `${tie.label}: ${tieWord(tie.strength)} (${tie.strength} of ${MAX_TIE})`;
}

/** Colours by kind, dark enough to read on white. */
export const KIND_COLOURS: Record<TieKind, number> = {
  family: 0x1d5a8a,
  carer: 0x2e6b30,
  professional: 0x6a3d9a,
  school: 0x9c4a00,
  community: 0x5c5a00,
};

export const KIND_NAMES: Record<TieKind, string> = {
  family: 'family',
  carer: 'carers',
  professional: 'professionals',
  school: 'school or nursery',
  community: 'community',
};
