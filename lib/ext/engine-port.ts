// Requests to the engine travel over a runtime port rather than sendMessage: in Chrome only the
// engine's offscreen document listens for connections, so the service worker is neither woken nor
// handed the page's text for every check. Each request carries an id; replies come back with it.
import { browser } from 'wxt/browser';
import type { Reply } from '../messaging';

export const ENGINE_PORT = 'verbatim-engine';

// Bodies travel as JSON text: the browser copies one string far faster than it converts a graph
// of a page's worth of quotes, diffs and contexts object by object.
interface Request {
  id: number;
  body: string;
}
interface Answer {
  id: number;
  body: string | undefined;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/** The engine's side: answers each request that arrives on ports named ENGINE_PORT. `answer` takes and returns JSON text. */
export function serveEnginePorts(answer: (body: string) => Promise<string | undefined>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((data: unknown) => {
      const { id, body } = data as Request;
      void answer(body)
        .catch((error: unknown) => JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply<unknown>))
        .then((reply) => {
          if (open) port.postMessage({ id, body: reply } satisfies Answer);
        });
    });
  });
}

/** The asking side: one port, opened on first use and again after it closes. Resolves undefined when no engine is listening. */
export class EngineConnection {
  private port: Port | null = null;
  private readonly pending = new Map<number, (reply: Reply<unknown> | undefined) => void>();
  private readonly disconnectListeners = new Set<() => void>();
  private nextId = 0;

  /** Called whenever the port closes, including when the extension itself goes away (reload, update, removal). */
  onDisconnect(listener: () => void): () => void {
    this.disconnectListeners.add(listener);
    return () => this.disconnectListeners.delete(listener);
  }

  ask(message: unknown): Promise<Reply<unknown> | undefined> {
    const port = this.open();
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, resolve);
      try {
        port.postMessage({ id, body: JSON.stringify(message) } satisfies Request);
      } catch {
        this.pending.delete(id);
        this.port = null;
        resolve(undefined);
      }
    });
  }

  /** Opens the port ahead of the first request, so setting up the connection overlaps other work. */
  connect(): void {
    this.open();
  }

  private open(): Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: ENGINE_PORT });
    port.onMessage.addListener((data: unknown) => {
      const { id, body } = data as Answer;
      this.pending.get(id)?.(body === undefined ? undefined : (JSON.parse(body) as Reply<unknown>));
      this.pending.delete(id);
    });
    // No engine listening yet, or its document went away: everyone waiting gets "no answer".
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const resolve of this.pending.values()) resolve(undefined);
      this.pending.clear();
      for (const listener of this.disconnectListeners) listener();
    });
    this.port = port;
    return port;
  }
}
