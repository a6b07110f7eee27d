// The demo article in real Chromium with the built extension: quotes highlighted by verdict,
// the card on hover, and the popup listing the quotes with their sources.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { engineStatus, launchWithExtension, pageReport, SHOTS_DIR, type ExtensionBrowser } from './browser';
import { centreOfText, DEMO, hasVerdictHighlights, readHighlightCounts, wantedHighlightCounts } from './demo-expectations';

let server: Server;
let base: string;
let browser: ExtensionBrowser;
let page: Page;

async function waitForVerdicts(target: Page): Promise<Record<string, number>> {
  await target.waitForFunction(hasVerdictHighlights, undefined, { timeout: 60_000 });
  return target.evaluate(readHighlightCounts);
}

async function tabIdFor(url: string): Promise<number> {
  return (await pageReport(browser, url)).tabId;
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  ({ server, url: base } = await startServer());
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${base}/demo/`);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('demo article', () => {
  it('highlights the quotes with their verdicts', async () => {
    const counts = await waitForVerdicts(page);
    for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
    expect(counts['verbatim-pending'] ?? 0).toBe(0);
    await page.locator('article').first().screenshot({ path: join(SHOTS_DIR, 'demo-article.png') });
  });

  it('opens the quote card on hover with the source wording', async () => {
    const altered = DEMO.quotes.find((quote) => quote.verdict === 'altered');
    expect(altered).toBeTruthy();
    const box = await page.evaluate(centreOfText, altered!.text);
    expect(box).toBeTruthy();
    await page.mouse.move(box!.x, box!.y);
    const card = page.locator('verbatim-card .vb-card');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.textContent()).toContain('Altered');
    expect(await card.locator('del, ins').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS_DIR, 'demo-card.png') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('moves between quotes with the keyboard shortcut, each card opened and focused', async () => {
    // Headless Chromium does not route key presses to extension shortcuts, so the background's
    // relay of a shortcut (tested in tests/ext/shortcuts.test.ts) is sent here as it sends it.
    const tabId = await tabIdFor(page.url());
    const step = (by: 1 | -1) =>
      browser.worker.evaluate(
        ({ id, by }) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { verbatim: 'stepQuote', payload: { step: by } }),
        { id: tabId, by },
      );
    const checkable = DEMO.quotes.filter((quote) => quote.kind !== 'scare');
    const card = page.locator('verbatim-card .vb-card');
    // (The card shows the source's wording, so the quote's first few words and its verdict.)
    const cardShows = async (quote: { text: string; verdict: string | null }) => {
      await card.waitFor({ state: 'visible', timeout: 10_000 });
      const opening = quote.text.split(/\s+/).slice(0, 3).join(' ');
      await expect.poll(async () => (await card.textContent())?.replace(/\s+/g, ' ') ?? '', { timeout: 10_000 }).toContain(opening);
      expect(await card.getAttribute('data-verdict')).toBe(quote.verdict);
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('verbatim-card');
    };
    // Back from no card is the last quote; forward from the last wraps to the first.
    expect(await step(-1)).toMatchObject({ value: true });
    await cardShows(checkable[checkable.length - 1]!);
    await step(1);
    await cardShows(checkable[0]!);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('lists the quotes with verdicts and sources in the popup', async () => {
    const tabId = await tabIdFor(page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const items = popup.locator('.vb-item');
    const checkable = DEMO.quotes.filter((quote) => quote.kind !== 'scare');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(checkable.length);
    const verdicts = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-verdict')));
    expect(verdicts).toEqual(checkable.map((quote) => quote.verdict));
    const text = await popup.locator('.vb-list').textContent();
    expect(text).toContain('Muhammad Shehbaz Sharif');
    expect(text).toMatch(/UN General Debate/);
    await popup.screenshot({ path: join(SHOTS_DIR, 'popup.png'), fullPage: true });

    await items.first().click();
    await popup.locator('.vb-detail').waitFor();
    expect(await popup.locator('.vb-source').textContent()).toMatch(/General Debate/);
    // Where the words come from: the corpus's home, the link a citation carries too.
    expect(await popup.locator('.vb-source a').first().getAttribute('href')).toBe('https://doi.org/10.7910/DVN/0TJX8Y');
    await popup.screenshot({ path: join(SHOTS_DIR, 'popup-detail.png'), fullPage: true });
    await popup.close();
  });

  it('turns off for the site from the popup: every highlight goes, and it stays off after a reload until turned on again', async () => {
    const tabId = await tabIdFor(page.url());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const siteSwitch = popup.locator('.vb-switch input');
    await siteSwitch.waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    await expect.poll(() => popup.locator('.vb-root').textContent()).toMatch(/off for this site|turn it on/i);
    const counts = await page.evaluate(readHighlightCounts);
    expect(Object.keys(counts).filter((name) => name.startsWith('verbatim-'))).toEqual([]);
    expect(await page.locator('#verbatim-highlight-style').count()).toBe(0);
    await popup.screenshot({ path: join(SHOTS_DIR, 'popup-off.png') });

    // Kept in the settings: the reloaded page is not checked.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(Object.keys(await page.evaluate(readHighlightCounts)).filter((name) => name.startsWith('verbatim-'))).toEqual([]);

    // And on again from the popup.
    await popup.reload();
    await popup.locator('.vb-switch input').click();
    const again = await waitForVerdicts(page);
    for (const [name, count] of wantedHighlightCounts()) expect(again[name], name).toBe(count);
    await popup.close();
  });
});

describe('the engine in Chrome', () => {
  it('keeps its loaded index and answers at once after the service worker is stopped', async () => {
    const before = await engineStatus(browser);
    expect(before).toMatchObject({ state: 'ready' });
    expect(before.docs).toBeGreaterThan(1000);
    // Chrome stops an idle service worker after 30 s; the engine's offscreen document must outlive it.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    const fresh = await browser.context.newPage();
    await fresh.goto(`${base}/demo/`);
    const counts = await waitForVerdicts(fresh);
    for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
    // The same load figure: the index was not read again.
    expect((await engineStatus(browser)).bundledLoadMs).toBe(before.bundledLoadMs);
    await fresh.close();
  });
});
