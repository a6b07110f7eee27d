// Chrome's offscreen document: passes the engine's requests (JSON text over ports, see
// lib/ext/engine-port.ts) to its worker, and the replies back, without reading them.
import { serveEnginePorts } from '../../lib/ext/engine-port';

const worker = new Worker(new URL('../../lib/ext/engine-worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, (body: string | undefined) => void>();
let nextId = 0;

worker.addEventListener('message', (event: MessageEvent<{ id: number; body: string | undefined }>) => {
  pending.get(event.data.id)?.(event.data.body);
  pending.delete(event.data.id);
});
// A worker that fails must not leave pages waiting for ever: they get the error as the answer.
worker.addEventListener('error', (event) => {
  for (const answer of pending.values()) answer(JSON.stringify({ ok: false, error: `the engine stopped: ${event.message}` }));
  pending.clear();
});

serveEnginePorts(
  (body) =>
    new Promise((answer) => {
      const id = nextId++;
      pending.set(id, answer);
      worker.postMessage({ id, body });
    }),
);
