// @vitest-environment happy-dom
// The content script's wiring with the browser's storage and messaging faked, and the engine
// stood in for: what settings do to a page while it is open.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../lib/settings';
import type { MatchResult } from '../../lib/types';

const altered: MatchResult = { verdict: 'altered', reason: { kind: 'altered', changedWords: 1, changes: [{ kind: 'changed', from: 'not', to: 'never' }], more: false, unmarkedCut: false }, match: null };

vi.mock('../../lib/ext/rpc', async () => {
  const { detectQuotes } = await import('../../lib/quotes/index');
  return {
    connectEngine: () => undefined,
    onEngineDisconnect: () => () => undefined,
    askBackground: async (type: string, payload: { text: string; blocks: never[] }) => {
      if (type === 'match') return [altered];
      if (type === 'pageUpdated') return undefined;
      if (type === 'check') {
        const quotes = detectQuotes(payload.text, payload.blocks);
        return { quotes, results: quotes.map((quote) => (quote.kind === 'scare' ? null : altered)) };
      }
      throw new Error(`not faked: ${type}`);
    },
  };
});

const { startContent } = await import('../../lib/ext/content-app');

async function saveSettings(settings: Settings) {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
}

const cardRoot = () => document.querySelector('verbatim-card')?.shadowRoot?.querySelector<HTMLElement>('.vb-root') ?? null;

describe('content script settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p id="q">We will never raise taxes.</p>';
    document.documentElement.removeAttribute('data-verbatim');
  });

  it('recolours a card opened for a selection while the site is off (third review of session 11)', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'listed', enabledSites: [] });
    const stop = new AbortController();
    await startContent(document, stop.signal, { cutOffScriptsLinger: true });
    const text = document.getElementById('q')!.firstChild!;
    const range = document.createRange();
    range.selectNodeContents(text);
    document.getSelection()!.addRange(range);
    await fakeBrowser.runtime.sendMessage({ verbatim: 'checkSelection', payload: { text: 'We will never raise taxes.' } });
    expect(cardRoot()).not.toBeNull();
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'listed', enabledSites: [], colors: { altered: '#123456' } });
    await vi.waitFor(() => expect(cardRoot()!.style.getPropertyValue('--vb-color-altered')).toBe('#123456'));
    stop.abort();
    expect(document.querySelector('verbatim-card')).toBeNull();
  });

  it('marks the page root while it runs, keeps the mark if the page takes it away, and takes it away when turned off', async () => {
    document.body.innerHTML = '<article><h1>Budget</h1><p>“We will never raise taxes on working families,” the finance minister, Ana Ruiz, said on Monday.</p></article>';
    await saveSettings(DEFAULT_SETTINGS);
    const stop = new AbortController();
    await startContent(document, stop.signal, { cutOffScriptsLinger: true });
    const root = document.documentElement;
    await vi.waitFor(() => expect(root.hasAttribute('data-verbatim')).toBe(true));
    root.removeAttribute('data-verbatim');
    await vi.waitFor(() => expect(root.hasAttribute('data-verbatim')).toBe(true));
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'listed', enabledSites: [] });
    await vi.waitFor(() => expect(root.hasAttribute('data-verbatim')).toBe(false));
    stop.abort();
  });

  it('gives the mark back a few times only to a page that strips it, rather than fighting it for ever (fifth review of session 11)', async () => {
    document.body.innerHTML = '<article><h1>Budget</h1><p>“We will never raise taxes on working families,” the finance minister, Ana Ruiz, said on Monday.</p></article>';
    await saveSettings(DEFAULT_SETTINGS);
    let strips = 0;
    const page = new MutationObserver(() => {
      if (strips < 10_000 && document.documentElement.hasAttribute('data-verbatim')) {
        strips++;
        document.documentElement.removeAttribute('data-verbatim');
      }
    });
    page.observe(document.documentElement, { attributes: true });
    const stop = new AbortController();
    await startContent(document, stop.signal, { cutOffScriptsLinger: true });
    await vi.waitFor(() => expect(strips).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(strips).toBeLessThanOrEqual(21);
    page.disconnect();
    stop.abort();
  });

  it('carries the highlight rules unscoped in its own stylesheet once it stops giving the mark back, and takes them away when turned off', async () => {
    document.body.innerHTML = '<article><h1>Budget</h1><p>“We will never raise taxes on working families,” the finance minister, Ana Ruiz, said on Monday.</p></article>';
    await saveSettings({ ...DEFAULT_SETTINGS, colors: { altered: '#123456' } });
    const ownStyle = () => [...document.querySelectorAll('style')].find((s) => s.textContent?.includes('--verbatim-color-altered'));
    let strips = 0;
    const page = new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-verbatim')) {
        strips++;
        document.documentElement.removeAttribute('data-verbatim');
      }
    });
    const stop = new AbortController();
    await startContent(document, stop.signal, { cutOffScriptsLinger: true });
    await vi.waitFor(() => expect(ownStyle()).toBeDefined());
    expect(ownStyle()!.textContent).not.toContain('::highlight(');
    page.observe(document.documentElement, { attributes: true });
    document.documentElement.removeAttribute('data-verbatim');
    await vi.waitFor(() => expect(ownStyle()!.textContent).toContain(':root ::highlight(verbatim-altered)'));
    expect(strips).toBeGreaterThanOrEqual(20);
    // The reader's colour still wins: the rules read the variables the same stylesheet sets.
    expect(ownStyle()!.textContent).toContain('--verbatim-color-altered: #123456');
    page.disconnect();
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'listed', enabledSites: [] });
    await vi.waitFor(() => expect(ownStyle()).toBeUndefined());
    expect([...document.querySelectorAll('style')].some((s) => s.textContent?.includes('::highlight('))).toBe(false);
    stop.abort();
  });

  it('drops highlights left under its names by a copy that is gone (an updated add-on in Firefox), and no others', async () => {
    // happy-dom has no CSS Custom Highlight API: a registry with the same surface stands in for it.
    class FakeHighlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
    (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
    document.body.innerHTML = '<article><h1>Budget</h1><p>“We will never raise taxes on working families,” the finance minister, Ana Ruiz, said on Monday.</p></article>';
    registry.set('verbatim-spliced', new FakeHighlight(document.createRange()));
    registry.set('page-own-highlight', new FakeHighlight(document.createRange()));
    await saveSettings(DEFAULT_SETTINGS);
    const stop = new AbortController();
    await startContent(document, stop.signal, { cutOffScriptsLinger: true });
    await vi.waitFor(() => expect([...registry.keys()].sort()).toEqual(['page-own-highlight', 'verbatim-altered']));
    stop.abort();
    expect([...registry.keys()]).toEqual(['page-own-highlight']);
    delete (window as unknown as { CSS?: unknown }).CSS;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
  });
});
