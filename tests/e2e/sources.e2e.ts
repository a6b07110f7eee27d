// A user's own transcript in real Chromium: pasted on the sources page, it checks a news page's
// quotes; it survives a browser restart, an export → delete → import round trip, and does not
// depend on the bundled speeches being switched on.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import type { PageQuotes } from '../../lib/messaging';
import type { CheckedQuote } from '../../lib/types';
import { launchWithExtension, pageReport, SHOTS_DIR, type ExtensionBrowser } from './browser';

const TRANSCRIPT = readFileSync('tests/e2e/fixtures/briefing-transcript.txt', 'utf8');
const TITLE = 'Ministry of Water briefing on the Lower Carrow dam';
const SPEAKER = 'Mara Quint';
/** Said by Quint in her own turn, quoted word for word on the page. */
const HER_WORDS = 'Nobody in the valley will lose their drinking water supply while the repairs go on';
/** Asked by a reporter in a "Q:" turn, yet attributed to Quint on the page. */
const REPORTER_WORDS = 'The dam is falling apart and the ministry has known about it for years';
/** A quote the bundled speeches alone can confirm (Roosevelt, 1941), to show the switch really acts. */
const BUNDLED_WORDS = 'we look forward to a world founded upon four essential human freedoms';

let server: Server;
let base: string;
let workDir: string;
let profileDir: string;
let browser: ExtensionBrowser;
let packPath: string;

const sourcesUrl = () => `chrome-extension://${browser.extensionId}/sources.html`;
const briefingUrl = () => `${base}/e2e/briefing.html`;

async function openSourcesPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(sourcesUrl());
  await page.getByRole('heading', { name: 'Your sources' }).waitFor({ timeout: 30_000 });
  return page;
}

/** The quote on the page whose text contains `words`, once the content script has checked it. */
async function checkedQuote(page: Page, words: string): Promise<CheckedQuote> {
  let found: CheckedQuote | undefined;
  await expect
    .poll(
      async () => {
        const report = (await pageReport<PageQuotes>(browser, page.url()).catch(() => null))?.report;
        found = report?.state === 'ready' ? report.quotes.find((quote) => quote.text.includes(words)) : undefined;
        return Boolean(found);
      },
      { timeout: 60_000, interval: 500, message: `a checked quote containing “${words}” on ${page.url()}` },
    )
    .toBe(true);
  return found!;
}

/**
 * Reloads the page until `words` get a verdict that `wanted` accepts, or the timeout passes, and
 * returns the last check. A page checks its quotes once, when it loads, so it is reloaded to see a
 * source change; the change reaches the background over a BroadcastChannel, so one reload may
 * still race the matcher's rebuild.
 */
async function verdictBecomes(page: Page, words: string, wanted: (verdict: string) => boolean, timeout = 60_000): Promise<CheckedQuote> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.reload();
    const quote = await checkedQuote(page, words);
    if (wanted(quote.verdict) || Date.now() > deadline) return quote;
    await page.waitForTimeout(1000);
  }
}

/** The page text under each verbatim highlight, by highlight name. */
async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((ranges, name) => {
      if (name.startsWith('verbatim-')) texts[name] = [...ranges].map((range) => range.toString());
    });
    return texts;
  });
}

async function expectHerQuoteHighlightedExact(page: Page): Promise<void> {
  await expect
    .poll(async () => ((await highlightedTexts(page))['verbatim-exact'] ?? []).some((text) => text.includes(HER_WORDS)), { timeout: 30_000 })
    .toBe(true);
}

async function openBriefing(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(briefingUrl());
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  workDir = mkdtempSync(join(tmpdir(), 'verbatim-sources-e2e-'));
  profileDir = join(workDir, 'profile');
  mkdirSync(profileDir);
  packPath = join(workDir, 'exported.verbatim');
  ({ server, url: base } = await startServer());
  browser = await launchWithExtension(profileDir);
});

afterAll(async () => {
  await browser?.close({ keepProfile: true });
  server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a pasted transcript as a source', () => {
  it('is added on the sources page and listed', async () => {
    const sources = await openSourcesPage();
    await sources.getByRole('textbox', { name: 'Transcript text', exact: true }).fill(TRANSCRIPT);
    await sources.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await sources.getByRole('textbox', { name: 'Speaker', exact: true }).fill(SPEAKER);
    await sources.getByRole('button', { name: 'Add transcript' }).click();
    const row = sources.locator('li.source', { hasText: TITLE });
    await row.waitFor({ timeout: 30_000 });
    // Every "Q:" and "MARA QUINT:" line starts a speaker turn: the transcript is not all her words.
    const turns = TRANSCRIPT.match(/^(MARA QUINT|Q):/gm)?.length ?? 0;
    expect(turns).toBeGreaterThan(2);
    expect(await row.locator('.source-detail').textContent()).toMatch(new RegExp(`^Mara Quint · .* · ${turns} speaker turns · Pasted$`));
    await expect.poll(() => sources.getByRole('status').last().textContent()).toContain(`Added “${TITLE}”`);
    await sources.screenshot({ path: join(SHOTS_DIR, 'sources-added.png'), fullPage: true });
    await sources.close();
  });

  it('confirms her words on the news page and catches the reporter’s words put in her mouth', async () => {
    const page = await openBriefing();
    const hers = await verdictBecomes(page, HER_WORDS, (verdict) => verdict === 'exact');
    expect(hers.verdict).toBe('exact');
    expect(hers.speaker?.name).toBe(SPEAKER);
    expect(hers.match?.title).toBe(TITLE);
    expect(hers.match?.turn).toBe('MARA QUINT');
    await expectHerQuoteHighlightedExact(page);

    const reporters = await checkedQuote(page, REPORTER_WORDS);
    expect(reporters.speaker?.name).toBe(SPEAKER);
    expect(reporters.verdict).not.toBe('exact');
    expect(['misattributed', 'unsourced']).toContain(reporters.verdict);
    const exactTexts = (await highlightedTexts(page))['verbatim-exact'] ?? [];
    expect(exactTexts.some((text) => text.includes(REPORTER_WORDS))).toBe(false);
    await page.locator('article').screenshot({ path: join(SHOTS_DIR, 'sources-briefing.png') });
    await page.close();
  });

  it('survives closing and reopening the browser with the same profile', async () => {
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension(profileDir);
    const page = await openBriefing();
    const hers = await checkedQuote(page, HER_WORDS);
    expect(hers.verdict).toBe('exact');
    expect(hers.match?.title).toBe(TITLE);
    await expectHerQuoteHighlightedExact(page);
    await page.close();
  });

  it('exports, deletes and re-imports the source as a pack', async () => {
    const sources = await openSourcesPage();
    const download = sources.waitForEvent('download', { timeout: 30_000 });
    await sources.getByRole('button', { name: 'Export my sources as a pack' }).click();
    await (await download).saveAs(packPath);
    expect(statSync(packPath).size).toBeGreaterThan(0);

    await sources.getByRole('button', { name: `Delete ${TITLE}` }).click();
    await expect.poll(() => sources.locator('li.source', { hasText: TITLE }).count(), { timeout: 15_000 }).toBe(0);
    const toast = sources.locator('.toast');
    expect(await toast.textContent()).toContain(`Deleted “${TITLE}”`);
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await toast.waitFor({ state: 'detached', timeout: 5_000 });

    const page = await openBriefing();
    const gone = await verdictBecomes(page, HER_WORDS, (verdict) => verdict !== 'exact');
    expect(gone.verdict).toBe('unsourced');
    expect((await highlightedTexts(page))['verbatim-exact'] ?? []).toEqual([]);

    await sources.locator('#import-pack').setInputFiles(packPath);
    await sources.getByRole('button', { name: 'Remove pack exported' }).waitFor({ timeout: 30_000 });
    expect(await sources.locator('li.source.pack', { hasText: 'exported' }).textContent()).toMatch(/Imported pack · 1 source/);
    await sources.screenshot({ path: join(SHOTS_DIR, 'sources-imported.png'), fullPage: true });

    const back = await verdictBecomes(page, HER_WORDS, (verdict) => verdict === 'exact');
    expect(back.verdict).toBe('exact');
    expect(back.match?.title).toBe(TITLE);
    await expectHerQuoteHighlightedExact(page);
    await page.close();
    await sources.close();
  });

  it('keeps matching with the bundled speeches switched off', async () => {
    const sources = await openSourcesPage();
    const bundledSwitch = sources.getByRole('switch', { name: /Use bundled speeches/ });
    expect(await bundledSwitch.isChecked()).toBe(true);
    await bundledSwitch.click();
    await expect.poll(() => bundledSwitch.isChecked()).toBe(false);

    // The switch really took the bundled speeches away: a Roosevelt quote no longer checks out…
    const control = await browser.context.newPage();
    await control.goto(`${base}/e2e/framework.html`);
    const roosevelt = await verdictBecomes(control, BUNDLED_WORDS, (verdict) => verdict !== 'exact');
    expect(roosevelt.verdict).not.toBe('exact');
    // …while the user's own source still does.
    const page = await openBriefing();
    const hers = await checkedQuote(page, HER_WORDS);
    expect(hers.verdict).toBe('exact');
    expect(hers.match?.title).toBe(TITLE);

    await bundledSwitch.click();
    await expect.poll(() => bundledSwitch.isChecked()).toBe(true);
    expect((await verdictBecomes(control, BUNDLED_WORDS, (verdict) => verdict === 'exact')).verdict).toBe('exact');
    expect((await verdictBecomes(page, HER_WORDS, (verdict) => verdict === 'exact')).verdict).toBe('exact');
    await control.close();
    await page.close();
    await sources.close();
  });
});
