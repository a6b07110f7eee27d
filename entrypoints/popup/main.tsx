import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupApp, type PopupApi, type QuoteShortcuts } from '../../components/popup/PopupApp';
import { askBackground, askTab } from '../../lib/ext/rpc';
import { t } from '../../lib/i18n';
import { loadSettings } from '../../lib/ext/settings-store';
import { setVerdictColors } from '../../lib/verdicts';

// Once our modules are evaluated: the browser benchmark measures from here to the list too.
performance.mark('verbatim:popup-start');

// (The page's own title carries the manifest's placeholder for the toolbar tooltip.)
document.title = t('actionTitle');

// ?tab=ID lets the popup be opened as a page for a given tab (tests, keyboard users).
async function targetTab() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return browser.tabs.get(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

const tabPromise = targetTab();

async function quoteShortcuts(): Promise<QuoteShortcuts> {
  const commands = await browser.commands.getAll();
  const keysOf = (name: string) => commands.find((command) => command.name === name)?.shortcut ?? '';
  return { next: keysOf('next-quote'), previous: keysOf('previous-quote') };
}

async function fetchPageQuotes() {
  const tab = await tabPromise;
  if (tab?.id === undefined) return null;
  try {
    return await askTab(tab.id, 'pageQuotes', {});
  } catch {
    return null; // No content script here: a browser page, the web store, or a page loaded before install.
  }
}

/** Answers the first call with `first` (asked at once, before the first render), later calls afresh. */
function askedAhead<T>(ask: () => Promise<T>, first: Promise<T> | null = ask()): () => Promise<T> {
  return () => {
    const answer = first ?? ask();
    first = null;
    return answer;
  };
}

/**
 * How long the first render waits for the page's answer (a page script answers in a few ms): the
 * popup then opens with its list rather than a loading line that is replaced a frame later.
 */
const FIRST_ANSWER_WAIT_MS = 150;
const firstAnswer = fetchPageQuotes();
const firstPage = await Promise.race([firstAnswer, new Promise<undefined>((done) => setTimeout(done, FIRST_ANSWER_WAIT_MS))]);

const api: PopupApi = {
  // (When the first answer was too slow for the first render, the popup's first question gets it.)
  pageQuotes: firstPage === undefined ? askedAhead(fetchPageQuotes, firstAnswer) : fetchPageQuotes,
  indexStatus: askedAhead(() => askBackground('indexStatus', {})),
  async showQuote(id) {
    const tab = await tabPromise;
    return tab?.id === undefined ? false : askTab(tab.id, 'showQuote', { id });
  },
  async setEnabled(enabled) {
    const tab = await tabPromise;
    // The page saves the switch for its own site and applies it at once.
    if (tab?.id !== undefined) await askTab(tab.id, 'setEnabled', { enabled });
  },
  listSources: () => askBackground('listSources', {}),
  searchText: (phrase) => askBackground('searchText', { phrase, limit: 20 }),
  copy: (text) => navigator.clipboard.writeText(text),
  async usePageAsSource() {
    const tab = await tabPromise;
    if (tab?.id === undefined) throw new Error('no tab');
    // Loaded on demand: the article extractor and the store are heavy and most popups never need them.
    const { savePageAsSource } = await import('../../lib/ext/page-source');
    return (await savePageAsSource(tab.id)).title;
  },
  openSourcesPage: () => void browser.tabs.create({ url: browser.runtime.getURL('/sources.html') }),
  openOptionsPage: () => void browser.runtime.openOptionsPage(),
  quoteShortcuts,
  // The page tells the background each time its quotes change; the popup hears it too.
  onPageChanged(listener) {
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { verbatim?: string } | null)?.verbatim !== 'pageUpdated') return;
      void tabPromise.then((tab) => {
        if (tab?.id !== undefined && sender.tab?.id === tab.id) listener();
      });
    };
    browser.runtime.onMessage.addListener(onMessage as never);
    return () => browser.runtime.onMessage.removeListener(onMessage as never);
  },
};

// The verdicts' colours are the user's (read while the list is on its way; the defaults until then).
void loadSettings().then((settings) => setVerdictColors(document.documentElement, settings.colors));

render(<PopupApp api={api} firstPage={firstPage} />, document.getElementById('app')!);
