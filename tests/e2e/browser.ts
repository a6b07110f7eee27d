// Launches Debian's Chromium with the built extension, the way the e2e tests and benchmarks need it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// VERBATIM_EXTENSION_DIR points the tests and benchmarks at another build (to compare two builds alternately).
export const EXTENSION_DIR = resolve(process.env.VERBATIM_EXTENSION_DIR ?? '.output/chrome-mv3');
export const SHOTS_DIR = resolve('test-results/e2e');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const COMMON_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function withCleanup(context: BrowserContext, dir: string, keepByDefault = false) {
  return async ({ keepProfile = keepByDefault } = {}) => {
    await context.close();
    if (!keepProfile) rmSync(dir, { recursive: true, force: true });
  };
}

function requireBuild(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first`);
}

export async function launchWithExtension(profileDir?: string): Promise<ExtensionBrowser> {
  requireBuild();
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...COMMON_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, profileDir: dir, close: withCleanup(context, dir) };
}

/**
 * A browser that installs the extension only when asked, the way a reader does with pages
 * already open. Asking again reinstalls it over itself: an update.
 */
export async function launchThenInstall(): Promise<{ context: BrowserContext; install(): Promise<ExtensionBrowser>; uninstall(id: string): Promise<void>; close(): Promise<void> }> {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    // (CDP's Extensions.loadUnpacked needs this.)
    args: ['--enable-unsafe-extension-debugging', ...COMMON_ARGS],
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  const close = withCleanup(context, dir);
  return {
    context,
    async install() {
      const started = context.waitForEvent('serviceworker', { timeout: 30_000 });
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
      const worker = await started;
      return { context, extensionId: id, worker, profileDir: dir, close };
    },
    async uninstall(id) {
      await cdp.send('Extensions.uninstall' as never, { id } as never);
    },
    close: () => close(),
  };
}

interface ChromeInWorker {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
}

/** What a tab's content script reports (the popup's view of the page), found by page URL. */
export async function pageReport<T = { state: string; url: string; quotes: { text: string; verdict: string; speaker: { name: string } | null }[] }>(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ tabId: number; report: T }> {
  // Without the "tabs" permission tab URLs are hidden, so each tab's content script is asked for its page.
  return browser.worker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await api.tabs.sendMessage(tab.id, { verbatim: 'pageQuotes', payload: {} }).catch(() => null)) as { value?: { url?: string } } | null;
      if (reply?.value?.url === pageUrl) return { tabId: tab.id, report: reply.value as never };
    }
    throw new Error(`no content script answered for ${pageUrl}`);
  }, url);
}

export interface EngineStatus {
  state: string;
  docs: number;
  words: number;
  bundledLoadMs?: number;
}

/** The engine's index status, asked over its port (lib/ext/engine-port.ts) from an extension page, as the popup asks it. */
export async function engineStatus(browser: ExtensionBrowser): Promise<EngineStatus> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // No named helper functions inside evaluate: tsx would wrap them in a helper the page lacks.
    return await page.evaluate(
      () =>
        new Promise<EngineStatus>((resolve) => {
          type Port = { postMessage(m: unknown): void; onMessage: { addListener(f: (m: { body: string }) => void): void } };
          const port = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime.connect({ name: 'verbatim-engine' });
          port.onMessage.addListener((answer) => resolve((JSON.parse(answer.body) as { value: EngineStatus }).value));
          port.postMessage({ id: 0, body: JSON.stringify({ verbatim: 'indexStatus', payload: {} }) });
        }),
    );
  } finally {
    await page.close();
  }
}
