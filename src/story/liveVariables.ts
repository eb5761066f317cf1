/**
 * Which global variables a story can still read from where it stands. Two states that differ
 * only in a variable nothing ahead of them reads have the same future, so the explorer merges
 * them: a flag set in part 2 and read only in part 3 no longer splits every state of parts 4
 * to 6. This is what keeps a six-part case's exploration to minutes.
 *
 * The story is cut into flows (knots and stitches, as flowOfPath names them). A flow's reads
 * are its own, and those of every flow it can divert to, call, thread or offer a choice into,
 * worked out to a fixed point over the compiled story's runtime objects. A divert to a target
 * held in a variable could go anywhere: a story with one keeps every variable everywhere.
 */
import type { Story } from 'inkjs';
import { flowOfPath } from './StoryRunner';

/** The parts of inkjs's runtime objects we read (their classes are not exported by the runtime bundle). */
interface PathLike { toString(): string }
interface RuntimeObject {
  path: PathLike;
  content?: unknown[];
  namedContent?: Map<string, unknown>;
  // Divert
  targetPath?: PathLike | null;
  variableDivertName?: string | null;
  isExternal?: boolean;
  // ChoicePoint
  pathOnChoice?: PathLike | null;
  // VariableReference
  name?: string | null;
  pathForCount?: PathLike | null;
  // DivertTargetValue
  valueType?: number;
  value?: unknown;
}

/** The flow a runtime path lies in; content outside any knot is the root's. */
export function flowOf(path: string): string {
  return /^\d/.test(path) ? '(root)' : flowOfPath(path);
}

export interface Liveness {
  /** The variables some flow reachable from these paths reads; null when that cannot be known (keep them all). */
  liveFrom(paths: readonly string[]): ReadonlySet<string> | null;
}

export function liveness(story: Story): Liveness {
  const reads = new Map<string, Set<string>>();
  const next = new Map<string, Set<string>>();
  let dynamic = false;
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(value);
  };
  const seen = new Set<unknown>();
  const visit = (object: RuntimeObject): void => {
    if (seen.has(object)) return;
    seen.add(object);
    const flow = flowOf(object.path.toString());
    if (Array.isArray(object.content) && object.namedContent instanceof Map) {
      for (const child of object.content) if (child && typeof child === 'object') visit(child as RuntimeObject);
      for (const child of object.namedContent.values()) if (child && typeof child === 'object') visit(child as RuntimeObject);
      return;
    }
    if ('variableDivertName' in object) {
      if (object.variableDivertName) dynamic = true;
      else if (!object.isExternal && object.targetPath) add(next, flow, flowOf(object.targetPath.toString()));
    } else if ('pathOnChoice' in object && object.pathOnChoice) {
      add(next, flow, flowOf(object.pathOnChoice.toString()));
    } else if ('pathForCount' in object && typeof object.name === 'string') {
      add(reads, flow, object.name);
    } else if ('valueType' in object && object.value && typeof object.value === 'object' && 'componentsString' in object.value) {
      // A divert target held as a value (`-> knot` passed as an argument): it may be followed from here.
      add(next, flow, flowOf(String(object.value)));
    }
  };
  visit(story.mainContentContainer as unknown as RuntimeObject);

  const memo = new Map<string, ReadonlySet<string>>();
  const liveOf = (flow: string): ReadonlySet<string> => {
    const known = memo.get(flow);
    if (known) return known;
    // Everything reachable from the flow, then the union of their reads (cycles are common: menus, loops).
    const reach = new Set<string>([flow]);
    for (const at of reach) for (const to of next.get(at) ?? []) reach.add(to);
    const live = new Set<string>();
    for (const at of reach) for (const name of reads.get(at) ?? []) live.add(name);
    memo.set(flow, live);
    return live;
  };
  return {
    liveFrom(paths) {
      if (dynamic) return null;
      const live = new Set<string>();
      for (const path of paths) for (const name of liveOf(flowOf(path))) live.add(name);
      return live;
    },
  };
}
