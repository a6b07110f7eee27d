// The demo article in real Firefox ESR with the Firefox build installed as a temporary add-on:
// quotes highlighted by verdict, the card on hover, and the popup page listing the quotes.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { boxOfText, centreOfText, chooseSiteMode, clickVerdictOption, DEMO, hasVerdictHighlights, highlightStyleText, popupSearchResults, readHighlightCounts, searchInPopup, setVerdictColour, wantedHighlightCounts } from './demo-expectations';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';

const SHOTS_DIR = 'test-results/e2e';

let server: Server;
let base: string;
let firefox: FirefoxWithExtension;
let page: Page;

async function waitForVerdicts(target: Page): Promise<Record<string, number>> {
  await target.waitForFunction(hasVerdictHighlights, { timeout: 60_000, polling: 250 });
  return target.evaluate(readHighlightCounts);
}

/** Repeats `probe` until it returns a value other than null/undefined. */
async function poll<T>(probe: () => Promise<T | null | undefined>, what: string, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined) return value;
    } catch (error) {
      lastError = error; // The document may be between navigations.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Opens one of the add-on's own pages (moz-extension://…) in a new tab. */
async function openExtensionPage(path: string): Promise<Page> {
  const target = await firefox.newPage();
  const url = `${firefox.extensionOrigin}/${path}`;
  // Firefox's BiDi sends no navigation events for add-on pages (Mozilla bug 1755014), so
  // puppeteer's goto never settles there: start it, then wait for the document itself.
  void target.goto(url, { timeout: 0 }).catch(() => undefined);
  await poll(() => target.evaluate((href) => (location.href === href && document.readyState === 'complete') || null, url), `${url} to load`);
  return target;
}

/** The browser's id for the tab showing `url`, asked of each tab's content script from an add-on page. */
async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await api.tabs.sendMessage(tab.id, { verbatim: 'pageQuotes', payload: {} }).catch(() => null)) as { value?: { url?: string } } | null;
      if (reply?.value?.url === pageUrl) return tab.id;
    }
    throw new Error(`no tab for ${pageUrl}`);
  }, url);
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  ({ server, url: base } = await startServer());
  // The demo is open before the add-on is installed, as a reader's article is: Firefox runs the
  // declared content script in pages already open (Chrome needs the background to, see install.e2e.ts).
  firefox = await launchFirefoxWithExtension(undefined, { installLater: true });
  page = await firefox.newPage();
  await page.goto(`${base}/demo/`, { waitUntil: 'load', timeout: 60_000 });
  unhighlighted = await firstQuoteShot();
  await firefox.install();
});

/** The demo's first quote, scrolled into view, as the reader sees it. */
let unhighlighted: string;
async function firstQuoteShot(): Promise<string> {
  const clip = await page.evaluate(boxOfText, DEMO.quotes.find((quote) => quote.verdict)!.text.slice(0, 20));
  if (!clip) throw new Error('the first quote is not on the page');
  return page.screenshot({ clip, encoding: 'base64' });
}

afterAll(async () => {
  if (firefox) {
    // The browser console is the only place background and content-script failures show up.
    writeFileSync(join(SHOTS_DIR, 'firefox-console.log'), firefox.consoleLog.join('\n') + '\n');
    if (firefox.consoleLog.length) console.log(`Firefox console (${firefox.consoleLog.length} lines):\n${firefox.consoleLog.join('\n')}`);
  }
  await firefox?.close();
  server?.close();
});

describe('demo article in Firefox', () => {
  it('installs the build as a temporary add-on', () => {
    expect(firefox.extensionId).toBe('verbatim@verbatim.example');
  });

  it('highlights the quotes with their verdicts, in a page opened before the add-on was installed', async () => {
    const counts = await waitForVerdicts(page);
    for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
    expect(counts['verbatim-pending'] ?? 0).toBe(0);
    const article = await page.$('article');
    expect(article).toBeTruthy();
    await article!.screenshot({ path: join(SHOTS_DIR, 'firefox-demo-article.png') });
  });

  it('opens the quote card on hover and closes it on Escape', async () => {
    const altered = DEMO.quotes.find((quote) => quote.verdict === 'altered');
    expect(altered).toBeTruthy();
    const box = await page.evaluate(centreOfText, altered!.text);
    expect(box).toBeTruthy();
    await page.mouse.move(box!.x - 5, box!.y);
    await page.mouse.move(box!.x, box!.y, { steps: 3 });
    const card = await poll(
      () =>
        page.evaluate(() => {
          const found = document.querySelector('verbatim-card')?.shadowRoot?.querySelector('.vb-card');
          return found ? { text: found.textContent ?? '', edits: found.querySelectorAll('del, ins').length } : null;
        }),
      'the quote card',
      10_000,
    );
    expect(card.text).toContain('Altered');
    expect(card.edits).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS_DIR, 'firefox-demo-card.png') });
    await page.keyboard.press('Escape');
    await poll(() => page.evaluate(() => document.querySelector('verbatim-card') === null || null), 'the card to close', 5_000);
  });

  it('lists the quotes with verdicts and sources in the popup page', async () => {
    const popup = await openExtensionPage('popup.html');
    const tabId = await tabIdFor(popup, page.url());
    const url = `${firefox.extensionOrigin}/popup.html?tab=${tabId}`;
    await popup.evaluate((href) => void (location.href = href), url);
    await poll(() => popup.evaluate((href) => (location.href === href && document.readyState === 'complete') || null, url), 'the popup for the demo tab');
    // The popup's size, for the screenshots only. Firefox 140 ESR's WebDriver BiDi has no
    // screen-orientation emulation, which setViewport also sets: there the page keeps its size.
    await popup.setViewport({ width: 420, height: 760 }).catch((error: unknown) => {
      if (!/setScreenOrientationOverride/.test(String(error))) throw error;
    });
    const checkable = DEMO.quotes.filter((quote) => quote.kind !== 'scare');
    const verdicts = await poll(async () => {
      const found = await popup.evaluate(() => [...document.querySelectorAll('.vb-item')].map((node) => node.getAttribute('data-verdict')));
      return found.length === checkable.length ? found : null;
    }, `${checkable.length} quotes in the popup list`);
    expect(verdicts).toEqual(checkable.map((quote) => quote.verdict));
    const text = await popup.evaluate(() => document.querySelector('.vb-list')?.textContent ?? '');
    expect(text).toContain('Muhammad Shehbaz Sharif');
    expect(text).toMatch(/UN General Debate/);
    await popup.screenshot({ path: join(SHOTS_DIR, 'firefox-popup.png'), fullPage: true });

    await popup.click('.vb-item');
    const source = await poll(() => popup.evaluate(() => (document.querySelector('.vb-detail') ? document.querySelector('.vb-source')?.textContent : null)), 'the quote detail');
    expect(source).toMatch(/General Debate/);
    await popup.screenshot({ path: join(SHOTS_DIR, 'firefox-popup-detail.png'), fullPage: true });
    await popup.close();
  });

  it('shows a quote on the page from the popup, and turns off for the site and on again from its switch', async () => {
    const popup = await openExtensionPage('popup.html');
    const tabId = await tabIdFor(popup, page.url());
    const url = `${firefox.extensionOrigin}/popup.html?tab=${tabId}`;
    await popup.evaluate((href) => void (location.href = href), url);
    await poll(() => popup.evaluate(() => document.querySelectorAll('.vb-item').length || null), 'the popup list');
    // "Show on page" on the last quote: the page scrolls to it and flashes it.
    await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.vb-item')].at(-1)!.click());
    await poll(() => popup.evaluate(() => document.querySelector('.vb-detail') !== null || null), 'the quote detail');
    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.vb-detail button')].find((button) => button.textContent === 'Show on page')!.click());
    await poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('verbatim-flash')?.size || null), 'the flash on the page', 5_000);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Off for the site: every highlight goes; on again: they come back.
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.vb-detail .vb-link')!.click());
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.vb-switch input')!.click());
    await poll(() => page.evaluate(() => ![...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((name) => name.startsWith('verbatim-')) || null), 'the highlights to go', 10_000);
    expect(await page.evaluate(() => document.getElementById('verbatim-highlight-style'))).toBeNull();
    await poll(() => popup.evaluate(() => /off for this site/i.test(document.body.textContent ?? '') || null), 'the popup to say the site is off');
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.vb-switch input')!.click());
    const counts = await waitForVerdicts(page);
    for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
    await popup.close();
  });

  it('moves between quotes with the keyboard shortcut, each card opened and focused', async () => {
    // As the background relays the browser's shortcut (key presses from WebDriver never reach it).
    const extensionPage = await openExtensionPage('popup.html');
    const tabId = await tabIdFor(extensionPage, page.url());
    const step = (by: 1 | -1) =>
      extensionPage.evaluate(
        (id, by) => (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser.tabs.sendMessage(id, { verbatim: 'stepQuote', payload: { step: by } }),
        tabId,
        by,
      );
    const checkable = DEMO.quotes.filter((quote) => quote.kind !== 'scare');
    const openCard = () =>
      page.evaluate(() => {
        const card = document.querySelector('verbatim-card')?.shadowRoot?.querySelector('.vb-card');
        return card ? { verdict: card.getAttribute('data-verdict'), text: (card.textContent ?? '').replace(/\s+/g, ' '), focused: document.activeElement?.tagName.toLowerCase() } : null;
      });
    for (const [by, quote] of [[-1, checkable.at(-1)!], [1, checkable[0]!]] as const) {
      expect(await step(by)).toMatchObject({ value: true });
      const opening = quote.text.split(/\s+/).slice(0, 3).join(' ');
      const card = await poll(async () => {
        const found = await openCard();
        return found?.text.includes(opening) ? found : null;
      }, `the card of “${opening}…”`, 10_000);
      expect(card).toMatchObject({ verdict: quote.verdict, focused: 'verbatim-card' });
    }
    await page.keyboard.press('Escape');
    await poll(() => page.evaluate(() => document.querySelector('verbatim-card') === null || null), 'the card to close', 5_000);
    await extensionPage.close();
  });

  it('applies the options to the open article at once: verdicts to highlight, colours, sites', async () => {
    const wanted = wantedHighlightCounts();
    const options = await openExtensionPage('options.html');
    await poll(() => options.evaluate(() => document.querySelector('.vb-verdict-options input') !== null || null), 'the options');
    expect(await options.evaluate(clickVerdictOption, 'exact')).toBe(false);
    await poll(() => page.evaluate(readHighlightCounts).then((counts) => (!counts['verbatim-exact'] && counts['verbatim-altered'] === wanted.get('verbatim-altered')) || null), 'exact quotes unpainted', 10_000);
    expect(await options.evaluate(clickVerdictOption, 'exact')).toBe(true);
    await poll(() => page.evaluate(readHighlightCounts).then((counts) => counts['verbatim-exact'] === wanted.get('verbatim-exact') || null), 'exact quotes painted again', 10_000);
    await options.evaluate(setVerdictColour, { verdict: 'altered', colour: '#123456' });
    await poll(() => page.evaluate(highlightStyleText).then((css) => css?.includes('#123456') || null), 'the new colour on the page', 10_000);
    await options.evaluate(chooseSiteMode, 1);
    await poll(() => page.evaluate(hasVerdictHighlights).then((painted) => !painted || null), 'the page left alone', 10_000);
    await options.evaluate(chooseSiteMode, 0);
    await waitForVerdicts(page);
    await options.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Reset colours')!.click());
    await poll(() => page.evaluate(highlightStyleText).then((css) => (css !== null && !css.includes('#123456')) || null), 'the colours reset', 10_000);
    await options.close();
  });

  it('looks sources up by title or speaker, and by a phrase of their text, from the popup', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup.evaluate(searchInPopup, 'Shehbaz Sharif');
    const { titles } = await poll(() => popup.evaluate(popupSearchResults).then((found) => (found.titles.length ? found : null)), 'titles found');
    expect(titles.every((title) => /Sharif/.test(title))).toBe(true);
    await popup.evaluate(searchInPopup, 'earliest possible normalisation of the situation in Afghanistan');
    const { hits } = await poll(() => popup.evaluate(popupSearchResults).then((found) => (found.hits.length ? found : null)), 'phrase hits', 15_000);
    expect(hits[0]).toContain('normalisation of the situation in Afghanistan');
    expect(hits[0]).toMatch(/General Debate.*2024/);
    await popup.close();
  });

});

describe('pages that change after load, in Firefox', () => {
  const exactCount = (target: Page) => target.evaluate(readHighlightCounts).then((counts) => counts['verbatim-exact'] ?? 0);

  it('checks quotes added by a live blog while its ticker mutates the page thousands of times a second', async () => {
    const live = await firefox.newPage();
    await live.goto(`${base}/e2e/live.html`, { waitUntil: 'load', timeout: 60_000 });
    await poll(() => exactCount(live).then((n) => (n >= 3 ? n : null)), 'the live entries’ quotes', 20_000);
    const ticks = () => live.evaluate(() => (window as unknown as { __pageTicks: number }).__pageTicks);
    const before = await ticks();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await ticks()) - before).toBeGreaterThan(25);
    await live.close();
  });

  it('works on a framework-rendered page without touching its DOM or listeners', async () => {
    const app = await firefox.newPage();
    await app.goto(`${base}/e2e/framework.html`, { waitUntil: 'load', timeout: 60_000 });
    await poll(() => exactCount(app).then((n) => (n === 1 ? n : null)), 'the story’s quote', 20_000);
    const html = await app.evaluate(() => document.body.innerHTML);
    await app.click('#like');
    await app.click('#like');
    expect(await app.evaluate(() => document.querySelector('#likes')?.textContent)).toBe('2 likes');
    expect(await app.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(2);
    expect((await app.evaluate(() => document.body.innerHTML)).replace('2 likes', '0 likes')).toBe(html);
    await app.click('#nav-home');
    // (As long a wait as for the first render: Firefox on a loaded CI machine once took over 10 s to re-render.)
    await poll(() => exactCount(app).then((n) => (n === 0 ? true : null)), 'the highlights to go with the story', 20_000);
    await app.click('#nav-story');
    await poll(() => exactCount(app).then((n) => (n === 1 ? n : null)), 'the quote found again', 20_000);
    await app.close();
  });
});

describe('an update in Firefox', () => {
  it('leaves one copy at work on the open article: one set of highlights, one style', async () => {
    // A card open at the update must not be left behind, dead.
    const extensionPage = await openExtensionPage('popup.html');
    const tabId = await tabIdFor(extensionPage, page.url());
    await extensionPage.evaluate((id) => (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser.tabs.sendMessage(id, { verbatim: 'stepQuote', payload: { step: 1 } }), tabId);
    await poll(() => page.evaluate(() => document.querySelector('verbatim-card') !== null || null), 'a card open', 10_000);
    await extensionPage.close();
    // Installing the build over itself is an update: Firefox unloads the old copy without letting it clean up.
    await firefox.install();
    await poll(async () => {
      const styles = await page.evaluate(() => document.querySelectorAll('style#verbatim-highlight-style').length);
      const counts = await page.evaluate(readHighlightCounts);
      return styles === 1 && [...wantedHighlightCounts()].every(([name, count]) => counts[name] === count) ? true : null;
    }, 'the page checked again by the updated add-on', 30_000);
    expect(await page.evaluate(() => document.querySelectorAll('verbatim-card').length)).toBe(0);
    // The updated copy answers the add-on's pages.
    expect(await tabIdFor(await openExtensionPage('popup.html'), page.url())).toBeGreaterThan(0);
  });
});

describe('removing the add-on in Firefox', () => {
  it('leaves no highlight and no card to be seen, though Firefox gives the script no chance to clean up', async () => {
    await page.keyboard.press('Escape');
    await waitForVerdicts(page);
    expect(await firstQuoteShot()).not.toBe(unhighlighted);
    // A card open at the moment of removal.
    const altered = await page.evaluate(centreOfText, DEMO.quotes.find((quote) => quote.verdict === 'altered')!.text);
    await page.mouse.move(altered!.x - 5, altered!.y);
    await page.mouse.move(altered!.x, altered!.y, { steps: 3 });
    const cardShown = () => page.evaluate(() => {
      const host = document.querySelector('verbatim-card');
      return host ? getComputedStyle(host).display !== 'none' && (host.shadowRoot?.querySelector('.vb-card')?.getBoundingClientRect().height ?? 0) > 0 : false;
    });
    await poll(async () => (await cardShown()) || null, 'the quote card', 10_000);
    await firefox.browser.uninstallExtension(firefox.extensionId);
    // The highlights' rules and the card's display go with the add-on's stylesheet (lib/dom/content-style.ts).
    await poll(async () => ((await firstQuoteShot()) === unhighlighted ? true : null), 'the quote as it was before Verbatim', 10_000);
    await poll(async () => (!(await cardShown()) ? true : null), 'the card hidden', 10_000);
  });
});

// Last, so that it covers every test above.
describe('the browser console', () => {
  it('runs without errors from the add-on in the browser console', () => {
    const ours = firefox.consoleLog.filter((line) => line.includes(firefox.extensionOrigin) || /\[page (error|warn)\]/.test(line));
    expect(ours).toEqual([]);
  });
});
