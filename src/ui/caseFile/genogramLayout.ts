/**
 * Where each person of the child's family sits in the genogram: generations by row (from
 * the parents links, partners sharing a row), partners side by side, children under their
 * parents. Pure data in, positions out, so it is tested without a browser.
 */
import type { CaseFile } from '../../content/caseFileSchema';

type Person = CaseFile['people'][number];

export interface PlacedPerson {
  id: string;
  name: string;
  gender: Person['gender'];
  deceased: boolean;
  isChild: boolean;
  row: number;
  x: number;
  y: number;
}

export interface PartnerLine {
  a: string;
  b: string;
  separated: boolean;
}

/** A line of descent: from the parents (their partnership's midpoint, or the one parent) to a child. */
export interface DescentLine {
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  child: string;
}

export interface GenogramLayout {
  width: number;
  height: number;
  people: PlacedPerson[];
  partners: PartnerLine[];
  descent: DescentLine[];
}

export const GENOGRAM_SPACING = { column: 120, row: 120, margin: 70, top: 40 } as const;

/** The people joined to the child through parents and partners: the family a genogram draws. */
export function familyOf(caseFile: CaseFile): Person[] {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!links.has(a)) links.set(a, new Set());
    if (!links.has(b)) links.set(b, new Set());
    links.get(a)!.add(b);
    links.get(b)!.add(a);
  };
  for (const p of caseFile.people) for (const parent of p.parents ?? []) link(p.id, parent);
  for (const pair of caseFile.partners ?? []) link(pair.a, pair.b);
  const seen = new Set([caseFile.child]);
  const queue = [caseFile.child];
  while (queue.length > 0) {
    for (const next of links.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return caseFile.people.filter((p) => seen.has(p.id));
}

/** Generation 0 at the top; a child is one below its lowest parent, and partners share a row. */
export function generations(people: readonly Person[], partners: CaseFile['partners'] = []): Map<string, number> {
  const ids = new Set(people.map((p) => p.id));
  const gen = new Map(people.map((p) => [p.id, 0]));
  // Each pass only pushes people down, so people.length passes settle any family without a loop in it.
  for (let pass = 0; pass <= people.length; pass++) {
    let changed = false;
    const raise = (id: string, to: number): void => {
      if (to > gen.get(id)!) {
        gen.set(id, to);
        changed = true;
      }
    };
    for (const p of people) for (const parent of p.parents ?? []) if (ids.has(parent)) raise(p.id, gen.get(parent)! + 1);
    for (const pair of partners) {
      if (!ids.has(pair.a) || !ids.has(pair.b)) continue;
      const row = Math.max(gen.get(pair.a)!, gen.get(pair.b)!);
      raise(pair.a, row);
      raise(pair.b, row);
    }
    if (!changed) break;
  }
  return gen;
}

export function layoutGenogram(caseFile: CaseFile): GenogramLayout {
  const people = familyOf(caseFile);
  const ids = new Set(people.map((p) => p.id));
  const partners = (caseFile.partners ?? []).filter((pair) => ids.has(pair.a) && ids.has(pair.b));
  const gen = generations(people, partners);
  const rowCount = Math.max(0, ...gen.values()) + 1;
  const byId = new Map(people.map((p) => [p.id, p]));
  const partnersOf = (id: string): string[] => partners.flatMap((pair) => (pair.a === id ? [pair.b] : pair.b === id ? [pair.a] : []));
  const parentsOf = (id: string): string[] => (byId.get(id)?.parents ?? []).filter((x) => ids.has(x));
  const childrenOf = (id: string): string[] => people.filter((p) => parentsOf(p.id).includes(id)).map((p) => p.id);

  // Each row is a list of clusters: people joined as partners stand together, as a chain.
  const rows: string[][][] = Array.from({ length: rowCount }, (_, r) => clustersOf(people.filter((p) => gen.get(p.id) === r).map((p) => p.id), partnersOf));
  const position = new Map<string, number>();
  const place = (): void => rows.forEach((row) => row.flat().forEach((id, i) => position.set(id, i)));
  place();

  const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  const sortRow = (r: number, relatives: (id: string) => string[]): void => {
    const keyOf = (id: string): number | null => mean(relatives(id).map((x) => position.get(x)!));
    const keyed = rows[r]!.map((cluster, i) => {
      const keys = cluster.map(keyOf).filter((k): k is number => k !== null);
      return { cluster: orientChain(cluster, keyOf), key: mean(keys) ?? mean(cluster.map((id) => position.get(id)!)) ?? i };
    });
    keyed.sort((a, b) => a.key - b.key);
    rows[r] = keyed.map((k) => k.cluster);
    place();
  };
  // A few sweeps of ordering by the mean place of parents (downwards) and children (upwards).
  for (let sweep = 0; sweep < 3; sweep++) {
    for (let r = 1; r < rowCount; r++) sortRow(r, parentsOf);
    for (let r = rowCount - 2; r >= 0; r--) sortRow(r, childrenOf);
  }

  const { column, row: rowGap, margin, top } = GENOGRAM_SPACING;
  const widest = Math.max(1, ...rows.map((r) => r.flat().length));
  const width = margin * 2 + (widest - 1) * column;
  const placed: PlacedPerson[] = [];
  const at = new Map<string, PlacedPerson>();
  rows.forEach((row, r) => {
    const flat = row.flat();
    const start = (width - (flat.length - 1) * column) / 2;
    flat.forEach((id, i) => {
      const p = byId.get(id)!;
      const node: PlacedPerson = {
        id, name: p.name, gender: p.gender, deceased: p.deceased ?? false, isChild: id === caseFile.child,
        row: r, x: start + i * column, y: top + 20 + r * rowGap,
      };
      placed.push(node);
      at.set(id, node);
    });
  });

  const descent: DescentLine[] = [];
  for (const p of placed) {
    const parents = parentsOf(p.id).map((id) => at.get(id)!);
    if (parents.length === 0) continue;
    const together = parents.length === 2 && partners.some((pair) => [pair.a, pair.b].includes(parents[0]!.id) && [pair.a, pair.b].includes(parents[1]!.id));
    const from = together ? { x: (parents[0]!.x + parents[1]!.x) / 2, y: parents[0]!.y } : parents[0]!;
    descent.push({ fromX: from.x, fromY: from.y, toX: p.x, toY: p.y, child: p.id });
  }
  return {
    width,
    height: top + 20 + (rowCount - 1) * rowGap + 70,
    people: placed,
    partners: partners.map((pair) => ({ a: pair.a, b: pair.b, separated: /separat|divorc/i.test(pair.status) })),
    descent,
  };
}

/** Groups a row into partner chains (A with B, B with C), each walked from one end. */
function clustersOf(row: string[], partnersOf: (id: string) => string[]): string[][] {
  const inRow = new Set(row);
  const done = new Set<string>();
  const clusters: string[][] = [];
  for (const id of row) {
    if (done.has(id)) continue;
    const members: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (done.has(next)) continue;
      done.add(next);
      members.push(next);
      for (const q of partnersOf(next)) if (inRow.has(q) && !done.has(q)) stack.push(q);
    }
    const degree = (x: string): number => partnersOf(x).filter((q) => members.includes(q)).length;
    const start = members.find((x) => degree(x) <= 1) ?? members[0]!;
    const chain = [start];
    const walked = new Set(chain);
    for (;;) {
      const next = partnersOf(chain[chain.length - 1]!).find((q) => members.includes(q) && !walked.has(q));
      if (!next) break;
      chain.push(next);
      walked.add(next);
    }
    // Anyone a chain walk misses (a partner of someone mid-chain) stands at the end.
    clusters.push([...chain, ...members.filter((x) => !walked.has(x))]);
  }
  return clusters;
}

/** Turns a chain round so the partner whose relatives sit further left stands on the left. */
function orientChain(cluster: string[], keyOf: (id: string) => number | null): string[] {
  if (cluster.length < 2) return cluster;
  const first = keyOf(cluster[0]!);
  const last = keyOf(cluster[cluster.length - 1]!);
  return first !== null && last !== null && first > last ? [...cluster].reverse() : cluster;
}
