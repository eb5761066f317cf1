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
interface ThreadJson { threadIndex?: number; [key: string]: unknown }
interface ChoiceJson { originalThreadIndex?: number; [key: string]: unknown }
interface FlowJson {
  callstack?: { threads?: ThreadJson[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, ThreadJson>;
  currentChoices?: ChoiceJson[];
}

/** `unread`: global variables nothing that happens depends on (see unreadVariables), left out of the key. */
export function stateKey(stateJson: string, unread: ReadonlySet<string> = new Set()): string {
  const state = JSON.parse(stateJson) as Record<string, unknown> & { flows?: Record<string, FlowJson> };
  delete state.turnIdx;
  delete state.turnIndices;
  const variables = state.variablesState as Record<string, unknown> | undefined;
  if (variables) for (const name of unread) delete variables[name];
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
