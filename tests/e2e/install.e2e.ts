// Pages already open when Verbatim is installed or updated: Chrome does not run the declared
// content script in them, so the background injects it; after an update the copy cut off from
// its extension takes away everything it drew, leaving one set of highlights and one style.
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { launchThenInstall, pageReport, type ExtensionBrowser } from './browser';
import { hasVerdictHighlights, readHighlightCounts, wantedHighlightCounts } from './demo-expectations';

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

async function expectDemoChecked(page: Page, extension: ExtensionBrowser): Promise<void> {
  // Only a script of the extension now installed can answer its background.
  await expect.poll(async () => (await pageReport(extension, page.url()).catch(() => null))?.report.state ?? 'none', { timeout: 60_000 }).toBe('ready');
  await page.waitForFunction(hasVerdictHighlights, undefined, { timeout: 60_000 });
  const counts = await page.evaluate(readHighlightCounts);
  for (const [name, count] of wantedHighlightCounts()) expect(counts[name], name).toBe(count);
  expect(await page.locator('style#verbatim-highlight-style').count()).toBe(1);
}

describe('articles open before Verbatim is installed or updated', () => {
  it('are checked without a reload, and an update leaves one copy at work', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${base}/demo/`);
    const background = await launched.context.newPage();
    await background.goto(`${base}/demo/?second`);
    await page.bringToFront();
    expect(await page.evaluate(readHighlightCounts)).toEqual({});

    const installed = await launched.install();
    await expectDemoChecked(page, installed);
    // Another tab open at install is checked too (a few are checked at once, the rest when shown).
    await expectDemoChecked(background, installed);

    const updated = await launched.install();
    await expectDemoChecked(page, updated);
    // The old copy's card host went with it; the new one adds its own when it draws.
    expect(await page.locator('verbatim-card').count()).toBeLessThanOrEqual(1);
    await page.close();
    await background.close();
  });
});
