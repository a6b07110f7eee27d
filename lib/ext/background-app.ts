// The background: owns the matcher (bundled index + the user's sources) and the badge.
import { browser } from 'wxt/browser';
import { createMatcher, loadIndex, type Matcher, type SourceIndex } from '../match/index';
import { createListener, type BackgroundApi, type Handlers, type IndexStatus } from '../messaging';
import { getBundledEnabled, loadUserIndexes, onSourcesChanged } from '../sources/store';
import { t } from '../i18n';
import { askTab } from './rpc';

export const BUNDLED_INDEX_PATH = '/index/bundled.vidx';

export function startBackground(): void {
  let bundled: Promise<SourceIndex | null> | null = null;
  let matcher: Promise<Matcher> | null = null;
  let status: IndexStatus = { state: 'loading', docs: 0, words: 0 };

  async function loadBundled(): Promise<SourceIndex | null> {
    const response = await fetch(browser.runtime.getURL(BUNDLED_INDEX_PATH as '/popup.html'));
    if (!response.ok) throw new Error(`the bundled index is missing (${response.status})`);
    return loadIndex(await response.arrayBuffer());
  }

  async function buildMatcher(): Promise<Matcher> {
    status = { ...status, state: 'loading' };
    try {
      bundled ??= loadBundled();
      const [bundledIndex, userIndexes, bundledOn] = await Promise.all([bundled, loadUserIndexes(), getBundledEnabled()]);
      const indexes = [...(bundledOn && bundledIndex ? [bundledIndex] : []), ...userIndexes];
      status = {
        state: 'ready',
        docs: indexes.reduce((sum, index) => sum + index.docCount, 0),
        words: indexes.reduce((sum, index) => sum + index.wordCount, 0),
      };
      return createMatcher(indexes);
    } catch (error) {
      bundled = null;
      matcher = null;
      status = { state: 'error', docs: 0, words: 0, error: error instanceof Error ? error.message : String(error) };
      throw error;
    }
  }

  const getMatcher = () => (matcher ??= buildMatcher());
  const reload = () => {
    matcher = null;
    void getMatcher().catch(() => undefined);
  };

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const handlers: Handlers<BackgroundApi> = {
    match: async ({ queries }) => (await getMatcher()).matchAll(queries),
    indexStatus: () => status,
    searchText: async ({ phrase, limit }) => (await getMatcher()).searchText(phrase, limit),
    listSources: async () => (await getMatcher()).sources(),
    pageUpdated: async ({ attention }, { tabId }) => {
      if (tabId === undefined) return;
      await action.setBadgeText({ tabId, text: attention ? String(attention) : '' });
      await action.setBadgeBackgroundColor({ tabId, color: '#D55E00' });
    },
    sourcesChanged: () => reload(),
  };
  browser.runtime.onMessage.addListener(createListener(handlers) as never);
  onSourcesChanged(reload);

  setupContextMenus();
  // Load early so the first page's quotes do not wait for the index.
  void getMatcher().catch(() => undefined);
}

function setupContextMenus(): void {
  const create = () => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: 'verbatim-check-selection', title: t('menuCheckSelection'), contexts: ['selection'] });
    });
  };
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup?.addListener(create);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'verbatim-check-selection' && tab?.id !== undefined && info.selectionText) {
      void askTab(tab.id, 'checkSelection', { text: info.selectionText }).catch(() => undefined);
    }
  });
}
