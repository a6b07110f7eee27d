// Pages already open when Verbatim is installed, updated or removed. Chrome does not run the
// declared content script in pages already open, so the background injects it (into a few tabs
// at once, the rest when first shown); a copy cut off by an update or a removal takes away
// everything it drew, leaving one set of highlights and one style.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { launchThenInstall, pageReport, type ExtensionBrowser } from './browser';
import { boxOfText, DEMO, hasVerdictHighlights, readHighlightCounts, wantedHighlightCounts } from './demo-expectations';

let server: Server;
let base: string;
let launched: Awaited<ReturnType<typeof launchThenInstall>>;

beforeAll(async () => {
  ({ server, url: base } = await startServer());
  launched = await launchThenInstall();
});

afterAll(async () => {
  await launched?.close();
  server?.close();
});

/** The page's state as its content script reports it, or 'none' when no script of `extension` answers. */
async function stateOf(page: Page, extension: ExtensionBrowser): Promise<string> {
  return (await pageReport(extension, page.url()).catch(() => null))?.report.state ?? 'none';
}

/** The demo's first quote as the reader sees it. */
async function firstQuoteShot(page: Page): Promise<string> {
  const clip = await page.evaluate(boxOfText, DEMO.quotes.find((quote) => quote.verdict)!.text.slice(0, 20));
  if (!clip) throw new Error('the first quote is not on the page');
  return (await page.screenshot({ clip })).toString('base64');
}

async function expectDemoChecked(page: Page, extension: ExtensionBrowser): Promise<void> {
  // Only a script of the extension now installed can answer its background.
  await expect.poll(() => stateOf(page, extension), { timeout: 60_000 }).toBe('ready');
  await page.waitForFunction(hasVerdictHighlights, undefined, { timeout: 60_000 });
  const counts = await page.evaluate(readHighlightCounts);
  for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
  expect(await page.locator('style#verbatim-highlight-style').count()).toBe(1);
}

// A fixture page without quotes: cheap to check, so a dozen of them can be open at once.
const quiet = readdirSync('tests/fixtures/pages').find(
  (slug) => existsSync(`tests/fixtures/pages/${slug}/expected.json`) && (JSON.parse(readFileSync(`tests/fixtures/pages/${slug}/expected.json`, 'utf8')) as { quotes: unknown[] }).quotes.length === 0,
);

describe('articles open before Verbatim is installed, updated or removed', () => {
  it('are checked without a reload, the tabs beyond the first few once shown; an update leaves one copy at work, a removal none', async () => {
    expect(quiet).toBeTruthy();
    const others: Page[] = [];
    // Eleven besides the article: ten are checked at install, the last when it is first shown.
    for (let i = 0; i < 11; i++) {
      const other = await launched.context.newPage();
      await other.goto(`${base}/${quiet}/?tab=${i}`);
      others.push(other);
    }
    const page = await launched.context.newPage();
    await page.goto(`${base}/demo/`);
    await page.bringToFront();
    expect(await page.evaluate(readHighlightCounts)).toEqual({});
    const unhighlighted = await firstQuoteShot(page);

    const installed = await launched.install();
    await expectDemoChecked(page, installed);
    // Drawn, not only registered: the injected script's stylesheet came with it.
    expect(await firstQuoteShot(page)).not.toBe(unhighlighted);
    for (const other of others.slice(0, 10)) await expect.poll(() => stateOf(other, installed), { timeout: 30_000 }).toBe('ready');
    const last = others.at(-1)!;
    expect(await stateOf(last, installed)).toBe('none');
    await last.bringToFront();
    await expect.poll(() => stateOf(last, installed), { timeout: 30_000 }).toBe('ready');
    await page.bringToFront();

    // A card open at the update goes with the copy that drew it.
    const { tabId } = await pageReport(installed, page.url());
    await installed.worker.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { verbatim: 'stepQuote', payload: { step: 1 } }), tabId);
    await page.locator('verbatim-card .vb-card').waitFor({ state: 'visible', timeout: 10_000 });
    const updated = await launched.install();
    await expectDemoChecked(page, updated);
    expect(await page.locator('verbatim-card').count()).toBe(0);

    // Removed while the article is on screen: nothing of Verbatim's is left on it.
    expect(await firstQuoteShot(page)).not.toBe(unhighlighted);
    await launched.uninstall(updated.extensionId);
    await expect.poll(() => page.evaluate(hasVerdictHighlights), { timeout: 10_000 }).toBe(false);
    expect(await page.locator('style#verbatim-highlight-style').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-verbatim'))).toBe(false);
    expect(await firstQuoteShot(page)).toBe(unhighlighted);
    for (const other of [page, ...others]) await other.close();
  });
});
