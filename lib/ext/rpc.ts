// The extension-side ends of lib/messaging.ts.
import { browser } from 'wxt/browser';
import { envelope, unwrap, type BackgroundApi, type ContentApi, type Reply, type RequestOf, type ResponseOf } from '../messaging';

export async function askBackground<K extends keyof BackgroundApi>(type: K, payload: RequestOf<BackgroundApi, K>): Promise<ResponseOf<BackgroundApi, K>> {
  const reply = (await browser.runtime.sendMessage(envelope<BackgroundApi, K>(type, payload))) as Reply<ResponseOf<BackgroundApi, K>> | undefined;
  return unwrap(reply, String(type));
}

export async function askTab<K extends keyof ContentApi>(tabId: number, type: K, payload: RequestOf<ContentApi, K>): Promise<ResponseOf<ContentApi, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, envelope<ContentApi, K>(type, payload))) as Reply<ResponseOf<ContentApi, K>> | undefined;
  return unwrap(reply, String(type));
}
