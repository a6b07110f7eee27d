import { describe, expect, it } from 'vitest';
import { attributeScript, type TraceEvent } from '../../scripts/trace-attribution';

const OURS = 'chrome-extension://id/content-scripts/content.js';
const nodes = [
  { id: 1, callFrame: { functionName: '(root)' } },
  { id: 2, parent: 1, callFrame: { functionName: 'pageWork', url: 'http://127.0.0.1/page.js' } },
  { id: 3, parent: 1, callFrame: { functionName: 'scan', url: OURS } },
  { id: 4, parent: 3, callFrame: { functionName: 'textContent' } },
  { id: 5, parent: 1, callFrame: { functionName: '(idle)' } },
];

/** One profiled main thread (pid 7, tid 7) with samples 1 ms apart starting at t = 1000 µs. */
function trace(samples: number[], tasks: { ts: number; dur: number }[]): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', pid: 7, tid: 7, ts: 1000, id: '0x1', args: { data: { startTime: 1000 } } },
    { name: 'ProfileChunk', ph: 'P', pid: 7, tid: 7, ts: 1000, id: '0x1', args: { data: { cpuProfile: { nodes: nodes.slice(0, 4), samples: samples.slice(0, 3) }, timeDeltas: samples.slice(0, 3).map((_, i) => (i === 0 ? 0 : 1000)) } } },
    { name: 'ProfileChunk', ph: 'P', pid: 7, tid: 7, ts: 1000, id: '0x1', args: { data: { cpuProfile: { nodes: nodes.slice(4), samples: samples.slice(3) }, timeDeltas: samples.slice(3).map(() => 1000) } } },
    ...tasks.map((t) => ({ name: 'RunTask', ph: 'X', pid: 7, tid: 7, ts: t.ts, dur: t.dur })),
  ];
}

describe('attributeScript', () => {
  it('counts the time with the script anywhere on the stack, across chunks', () => {
    // Samples at 1000..8000 µs: ours at 2000, 3000 (a callee of ours), 5000; page at 1000, 4000; idle after.
    const result = attributeScript(trace([2, 3, 4, 2, 3, 5, 5, 5], []), OURS);
    expect(result.scriptMs).toBeCloseTo(3, 5);
  });

  it('reports only the long tasks the script ran in, with its share', () => {
    const samples = [2, 3, 4, 2, 3, 5, 5, 5];
    const result = attributeScript(trace(samples, [{ ts: 1500, dur: 60_000 }, { ts: 100_000, dur: 80_000 }, { ts: 200_000, dur: 10_000 }]), OURS);
    expect(result.allLongTasks).toBe(2);
    expect(result.longTasks).toEqual([{ durationMs: 60, scriptMs: 3 }]);
  });

  it('finds nothing in a trace without profile samples', () => {
    expect(attributeScript([{ name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 90_000 }], OURS)).toEqual({ scriptMs: 0, longTasks: [], allLongTasks: 0 });
  });
});
