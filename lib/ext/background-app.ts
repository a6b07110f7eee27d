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
  // Open the engine now so the first page's quotes do not wait for the index.
  void ensureEngine().catch((error: unknown) => console.warn('[Verbatim] engine', error));
}

function setupContextMenus(): void {
  const create = () => {
    browser.contextMenus.removeAll().then(() => {
      // (Only where the content script runs: elsewhere neither item could do anything.)
      const pages = ['http://*/*', 'https://*/*'];
      browser.contextMenus.create({ id: 'verbatim-check-selection', title: t('menuCheckSelection'), contexts: ['selection'], documentUrlPatterns: pages });
      browser.contextMenus.create({ id: 'verbatim-use-page', title: t('menuUsePageAsSource'), contexts: ['page', 'link', 'image', 'selection'], documentUrlPatterns: pages });
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
