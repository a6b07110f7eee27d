// The background: the badge, the context menus, and where the engine runs. In Chrome the
// service worker is stopped after half a minute without events, which would drop the loaded
// index and the warmed-up code, so the engine lives in an offscreen document's worker that stays
// open; Firefox's background page persists and runs the engine itself.
import { browser } from 'wxt/browser';
import { answerJson, createListener, onMessageListener, type BackgroundApi, type EngineApi, type Handlers } from '../messaging';
import { t } from '../i18n';
import { serveEnginePorts } from './engine-port';
import { askTab } from './rpc';

export const ENGINE_DOCUMENT = '/engine.html';

interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** `localEngine` starts the engine in the background itself (Firefox); null: in the offscreen document (Chrome). */
export function startBackground(localEngine: (() => Handlers<EngineApi>) | null): void {
  const offscreen = localEngine ? undefined : offscreenApi();
  if (!localEngine && !offscreen) throw new Error('No place to run the engine: the offscreen API is missing');
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  let opening: Promise<void> | null = null;
  async function ensureEngine(): Promise<void> {
    if (!offscreen || (await offscreen.hasDocument())) return;
    opening ??= offscreen
      .createDocument({ url: ENGINE_DOCUMENT, reasons: ['WORKERS'], justification: 'Runs the quote-matching engine in a worker, so its index stays loaded between pages.' })
      .catch(async (error: unknown) => {
        // Two callers racing: the other one opened it.
        if (!(await offscreen.hasDocument())) throw error;
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  }

  const own: Pick<Handlers<BackgroundApi>, 'pageUpdated' | 'ensureEngine'> = {
    pageUpdated: async ({ attention }, { tabId }) => {
      if (tabId === undefined) return;
      await action.setBadgeText({ tabId, text: attention ? String(attention) : '' });
      await action.setBadgeBackgroundColor({ tabId, color: '#D55E00' });
    },
    ensureEngine: () => ensureEngine(),
  };
  browser.runtime.onMessage.addListener(onMessageListener(createListener(own as Handlers<BackgroundApi>)) as never);
  if (localEngine) {
    const listen = createListener(localEngine());
    serveEnginePorts((body) => answerJson(listen, body));
  }

  setupContextMenus();
  relayShortcuts();
  if (!localEngine) injectIntoOpenTabs();
  // Open the engine now so the first page's quotes do not wait for the index.
  void ensureEngine().catch((error: unknown) => console.warn('[Verbatim] engine', error));
}

/** Shortcut names in the manifest's `commands` and the step each makes through the page's quotes. */
export const QUOTE_COMMANDS = { 'next-quote': 1, 'previous-quote': -1 } as const;

// The keys are the browser's to bind (the reader can change them, and the page never sees them),
// so the page hears of them from here.
export function relayShortcuts(): void {
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const step = QUOTE_COMMANDS[command as keyof typeof QUOTE_COMMANDS];
    if (!step) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await askTab(tabId, 'stepQuote', { step }).catch(() => undefined);
  });
}

/** Where the content script runs (entrypoints/content): the menus, and the pages open at install. */
const HTTP_PAGES = ['http://*/*', 'https://*/*'];

/**
 * The page's context menu. Chrome folds two items of one extension shown together into a
 * submenu, and a reader who selected a quote should see "Check this quote" at once. Chrome's
 * "page" context is the only one it never combines with a selection (a selection may hold a link
 * or an image), so the page's item is offered there alone; the popup has it too.
 */
export const CONTEXT_MENUS = [
  { id: 'verbatim-check-selection', title: 'menuCheckSelection', contexts: ['selection'] },
  { id: 'verbatim-use-page', title: 'menuUsePageAsSource', contexts: ['page'] },
] as const;

function setupContextMenus(): void {
  const create = () => {
    browser.contextMenus.removeAll().then(() => {
      for (const { id, title, contexts } of CONTEXT_MENUS) browser.contextMenus.create({ id, title: t(title), contexts: [...contexts], documentUrlPatterns: HTTP_PAGES });
    });
  };
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup?.addListener(create);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'verbatim-check-selection' && tab?.id !== undefined && info.selectionText) {
      void askTab(tab.id, 'checkSelection', { text: info.selectionText }).catch(() => undefined);
    }
    if (info.menuItemId === 'verbatim-use-page' && tab?.id !== undefined) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/sources.html?fromTab=${tab.id}` as '/sources.html') });
    }
  });
}

// Chrome runs a declared content script only in pages loaded after Verbatim is installed or
// updated (Firefox also runs it in pages already open). Without this, every article open at
// install would need a reload. An updated copy stops the old one (entrypoints/content).
const EAGER_INJECTIONS = 10;
const PENDING_TABS_KEY = 'verbatim:tabs-awaiting-script';

interface ScriptingApi {
  executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  insertCSS(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** Tabs to inject into now (each window's active tab, and up to `eager` others) and when first shown. */
export function planInjection(tabs: { id?: number; active?: boolean; discarded?: boolean }[], eager = EAGER_INJECTIONS): { now: number[]; later: number[] } {
  // A discarded tab loads afresh when shown, and gets the declared script then.
  const open = tabs.filter((tab) => tab.id !== undefined && !tab.discarded).sort((a, b) => Number(!!b.active) - Number(!!a.active));
  const ids = open.map((tab) => tab.id!);
  const split = open.filter((tab) => tab.active).length + eager;
  return { now: ids.slice(0, split), later: ids.slice(split) };
}

function injectIntoOpenTabs(): void {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
  if (!scripting) return;
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  const files = declared.flatMap((script) => script.js ?? []);
  // (The highlights' stylesheet too, which the browser adds with a declared script.)
  const css = declared.flatMap((script) => script.css ?? []);
  const inject = (tabId: number) =>
    Promise.all([css.length ? scripting.insertCSS({ target: { tabId }, files: css }) : null, scripting.executeScript({ target: { tabId }, files })]).catch(() => {
      // Closed since, navigated to a page we may not script, or blocked by policy: nothing to do.
    });
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    const tabs = await browser.tabs.query({ url: HTTP_PAGES });
    const { now, later } = planInjection(tabs);
    // The worker may sleep before the reader gets to the other tabs: they are remembered.
    await session?.set({ [PENDING_TABS_KEY]: later });
    await Promise.all(now.map(inject));
  });
  const take = async (tabId: number): Promise<boolean> => {
    const pending = ((await session?.get(PENDING_TABS_KEY))?.[PENDING_TABS_KEY] as number[] | undefined) ?? [];
    if (!pending.includes(tabId)) return false;
    await session?.set({ [PENDING_TABS_KEY]: pending.filter((id) => id !== tabId) });
    return true;
  };
  // One at a time: tabs shown in quick succession would each read the list before the others wrote it.
  let queue: Promise<boolean> = Promise.resolve(false);
  const takePending = (tabId: number): Promise<boolean> => (queue = queue.then(() => take(tabId)).catch(() => false));
  // (A tab that loaded another page since has the declared script already; the injected copy
  // then replaces it, which costs one more read of the page.)
  browser.tabs.onActivated.addListener(async ({ tabId }) => {
    if (await takePending(tabId)) await inject(tabId);
  });
}
