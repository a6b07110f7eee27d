// Reads a Chromium performance trace (CDP Tracing with the devtools.timeline and
// disabled-by-default-v8.cpu_profiler categories) and tells how much main-thread time a script
// took and which long tasks it ran in. The page's own parsing and layout can make long tasks
// too; only the ones our script ran in are ours.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export interface TaskShare {
  /** The whole task, in ms. */
  durationMs: number;
  /** The script's sampled time inside it, in ms. */
  scriptMs: number;
}

export interface ScriptAttribution {
  /** Sampled main-thread time with the script on the stack, in ms. */
  scriptMs: number;
  /** Tasks longer than the threshold that the script ran in, longest first. */
  longTasks: TaskShare[];
  /** Every task over the threshold on that thread, ours or not. */
  allLongTasks: number;
}

interface Sample {
  ts: number;
  durationUs: number;
  ours: boolean;
}

/** Samples of each profiled thread (`pid:tid`), in time order, marked when `urlPart` is on the stack. */
function samplesByThread(events: TraceEvent[], urlPart: string): Map<string, Sample[]> {
  const starts = new Map<string, { thread: string; startTime: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) starts.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, startTime: Number(e.args?.data?.startTime ?? e.ts) });
  }
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const times = new Map<string, number>();
  const out = new Map<string, Sample[]>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const key = `${e.pid}:${e.id}`;
    const start = starts.get(key);
    if (!start) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    let known = nodes.get(key);
    if (!known) nodes.set(key, (known = new Map()));
    for (const node of data?.cpuProfile?.nodes ?? []) known.set(node.id, node);
    let at = times.get(key) ?? start.startTime;
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    let list = out.get(start.thread);
    if (!list) out.set(start.thread, (list = []));
    for (let i = 0; i < samples.length; i++) {
      at += deltas[i] ?? 0;
      let ours = false;
      for (let node = known.get(samples[i]!); node; node = node.parent === undefined ? undefined : known.get(node.parent)) {
        if (node.callFrame.url?.includes(urlPart)) {
          ours = true;
          break;
        }
      }
      list.push({ ts: at, durationUs: 0, ours });
    }
    times.set(key, at);
  }
  for (const list of out.values()) {
    list.sort((a, b) => a.ts - b.ts);
    // A sample stands for the time until the next one (capped: a gap means the thread was idle).
    for (let i = 0; i < list.length; i++) list[i]!.durationUs = Math.min(2000, (list[i + 1]?.ts ?? list[i]!.ts) - list[i]!.ts);
  }
  return out;
}

export function attributeScript(events: TraceEvent[], urlPart: string, longTaskMs = 50): ScriptAttribution {
  const threads = samplesByThread(events, urlPart);
  // The thread the script ran on most: the page's main thread.
  let thread = '';
  let scriptUs = 0;
  for (const [key, samples] of threads) {
    const us = samples.reduce((sum, s) => sum + (s.ours ? s.durationUs : 0), 0);
    if (us > scriptUs) {
      scriptUs = us;
      thread = key;
    }
  }
  const samples = threads.get(thread) ?? [];
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread && (e.dur ?? 0) > longTaskMs * 1000);
  const longTasks: TaskShare[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let us = 0;
    for (const s of samples) if (s.ours && s.ts >= task.ts && s.ts < end) us += s.durationUs;
    if (us > 0) longTasks.push({ durationMs: (task.dur ?? 0) / 1000, scriptMs: us / 1000 });
  }
  longTasks.sort((a, b) => b.durationMs - a.durationMs);
  return { scriptMs: scriptUs / 1000, longTasks, allLongTasks: tasks.length };
}
