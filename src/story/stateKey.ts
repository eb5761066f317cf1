/**
 * A key that is equal for two ink states with the same future: the same position,
 * variables, visit counts and offered choices. It drops what only records the road
 * taken (text already output, the turn counter) and renumbers threads, whose absolute
 * numbers grow with every choice point passed.
 * It also drops the visit counts of weave choices (paths ending in `c-N`): ink keeps them
 * so a once-only choice is not offered twice, which matters only at a choice point the
 * story can come back to. At the choice point on offer the key still holds the options
 * left (`currentChoices`), so menu loops stay exact; what it gives up is a story that
 * leaves a choice point and returns to it later with once-only options (the authoring
 * guide asks for sticky choices and variables there), and one that reads TURNS_SINCE.
 */
import type { Liveness } from './liveVariables';

interface FrameJson { cPath?: string; [key: string]: unknown }
interface ThreadJson { threadIndex?: number; callstack?: FrameJson[]; [key: string]: unknown }
interface ChoiceJson { originalThreadIndex?: number; targetPath?: string; [key: string]: unknown }
interface FlowJson {
  callstack?: { threads?: ThreadJson[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, ThreadJson>;
  currentChoices?: ChoiceJson[];
}

/** Where the story can go on from: every frame of every thread, and every choice's target. */
function positionsOf(flows: Record<string, FlowJson>): string[] {
  const paths: string[] = [];
  const frames = (thread: ThreadJson | undefined) => {
    for (const frame of thread?.callstack ?? []) if (typeof frame.cPath === 'string') paths.push(frame.cPath);
  };
  for (const flow of Object.values(flows)) {
    for (const thread of flow.callstack?.threads ?? []) frames(thread);
    for (const thread of Object.values(flow.choiceThreads ?? {})) frames(thread);
    for (const choice of flow.currentChoices ?? []) if (typeof choice.targetPath === 'string') paths.push(choice.targetPath);
  }
  return paths;
}

/**
 * `unread`: global variables nothing that happens depends on (see unreadVariables), left out of the key.
 * `live`: with it, a variable nothing ahead of this state reads is left out too (see liveVariables).
 */
export function stateKey(stateJson: string, unread: ReadonlySet<string> = new Set(), live?: Liveness): string {
  const state = JSON.parse(stateJson) as Record<string, unknown> & { flows?: Record<string, FlowJson> };
  delete state.turnIdx;
  delete state.turnIndices;
  const variables = state.variablesState as Record<string, unknown> | undefined;
  if (variables) for (const name of unread) delete variables[name];
  const ahead = live && variables ? live.liveFrom(positionsOf(state.flows ?? {})) : null;
  if (variables && ahead) for (const name of Object.keys(variables)) if (!ahead.has(name)) delete variables[name];
  const counts = state.visitCounts as Record<string, number> | undefined;
  if (counts) {
    for (const path of Object.keys(counts)) if (/(^|\.)c-\d+$/.test(path)) delete counts[path];
  }
  for (const flow of Object.values(state.flows ?? {})) {
    delete flow.outputStream;
    const renumber = new Map<number, number>();
    const idOf = (n: number | undefined): number | undefined => {
      if (n === undefined) return undefined;
      if (!renumber.has(n)) renumber.set(n, renumber.size);
      return renumber.get(n);
    };
    if (flow.callstack) {
      delete flow.callstack.threadCounter;
      for (const thread of flow.callstack.threads ?? []) thread.threadIndex = idOf(thread.threadIndex);
    }
    for (const choice of flow.currentChoices ?? []) choice.originalThreadIndex = idOf(choice.originalThreadIndex);
    if (flow.choiceThreads) {
      const renamed: Record<string, ThreadJson> = {};
      for (const [key, thread] of Object.entries(flow.choiceThreads)) {
        const id = idOf(Number(key));
        thread.threadIndex = id;
        renamed[String(id)] = thread;
      }
      flow.choiceThreads = renamed;
    }
  }
  return JSON.stringify(state);
}
