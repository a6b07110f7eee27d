// The engine's worker (Chrome): requests come from the offscreen document as { id, message } and
// go back as { id, reply }, the same envelopes and replies runtime messaging carries.
import { createListener } from '../messaging';
import { startEngine } from './engine';

const listen = createListener(startEngine());

self.addEventListener('message', (event: MessageEvent<{ id: number; message: unknown }>) => {
  const { id, message } = event.data;
  void Promise.resolve(listen(message, {})).then((reply) => self.postMessage({ id, reply }));
});
