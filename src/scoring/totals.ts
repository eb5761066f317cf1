/** Running totals of the three dimensions, from the deltas of the choices made. */
import { DIMENSIONS, type Deltas } from '../story/tagContract';

export const zeroDeltas = (): Deltas => ({ permanence: 0, contact: 0, disruption: 0 });

export function addDeltas(a: Deltas, b: Deltas): Deltas {
  return { permanence: a.permanence + b.permanence, contact: a.contact + b.contact, disruption: a.disruption + b.disruption };
}

export function sumDeltas(all: readonly Deltas[]): Deltas {
  return all.reduce(addDeltas, zeroDeltas());
}

export function sameDeltas(a: Deltas, b: Deltas): boolean {
  return DIMENSIONS.every((d) => a[d] === b[d]);
}
