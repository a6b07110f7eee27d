// Chrome's offscreen document: relays the engine's requests (over ports, lib/ext/engine-port.ts)
// to its worker, and the replies back.
import { serveEnginePorts } from '../../lib/ext/engine-port';
import type { Reply } from '../../lib/messaging';

const worker = new Worker(new URL('../../lib/ext/engine-worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, (reply: Reply<unknown> | undefined) => void>();
let nextId = 0;

worker.addEventListener('message', (event: MessageEvent<{ id: number; reply: Reply<unknown> | undefined }>) => {
  pending.get(event.data.id)?.(event.data.reply);
  pending.delete(event.data.id);
});
// A worker that fails must not leave pages waiting for ever: they get the error as the answer.
worker.addEventListener('error', (event) => {
  for (const answer of pending.values()) answer({ ok: false, error: `the engine stopped: ${event.message}` });
  pending.clear();
});

serveEnginePorts(
  (message) =>
    new Promise((answer) => {
      const id = nextId++;
      pending.set(id, answer);
      worker.postMessage({ id, message });
    }),
);
