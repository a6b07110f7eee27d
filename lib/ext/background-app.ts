// The background: owns the matcher (bundled index + the user's sources) and the badge.
import { browser } from 'wxt/browser';
import { checkText } from '../check';
import { createMatcher, loadIndex, type Matcher, type SourceIndex } from '../match/index';
import { createListener, type BackgroundApi, type Handlers, type IndexStatus } from '../messaging';
import { compactSources, getBundledEnabled, loadUserIndexes, onSourcesChanged } from '../sources/store';
import { t } from '../i18n';
import { askTab } from './rpc';

export const BUNDLED_INDEX_PATH = '/index/bundled.vidx';

export function startBackground(): void {
  let bundled: Promise<SourceIndex | null> | null = null;
  let matcher: Promise<Matcher> | null = null;
  let status: IndexStatus = { state: 'loading', docs: 0, words: 0 };

  let bundledLoadMs: number | undefined;
  async function loadBundled(): Promise<SourceIndex | null> {
    const started = performance.now();
    const response = await fetch(browser.runtime.getURL(BUNDLED_INDEX_PATH as '/popup.html'));
    if (!response.ok) throw new Error(`the bundled index is missing (${response.status})`);
    const index = loadIndex(await response.arrayBuffer());
    bundledLoadMs = performance.now() - started;
    return index;
  }

  // The bundled index and the user's sources fail independently: a broken or missing bundled
  // index must not take the user's own transcripts down with it.
  async function buildMatcher(): Promise<Matcher> {
    status = { ...status, state: 'loading' };
    bundled ??= loadBundled();
    const [bundledResult, userResult, bundledOn] = await Promise.allSettled([bundled, loadUserIndexes(), getBundledEnabled()]);
    const problems: string[] = [];
    if (bundledResult.status === 'rejected') {
      bundled = null;
      problems.push(`bundled speeches: ${reasonOf(bundledResult.reason)}`);
    }
    if (userResult.status === 'rejected') problems.push(`your sources: ${reasonOf(userResult.reason)}`);
    const useBundled = bundledOn.status === 'rejected' || bundledOn.value;
    const indexes = [
      ...(useBundled && bundledResult.status === 'fulfilled' && bundledResult.value ? [bundledResult.value] : []),
      ...(userResult.status === 'fulfilled' ? userResult.value : []),
    ];
    status = {
      state: problems.length ? 'error' : 'ready',
      docs: indexes.reduce((sum, index) => sum + index.docCount, 0),
      words: indexes.reduce((sum, index) => sum + index.wordCount, 0),
      ...(problems.length ? { error: problems.join('; ') } : {}),
      ...(bundledLoadMs === undefined ? {} : { bundledLoadMs }),
    };
    // Try again on the next request rather than keeping a matcher that lacks a part.
    if (problems.length) matcher = null;
    return createMatcher(indexes);
  }

  const getMatcher = () => (matcher ??= buildMatcher());
  let compactTimer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    matcher = null;
    void getMatcher().catch(() => undefined);
    // Sources added outside the sources page (e.g. "Use this page as a source") are merged
    // into larger indexes here, once things are quiet, so matching stays fast as they grow.
    clearTimeout(compactTimer);
    compactTimer = setTimeout(() => void compactSources().catch(() => undefined), 5000);
  };

  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const handlers: Handlers<BackgroundApi> = {
    check: async ({ text, blocks }) => checkText(await getMatcher(), text, blocks),
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function setupContextMenus(): void {
  const create = () => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: 'verbatim-check-selection', title: t('menuCheckSelection'), contexts: ['selection'] });
      browser.contextMenus.create({ id: 'verbatim-use-page', title: t('menuUsePageAsSource'), contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
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
