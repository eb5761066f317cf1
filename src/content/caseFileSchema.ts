/**
 * The case file a participant reads beside the story: people (for the genogram), the
 * chronology known at the start, partnerships, and the child's network (for the ecomap,
 * each tie's strength held in an ink variable `tie_*`).
 */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'is not an id (lower-case letters, digits and hyphens)'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const CaseFileSchema = v.object({
  child: id,
  people: v.pipe(v.array(v.object({
    id,
    name: text(120),
    relation: text(120),
    born: v.optional(text(20)),
    gender: v.picklist(['male', 'female', 'unknown']),
    parents: v.optional(v.array(id)),
    household: v.optional(text(200)),
    note: v.optional(text(600)),
    deceased: v.optional(v.boolean()),
  })), v.minLength(1)),
  partners: v.optional(v.array(v.object({ a: id, b: id, status: text(40) }))),
  chronology: v.array(v.object({ when: text(60), event: text(1_000), source: v.optional(text(200)) })),
  network: v.array(v.object({
    person: id,
    label: text(120),
    kind: v.picklist(['family', 'carer', 'professional', 'school', 'community']),
    tie: v.pipe(v.string(), v.regex(/^tie_[a-z0-9_]+$/, 'is not a tie_ variable')),
  })),
});

export type CaseFile = v.InferOutput<typeof CaseFileSchema>;

/** Problems that a schema cannot see: references between the file and to the story. */
export function checkCaseFile(caseFile: CaseFile, storyVariables: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set(caseFile.people.map((p) => p.id));
  if (!ids.has(caseFile.child)) problems.push(`the child "${caseFile.child}" is not among the people`);
  for (const p of caseFile.people) {
    for (const parent of p.parents ?? []) if (!ids.has(parent)) problems.push(`${p.id}'s parent "${parent}" is not among the people`);
  }
  for (const pair of caseFile.partners ?? []) {
    for (const person of [pair.a, pair.b]) if (!ids.has(person)) problems.push(`partner "${person}" is not among the people`);
  }
  for (const tie of caseFile.network) {
    if (!ids.has(tie.person)) problems.push(`network member "${tie.person}" is not among the people`);
    if (!storyVariables.includes(tie.tie)) problems.push(`network tie "${tie.tie}" is not a VAR in the story`);
  }
  for (const name of ['lives_with', 'legal_status']) {
    if (!storyVariables.includes(name)) problems.push(`the story has no VAR ${name} for the case file to show`);
  }
  return problems;
}
