// The engine's worker (Chrome): requests come from the offscreen document as { id, body } with
// the request's JSON text, and go back as { id, body } with the reply's, so the document in
// between only passes strings along.
import { answerJson, createListener } from '../messaging';
import { startEngine } from './engine';

const listen = createListener(startEngine());

self.addEventListener('message', (event: MessageEvent<{ id: number; body: string }>) => {
  const { id, body } = event.data;
  void answerJson(listen, body)
    .catch((error: unknown) => JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }))
    .then((reply) => self.postMessage({ id, body: reply }));
});
