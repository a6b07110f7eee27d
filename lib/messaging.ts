// Typed messages between the content script, the popup and the background.
// Each request names its `type`; the response shape is fixed per type, so a caller
// cannot read a field the other side never sends.
import type { TextCheck } from './check';
import type { BlockInfo } from './dom/page-text';
import type { CheckedQuote, MatchDetails, MatchResult, QuoteQuery, SourceMeta } from './types';

export interface IndexStatus {
  state: 'loading' | 'ready' | 'error';
  docs: number;
  words: number;
  error?: string;
  /** How long fetching and opening the bundled index took, in ms. */
  bundledLoadMs?: number;
}

export interface TextHit {
  meta: SourceMeta;
  passage: string;
  offset: number;
  score: number;
}

/** Requests the engine answers (lib/ext/engine.ts): in Chrome its offscreen document, in Firefox the background page. */
export interface EngineApi {
  /** Finds and matches the quotes in a page's flat text (off the page's main thread). */
  /**
   * Finds and matches the quotes in a page's flat text (off the page's main thread). The matches
   * come without their details (checkId set) unless `details` asks for them inline.
   */
  check: { request: { text: string; blocks: BlockInfo[]; details?: boolean }; response: TextCheck };
  /** The details held back from a check, in its results' order; null once the engine has forgotten it. */
  checkDetails: { request: { checkId: string }; response: (MatchDetails | null)[] | null };
  match: { request: { queries: QuoteQuery[] }; response: MatchResult[] };
  indexStatus: { request: Record<string, never>; response: IndexStatus };
  searchText: { request: { phrase: string; limit?: number }; response: TextHit[] };
  listSources: { request: Record<string, never>; response: SourceMeta[] };
  /** User sources changed (sources page): reload them into the matcher. */
  sourcesChanged: { request: Record<string, never>; response: void };
}

export const ENGINE_REQUESTS: ReadonlySet<string> = new Set<keyof EngineApi>(['check', 'checkDetails', 'match', 'indexStatus', 'searchText', 'listSources', 'sourcesChanged']);

/** Requests the background answers; with the engine's, everything a page or the popup can ask. */
export interface BackgroundApi extends EngineApi {
  /** A tab's checked quotes changed: the badge shows how many need attention. */
  pageUpdated: { request: { attention: number }; response: void };
  /** Opens the engine's offscreen document if it is not open (Chrome; nothing to do in Firefox). */
  ensureEngine: { request: Record<string, never>; response: void };
}

export type PageState = 'scanning' | 'ready' | 'disabled';

export interface PageQuotes {
  state: PageState;
  url: string;
  title: string;
  quotes: CheckedQuote[];
  /** Quotes marked as scare quotes: found but not checked. */
  scareCount: number;
  /** Why the page could not be checked (the background failed); no quotes are listed then. */
  error?: string;
}

/** Requests a tab's content script answers. */
export interface ContentApi {
  pageQuotes: { request: Record<string, never>; response: PageQuotes };
  showQuote: { request: { id: string }; response: boolean };
  /** Next (1) or previous (-1) quote, with its card open and focused; false when the page has none. */
  stepQuote: { request: { step: 1 | -1 }; response: boolean };
  setEnabled: { request: { enabled: boolean }; response: PageState };
  checkSelection: { request: { text: string }; response: CheckedQuote | null };
  /** The page's markup, for "Use this page as a source" (parsed in an extension page, never sent anywhere). */
  pageHtml: { request: Record<string, never>; response: { html: string; url: string; title: string } };
}

export type RequestOf<Api, K extends keyof Api> = Api[K] extends { request: infer R } ? R : never;
export type ResponseOf<Api, K extends keyof Api> = Api[K] extends { response: infer R } ? R : never;

export interface Envelope<Api, K extends keyof Api = keyof Api> {
  verbatim: K;
  payload: RequestOf<Api, K>;
}

/** Wire reply: errors travel as values so one side's failure never surfaces as an unhandled rejection on the other. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers<Api> = {
  [K in keyof Api]: (payload: RequestOf<Api, K>, sender: { tabId?: number }) => Promise<ResponseOf<Api, K>> | ResponseOf<Api, K>;
};

export function envelope<Api, K extends keyof Api>(type: K, payload: RequestOf<Api, K>): Envelope<Api, K> {
  return { verbatim: type, payload };
}

/** Builds the `onMessage` listener for one side. Unknown messages are left for other listeners. */
export function createListener<Api>(handlers: Handlers<Api>) {
  return (message: unknown, sender: { tab?: { id?: number } }): Promise<Reply<unknown>> | undefined => {
    if (!message || typeof message !== 'object' || !('verbatim' in message)) return undefined;
    const { verbatim: type, payload } = message as Envelope<Api>;
    const handler = handlers[type] as ((p: unknown, s: { tabId?: number }) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(payload, { tabId: sender.tab?.id }))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (err: unknown): Reply<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
}

/**
 * A `createListener` listener as `runtime.onMessage` wants it in every browser: the reply through
 * `sendResponse` with `true` returned to keep the channel open (Chrome ignores a returned promise).
 */
export function onMessageListener(listen: ReturnType<typeof createListener>) {
  return (message: unknown, sender: { tab?: { id?: number } }, sendResponse: (reply: Reply<unknown>) => void): boolean => {
    const reply = listen(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
}

export function unwrap<T>(reply: Reply<T> | undefined, what: string): T {
  if (!reply) throw new Error(`${what}: no answer`);
  if (!reply.ok) throw new Error(`${what}: ${reply.error}`);
  return reply.value;
}

/** Answers a request given as JSON text with `listen` (see createListener), as JSON text: how requests cross the engine's port. */
export async function answerJson(listen: (message: unknown, sender: { tab?: { id?: number } }) => Promise<Reply<unknown>> | undefined, body: string): Promise<string | undefined> {
  const reply = await listen(JSON.parse(body), {});
  return reply === undefined ? undefined : JSON.stringify(reply);
}
