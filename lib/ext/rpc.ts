// The extension-side ends of lib/messaging.ts.
import { browser } from 'wxt/browser';
import { ENGINE_REQUESTS, envelope, unwrap, type BackgroundApi, type ContentApi, type Reply, type RequestOf, type ResponseOf } from '../messaging';
import { EngineConnection } from './engine-port';

let engine: EngineConnection | null = null;
const ENGINE_RETRIES = 4;

async function send<K extends keyof BackgroundApi>(type: K, payload: RequestOf<BackgroundApi, K>): Promise<Reply<ResponseOf<BackgroundApi, K>> | undefined> {
  return (await browser.runtime.sendMessage(envelope<BackgroundApi, K>(type, payload))) as Reply<ResponseOf<BackgroundApi, K>> | undefined;
}

function engineConnection(): EngineConnection {
  engine ??= new EngineConnection();
  return engine;
}

/** Connects to the engine now (the content script does, before it reads the page). */
export function connectEngine(): EngineConnection {
  const connection = engineConnection();
  connection.connect();
  return connection;
}

/** Calls `listener` whenever the engine's port closes (the engine went away, or the extension did). */
export function onEngineDisconnect(listener: () => void): () => void {
  return engineConnection().onDisconnect(listener);
}

export async function askBackground<K extends keyof BackgroundApi>(type: K, payload: RequestOf<BackgroundApi, K>): Promise<ResponseOf<BackgroundApi, K>> {
  if (!ENGINE_REQUESTS.has(type)) return unwrap(await send(type, payload), String(type));
  // The engine's document (Chrome) may not be open yet, or was closed: no one answers then.
  // Have the background open it and ask once more. An answer that is an error is final.
  // (A document just opened may not listen yet on a loaded machine: a few more tries, further apart.)
  const connection = connectEngine();
  const message = envelope<BackgroundApi, K>(type, payload);
  let reply = (await connection.ask(message)) as Reply<ResponseOf<BackgroundApi, K>> | undefined;
  for (let attempt = 1; reply === undefined && attempt <= ENGINE_RETRIES; attempt++) {
    unwrap(await send('ensureEngine', {}), 'ensureEngine');
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 200 * (attempt - 1)));
    reply = (await connection.ask(message)) as Reply<ResponseOf<BackgroundApi, K>> | undefined;
  }
  return unwrap(reply, String(type));
}

export async function askTab<K extends keyof ContentApi>(tabId: number, type: K, payload: RequestOf<ContentApi, K>): Promise<ResponseOf<ContentApi, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, envelope<ContentApi, K>(type, payload))) as Reply<ResponseOf<ContentApi, K>> | undefined;
  return unwrap(reply, String(type));
}
