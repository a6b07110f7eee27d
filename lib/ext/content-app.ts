// Everything the content script does on a page, with a single teardown.
import { browser } from 'wxt/browser';
import { createCardHost, type CardHost } from '../dom/card-host';
import { CARD_HOST_TAG } from '../dom/content-style';
import { dropLeftoverHighlights } from '../dom/highlight';
import { PageChecker } from '../dom/page-checker';
import { createListener, onMessageListener, type ContentApi, type Handlers, type PageState } from '../messaging';
import { isSiteEnabled, withSiteEnabled, type Settings } from '../settings';
import type { CheckedQuote } from '../types';
import { highlightColoursCss, highlightRulesCss, needsAttention, RUNNING_ATTRIBUTE, verdictPaintStyles } from '../verdicts';
import { askBackground, connectEngine, onEngineDisconnect } from './rpc';
import { loadSettings, onSettingsChanged, saveSettings } from './settings-store';

const STYLE_ID = 'verbatim-highlight-style';
const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 400;

export interface ContentOptions {
  /**
   * The browser leaves a script of a removed or updated extension running (Chrome), so it must
   * notice that itself. Firefox unloads it instead, and any page listener it left then logs an
   * error when the page fires it, so none is added there for this.
   */
  cutOffScriptsLinger: boolean;
}

/**
 * Runs until `signal` aborts (a newer copy of this script started in the page, e.g. after an
 * update) or the extension goes away; either way everything it added to the page is removed.
 */
export async function startContent(doc: Document, signal: AbortSignal, options: ContentOptions): Promise<void> {
  let settings = await loadSettings();
  if (signal.aborted) return;
  removeWhatGoneCopiesLeft(doc);
  let checker: PageChecker | null = null;
  let card: CardHost | null = null;
  let pointer: Pointer | null = null;

  const url = () => doc.location.href;

  function reportBadge(quotes: CheckedQuote[]) {
    const attention = quotes.filter((quote) => quote.kind !== 'scare' && needsAttention(quote.verdict)).length;
    askBackground('pageUpdated', { attention }).catch(() => {
      // The background restarts on its own schedule; the next update sets the badge.
    });
  }

  // Held by reference: an updated copy of this script adds its own, which this copy must not remove.
  let style: HTMLStyleElement | null = null;
  // This copy's mark on the root, under which the highlight rules apply (RUNNING_ATTRIBUTE).
  const runningMark = Math.random().toString(36).slice(2);
  // A page that rewrites its root's attributes (some routers do on navigation) would hide the
  // highlights: the mark is put back while this copy runs, a few times only, so that a page that
  // strips every attribute it does not know is not fought for ever (the two would freeze the tab).
  // After that, this copy's own stylesheet carries the highlight rules unscoped: it goes with
  // disable() like the rest, though in Firefox a removed add-on cannot take it away.
  let marksRestored = 0;
  let markGivenUp = false;
  const markKeeper = typeof MutationObserver === 'undefined' ? null : new MutationObserver(() => {
    if (!style || doc.documentElement.hasAttribute(RUNNING_ATTRIBUTE)) return;
    if (++marksRestored <= MARK_RESTORES) return doc.documentElement.setAttribute(RUNNING_ATTRIBUTE, runningMark);
    markKeeper?.disconnect();
    markGivenUp = true;
    installStyle(settings);
  });
  function installStyle(current: Settings) {
    if (!style) {
      style = doc.createElement('style');
      style.id = STYLE_ID;
      (doc.head ?? doc.documentElement).append(style);
      doc.documentElement.setAttribute(RUNNING_ATTRIBUTE, runningMark);
      markKeeper?.observe(doc.documentElement, { attributes: true, attributeFilter: [RUNNING_ATTRIBUTE] });
    }
    style.textContent = highlightColoursCss(current.colors) + (markGivenUp ? `\n${highlightRulesCss(':root')}` : '');
  }

  async function enable() {
    if (checker || signal.aborted) return;
    // The engine's port is set up while the page is being read.
    connectEngine();
    // The highlight styles, the card and the pointer listeners are set up while the engine works.
    const setUpUi = () => {
      installStyle(settings);
      // (A card opened for a selection while the site was off is replaced, not left listening.)
      card?.destroy();
      card = createCardHost(doc, settings.colors);
      pointer = attachPointer(doc, () => checker, () => card);
    };
    checker = new PageChecker(doc, {
      check: (text, blocks, details) => askBackground('check', { text, blocks, details }),
      details: (checkId) => askBackground('checkDetails', { checkId }),
      highlightVerdicts: settings.highlightVerdicts,
      paintStyles: verdictPaintStyles(settings),
      onUpdate: reportBadge,
      onFirstSent: setUpUi,
      isOwnNode: (node) => card?.contains(node) === true || (node as Element).id === STYLE_ID,
    });
    const own = checker;
    await checker.start();
    // A page too short to be checked (or a failure before sending) still gets its UI.
    if (checker === own && !card) setUpUi();
  }

  function disable(options: { report: boolean } = { report: true }) {
    pointer?.detach();
    pointer = null;
    checker?.stop();
    checker = null;
    card?.destroy();
    card = null;
    style?.remove();
    style = null;
    markKeeper?.disconnect();
    if (doc.documentElement.getAttribute(RUNNING_ATTRIBUTE) === runningMark) doc.documentElement.removeAttribute(RUNNING_ATTRIBUTE);
    if (options.report) reportBadge([]);
  }

  const state = (): PageState => checker?.pageState ?? 'disabled';

  const handlers: Handlers<ContentApi> = {
    pageQuotes: async () => {
      // The popup shows the source's wording: wait for the details that follow the verdicts.
      await checker?.whenDetailed();
      return checker?.pageQuotes() ?? { state: 'disabled', url: url(), title: doc.title, quotes: [], scareCount: 0 };
    },
    showQuote: ({ id }) => checker?.show(id) ?? false,
    // The browser's keyboard shortcut (a `commands` entry the reader can change), relayed by the background.
    stepQuote: ({ step }) => pointer?.step(step) ?? false,
    pageHtml: () => ({ html: doc.documentElement.outerHTML, url: url(), title: doc.title }),
    // The page knows its own address; the popup, without the tabs permission, does not.
    setEnabled: async ({ enabled }) => {
      settings = withSiteEnabled(await loadSettings(), url(), enabled);
      await saveSettings(settings);
      // (Stopped meanwhile: a newer copy of this script runs the page now.)
      if (signal.aborted) return state();
      if (enabled) await enable();
      else disable();
      return state();
    },
    checkSelection: async ({ text }) => {
      const [result] = await askBackground('match', {
        queries: [{ id: 'selection', text, kind: 'full', speaker: null, utteranceId: 'selection' }],
      });
      if (!result) return null;
      const checked: CheckedQuote = { id: 'selection', text, kind: 'full', speaker: null, start: 0, end: text.length, paragraph: 0, utteranceId: 'selection', ...result };
      const selection = doc.getSelection();
      const rect = selection && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
      card ??= createCardHost(doc, settings.colors);
      if (rect) card.open(checked, rect, { focus: true });
      return checked;
    },
  };
  const onMessage = onMessageListener(createListener(handlers)) as never;
  browser.runtime.onMessage.addListener(onMessage);

  const stopWatchingSettings = onSettingsChanged((next) => {
    const wasEnabled = checker !== null;
    const coloursChanged = JSON.stringify(next.colors) !== JSON.stringify(settings.colors);
    const highlightChanged = coloursChanged || next.highlightVerdicts.join() !== settings.highlightVerdicts.join();
    settings = next;
    // An open card stays open, in the new colours (one opened for a selection with the site off too).
    if (coloursChanged) card?.setColors(next.colors);
    const shouldRun = isSiteEnabled(next, url());
    if (wasEnabled && !shouldRun) disable();
    else if (wasEnabled && highlightChanged) restyle();
    if (shouldRun && !wasEnabled) void enable();
  });

  /** Other verdicts to highlight or other colours: the quotes are painted again, not checked again. */
  function restyle() {
    if (style) installStyle(settings);
    checker?.restyle(settings.highlightVerdicts, verdictPaintStyles(settings));
  }

  let stopWatchingExtension = () => {};
  const stop = () => {
    stopWatchingExtension();
    stopWatchingSettings();
    // (A script cut off from its extension cannot reach the background for the badge.)
    disable({ report: false });
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  };
  signal.addEventListener('abort', stop, { once: true });
  stopWatchingExtension = watchExtension(doc, options.cutOffScriptsLinger, () => {
    signal.removeEventListener('abort', stop);
    stop();
  });

  if (isSiteEnabled(settings, url())) await enable();
}

/**
 * Calls `onGone` once this script's extension is gone (removed, disabled, reloaded): Chrome leaves
 * such a script running, cut off, with whatever it drew. Its id goes a moment after the engine's
 * port closes, so it is looked at then and a little later, and whenever the reader comes back
 * to the tab (where removing an extension usually happens in another one).
 */
function watchExtension(doc: Document, onReturnToTab: boolean, onGone: () => void): () => void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  const check = () => {
    if (browser.runtime?.id) return;
    stopWatching();
    onGone();
  };
  const onVisible = () => {
    if (doc.visibilityState === 'visible') check();
  };
  const stopPortWatch = onEngineDisconnect(() => {
    check();
    for (const timer of timers.splice(0)) clearTimeout(timer);
    for (const ms of GONE_CHECKS_MS) timers.push(setTimeout(check, ms));
  });
  if (onReturnToTab) {
    doc.addEventListener('visibilitychange', onVisible);
    doc.defaultView?.addEventListener('pageshow', check);
  }
  function stopWatching() {
    stopPortWatch();
    for (const timer of timers) clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisible);
    doc.defaultView?.removeEventListener('pageshow', check);
  }
  return stopWatching;
}

/**
 * What a copy of Verbatim that is gone left on the page (Firefox unloads an updated or removed
 * add-on's script without letting it clean up; in Chrome an older copy is stopping when a newer
 * one starts), whether or not this copy runs on the page.
 */
function removeWhatGoneCopiesLeft(doc: Document): void {
  dropLeftoverHighlights(doc);
  doc.getElementById(STYLE_ID)?.remove();
  doc.documentElement.removeAttribute(RUNNING_ATTRIBUTE);
  for (const stale of doc.querySelectorAll(CARD_HOST_TAG)) stale.remove();
}

const GONE_CHECKS_MS = [250, 1000, 3000];
const MARK_RESTORES = 20;

interface Pointer {
  detach(): void;
  /** Moves to the next (1) or previous (-1) quote and opens its card with focus; false when there are none. */
  step(step: 1 | -1): boolean;
}

/** Hover and click open the card for the quote under the pointer; moving away closes it. */
function attachPointer(doc: Document, getChecker: () => PageChecker | null, getCard: () => CardHost | null): Pointer {
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastId: string | null = null;
  const win = doc.defaultView!;

  const openFor = async (quote: CheckedQuote, focus: boolean) => {
    const checker = getChecker();
    if (!checker) return;
    // The card shows the source's wording, which follows the verdicts by a few milliseconds.
    if (quote.match?.detailsPending) {
      await checker.whenDetailed();
      if (getChecker() !== checker) return;
      quote = checker.checkedQuotes().find((q) => q.id === quote.id) ?? quote;
    }
    const rect = checker.rangeOf(quote.id)?.getBoundingClientRect();
    if (rect) getCard()?.open(quote, rect, { focus });
  };

  const onMove = (event: PointerEvent) => {
    if (frame) return;
    const { clientX, clientY, target } = event;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const card = getCard();
      if (card && target instanceof Node && card.contains(target)) {
        clearTimeout(closeTimer);
        return;
      }
      const quote = getChecker()?.quoteAt(clientX, clientY) ?? null;
      if (quote?.id === lastId) return;
      lastId = quote?.id ?? null;
      clearTimeout(openTimer);
      if (quote) {
        clearTimeout(closeTimer);
        openTimer = setTimeout(() => void openFor(quote, false), HOVER_OPEN_MS);
      } else if (card?.openId) {
        closeTimer = setTimeout(() => card.close(), HOVER_CLOSE_MS);
      }
    });
  };

  const onClick = (event: MouseEvent) => {
    const card = getCard();
    if (card && event.target instanceof Node && card.contains(event.target)) return;
    const quote = getChecker()?.quoteAt(event.clientX, event.clientY) ?? null;
    if (quote) void openFor(quote, false);
    else card?.close();
  };

  let stepTimer: ReturnType<typeof setTimeout> | undefined;
  const step = (by: 1 | -1): boolean => {
    const quotes = getChecker()?.pageQuotes().quotes ?? [];
    const current = quotes.findIndex((quote) => quote.id === getCard()?.openId);
    // (From no card, the first step forward is the first quote and the first step back the last.)
    const next = quotes[(current < 0 && by < 0 ? quotes.length - 1 : current + by + quotes.length) % quotes.length];
    if (!next) return false;
    getChecker()?.show(next.id);
    clearTimeout(stepTimer);
    // After the smooth scroll, so the card opens beside the quote where it came to rest.
    stepTimer = setTimeout(() => void openFor(next, true), 350);
    return true;
  };

  doc.addEventListener('pointermove', onMove, { passive: true });
  doc.addEventListener('click', onClick, true);
  return {
    step,
    detach() {
      doc.removeEventListener('pointermove', onMove);
      doc.removeEventListener('click', onClick, true);
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      clearTimeout(stepTimer);
    },
  };
}
