// Real pages beyond the demo: quotes that arrive after load under a mutation storm, a page
// rendered and re-rendered by a client-side framework, nested and multi-paragraph quotes, and
// a page with no quotes. The page's own text and listeners must come through untouched.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { launchWithExtension, pageReport, SHOTS_DIR, type ExtensionBrowser } from './browser';
import { chooseSiteMode, clickVerdictOption, hasVerdictHighlights, highlightStyleText, popupSearchResults, readHighlightCounts, searchInPopup, setVerdictColour, wantedHighlightCounts } from './demo-expectations';

let server: Server;
let base: string;
let browser: ExtensionBrowser;

type Counts = Record<string, number>;

async function verbatimHighlights(page: Page): Promise<Counts> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((set, name) => {
      if (name.startsWith('verbatim-')) counts[name] = set.size;
    });
    return counts;
  });
}

const total = (counts: Counts, except = ['verbatim-pending']) => Object.entries(counts).reduce((sum, [name, n]) => (except.includes(name) ? sum : sum + n), 0);

/** The page's quotes as the extension reports them, asked from the background like the popup does. */
async function reportedQuotes(page: Page) {
  return (await pageReport(browser, page.url())).report;
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  ({ server, url: base } = await startServer());
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('pages that change after load', () => {
  it('checks quotes added by a live blog, and a mutation storm never blocks the page', async () => {
    const page = await open('/e2e/live.html');
    await expect.poll(async () => (await verbatimHighlights(page))['verbatim-exact'] ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const report = await reportedQuotes(page);
    expect(report.quotes.map((quote) => quote.text)).toEqual(
      expect.arrayContaining(['I say again, the era of big Government is over,', 'We must not be isolationist. We must not be the world’s policeman,']),
    );
    // The two named quotes; the newest entry's "he said" sits above every mention of Clinton.
    expect(report.quotes.filter((quote) => quote.speaker?.name === 'Bill Clinton').length).toBeGreaterThanOrEqual(2);
    // The page's own 20 ms timer keeps its pace while its ticker mutates thousands of times a second.
    const before = await page.evaluate(() => (window as unknown as { __pageTicks: number }).__pageTicks);
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => (window as unknown as { __pageTicks: number }).__pageTicks);
    expect(after - before).toBeGreaterThan(25);
    await page.screenshot({ path: join(SHOTS_DIR, 'live.png') });
    await page.close();
  });

  it('works on a framework-rendered page without touching its DOM or listeners', async () => {
    const page = await open('/e2e/framework.html');
    await expect.poll(async () => (await verbatimHighlights(page))['verbatim-exact'] ?? 0, { timeout: 20_000 }).toBe(1);
    const html = await page.evaluate(() => document.body.innerHTML);
    await page.click('#like');
    await page.click('#like');
    expect(await page.textContent('#likes')).toBe('2 likes');
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(2);
    // Only the page's own change is in its DOM: our highlights and styles live outside <body>.
    expect((await page.evaluate(() => document.body.innerHTML)).replace('2 likes', '0 likes')).toBe(html);
    // Client-side navigation away and back: the quote is found again in the new nodes.
    await page.click('#nav-home');
    await expect.poll(async () => total(await verbatimHighlights(page)), { timeout: 10_000 }).toBe(0);
    await page.click('#nav-story');
    await expect.poll(async () => (await verbatimHighlights(page))['verbatim-exact'] ?? 0, { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: join(SHOTS_DIR, 'framework.png') });
    await page.close();
  });
});

describe('fixture pages', () => {
  const fixtures = readdirSync('tests/fixtures/pages').filter((slug) => existsSync(`tests/fixtures/pages/${slug}/expected.json`));
  // A page written for this: »…« with nested ›…‹ and a quote over several paragraphs (picking the
  // first page whose notes mention either would change with every fixture added).
  const multiParagraph = fixtures.find((slug) => slug === 'de-magazin-guillemets-schriftstellerin');

  it('highlights nested and multi-paragraph quotes as whole quotes', async () => {
    expect(multiParagraph, 'a fixture page with nested or multi-paragraph quotes').toBeTruthy();
    const expected = JSON.parse(readFileSync(`tests/fixtures/pages/${multiParagraph}/expected.json`, 'utf8')) as { quotes: { kind: string }[] };
    const page = await open(`/${multiParagraph}/`);
    await expect.poll(async () => (await reportedQuotes(page)).state, { timeout: 20_000 }).toBe('ready');
    const report = await reportedQuotes(page);
    const speech = expected.quotes.filter((quote) => quote.kind !== 'scare').length;
    // Within one of the expected count: the engine's own accuracy is measured by eval:quotes.
    expect(Math.abs(report.quotes.length - speech)).toBeLessThanOrEqual(1);
    expect(total(await verbatimHighlights(page))).toBe(report.quotes.length);
    await page.screenshot({ path: join(SHOTS_DIR, `${multiParagraph}.png`), fullPage: false });
    await page.close();
  });

  it('shows an honest empty state on a page with no quotes', async () => {
    const empty = fixtures.find((slug) => (JSON.parse(readFileSync(`tests/fixtures/pages/${slug}/expected.json`, 'utf8')) as { quotes: unknown[] }).quotes.length === 0);
    expect(empty).toBeTruthy();
    const page = await open(`/${empty}/`);
    await expect.poll(async () => (await reportedQuotes(page)).state, { timeout: 20_000 }).toBe('ready');
    expect((await reportedQuotes(page)).quotes).toEqual([]);
    expect(total(await verbatimHighlights(page), [])).toBe(0);
    const { tabId } = await pageReport(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.vb-empty').textContent(), { timeout: 10_000 }).toContain('No quotes found on this page.');
    await popup.screenshot({ path: join(SHOTS_DIR, 'popup-empty.png') });
    await popup.close();
    await page.close();
  });
});

describe('popup actions', () => {
  it('“Show on page” scrolls to the quote and flashes it', async () => {
    const page = await open('/demo/');
    await expect.poll(async () => (await reportedQuotes(page)).state, { timeout: 30_000 }).toBe('ready');
    const { tabId } = await pageReport(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.vb-item').last().click();
    await popup.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(async () => (await verbatimHighlights(page))['verbatim-flash'] ?? 0, { timeout: 5_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(200);
    await popup.close();
    await page.close();
  });
});

describe('options and search', () => {
  it('applies the options to an open article at once: verdicts to highlight, colours, sites', async () => {
    const page = await open('/demo/');
    await page.waitForFunction(hasVerdictHighlights, undefined, { timeout: 30_000 });
    const wanted = wantedHighlightCounts();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.vb-verdict-options input[type=checkbox]').first().waitFor();

    expect(await options.evaluate(clickVerdictOption, 'exact')).toBe(false);
    await expect.poll(async () => (await page.evaluate(readHighlightCounts))['verbatim-exact'] ?? 0, { timeout: 10_000 }).toBe(0);
    expect((await page.evaluate(readHighlightCounts))['verbatim-altered']).toBe(wanted.get('verbatim-altered'));
    expect(await options.evaluate(clickVerdictOption, 'exact')).toBe(true);
    await expect.poll(async () => (await page.evaluate(readHighlightCounts))['verbatim-exact'] ?? 0, { timeout: 10_000 }).toBe(wanted.get('verbatim-exact'));

    // A card open on the article stays open through a change of colours, and takes them on.
    const { tabId } = await pageReport(browser, page.url());
    await browser.worker.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { verbatim: 'stepQuote', payload: { step: 1 } }), tabId);
    const card = page.locator('verbatim-card .vb-card');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await options.evaluate(setVerdictColour, { verdict: 'altered', colour: '#123456' });
    await expect.poll(() => page.evaluate(highlightStyleText), { timeout: 10_000 }).toContain('#123456');
    expect(await card.isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('verbatim-card')!.shadowRoot!.querySelector('.vb-root')!).getPropertyValue('--vb-color-altered').trim())).toBe('#123456');

    // Only listed sites, and none listed: the article is left alone, and comes back with every site.
    await options.evaluate(chooseSiteMode, 1);
    await expect.poll(() => page.evaluate(hasVerdictHighlights), { timeout: 10_000 }).toBe(false);
    expect(await page.evaluate(highlightStyleText)).toBeNull();
    // Nothing left for the browser's stylesheet to apply: the highlight rules cost a page nothing where Verbatim is off.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-verbatim'))).toBe(false);
    await options.evaluate(chooseSiteMode, 0);
    await page.waitForFunction(hasVerdictHighlights, undefined, { timeout: 30_000 });
    await options.screenshot({ path: join(SHOTS_DIR, 'options.png'), fullPage: true });
    await options.getByRole('button', { name: 'Reset colours' }).click();
    await expect.poll(() => page.evaluate(highlightStyleText), { timeout: 10_000 }).not.toContain('#123456');
    await options.close();
    await page.close();
  });

  it('looks sources up by title or speaker, and by a phrase of their text, from the popup', async () => {
    const page = await open('/demo/');
    await expect.poll(async () => (await reportedQuotes(page)).state, { timeout: 30_000 }).toBe('ready');
    const { tabId } = await pageReport(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.evaluate(searchInPopup, 'Shehbaz Sharif');
    await expect.poll(async () => (await popup.evaluate(popupSearchResults)).titles.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await popup.evaluate(popupSearchResults)).titles.every((title) => /Sharif/.test(title))).toBe(true);
    await popup.evaluate(searchInPopup, 'earliest possible normalisation of the situation in Afghanistan');
    await expect.poll(async () => (await popup.evaluate(popupSearchResults)).hits.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const [best] = (await popup.evaluate(popupSearchResults)).hits;
    expect(best).toContain('normalisation of the situation in Afghanistan');
    expect(best).toMatch(/General Debate.*2024/);
    await popup.screenshot({ path: join(SHOTS_DIR, 'popup-search.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
