// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/popup/PopupApp';
import { t } from '../../lib/i18n';
import { citationFor } from '../../components/popup/citation';
import type { PageQuotes, TextHit } from '../../lib/messaging';
import type { CheckedQuote, SourceMeta } from '../../lib/types';

function quote(id: string, verdict: CheckedQuote['verdict'], speaker: string | null, withMatch = true): CheckedQuote {
  return {
    id,
    text: `words of ${id}`,
    kind: 'full',
    speaker: speaker ? { name: speaker, mention: speaker, confidence: 0.9 } : null,
    start: 0,
    end: 10,
    paragraph: 0,
    utteranceId: id,
    verdict,
    reason: { kind: 'altered', changedWords: 1, changes: [{ kind: 'changed', from: 'was', to: id }], more: false, unmarkedCut: false },
    match: withMatch
      ? { sourceId: 's1', title: 'A speech', speaker: speaker ?? 'Someone', date: '2024', url: 'https://example.org/s', original: `words of ${id}`, before: 'Before.', after: 'After.', score: 1, diff: [{ op: 'equal', text: `words of ${id}` }, { op: 'delete', text: ' gone' }], offset: 5 }
      : null,
  };
}

function fakeApi(page: PageQuotes | null, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    pageQuotes: async () => page,
    indexStatus: async () => ({ state: 'ready', docs: 1, words: 10 }),
    showQuote: vi.fn(async () => true),
    setEnabled: vi.fn(async () => undefined),
    listSources: async () => [],
    searchText: async () => [],
    copy: vi.fn(async () => undefined),
    usePageAsSource: vi.fn(async () => 'Press briefing'),
    openSourcesPage: vi.fn(),
    openOptionsPage: vi.fn(),
    quoteShortcuts: async () => ({ next: 'Alt+Shift+.', previous: 'Alt+Shift+,' }),
    ...overrides,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
let root: HTMLElement;

async function mount(api: PopupApi) {
  root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp api={api} />, root);
  await flush();
  await flush();
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  const page: PageQuotes = { state: 'ready', url: 'http://x/', title: 'T', scareCount: 1, quotes: [quote('q0', 'exact', 'Ada Lovelace'), quote('q1', 'altered', 'Ada Lovelace'), quote('q2', 'unsourced', null, false)] };

  it('names the keys the reader has for moving between quotes, or where to set them when there are none', async () => {
    const el = await mount(fakeApi(page, { quoteShortcuts: async () => ({ next: 'Ctrl+Shift+9', previous: 'Ctrl+Shift+8' }) }));
    const hint = el.querySelector('.vb-legend-keys')!.textContent!;
    expect(hint).toContain('Ctrl+Shift+9 opens the next');
    expect(hint).toContain('Ctrl+Shift+8 the previous');
    render(null, root);
    root.remove();
    const unset = await mount(fakeApi(page, { quoteShortcuts: async () => ({ next: '', previous: 'Alt+Shift+,' }) }));
    expect(unset.querySelector('.vb-legend-keys')!.textContent).toContain('keyboard shortcuts for extensions');
  });

  it('lists the quotes with verdict, speaker and source', async () => {
    const el = await mount(fakeApi(page));
    const items = el.querySelectorAll('.vb-item');
    expect(items.length).toBe(3);
    expect([...items].map((item) => item.getAttribute('data-verdict'))).toEqual(['exact', 'altered', 'unsourced']);
    expect(items[0]!.textContent).toContain('Ada Lovelace');
    expect(items[0]!.textContent).toContain('A speech');
    expect(items[2]!.textContent).toContain('Unknown speaker');
  });

  it('marks a speaker the page does not name at the quote as a guess', async () => {
    const guessed = { ...quote('q3', 'exact', 'Ada Lovelace'), speaker: { name: 'Ada Lovelace', mention: '', confidence: 0.6 } };
    const el = await mount(fakeApi({ ...page, quotes: [quote('q0', 'exact', 'Ada Lovelace'), guessed] }));
    const speakers = [...el.querySelectorAll('.vb-item-speaker')];
    expect(speakers[0]!.textContent).toBe('Ada Lovelace');
    expect(speakers[1]!.textContent).toBe('Ada Lovelace (probably)');
    expect(speakers[1]!.getAttribute('title')).toContain('guessed');
  });

  it('filters by verdict with counts', async () => {
    const el = await mount(fakeApi(page));
    const chip = [...el.querySelectorAll<HTMLButtonElement>('.vb-chip')].find((button) => button.textContent?.includes('Altered'));
    expect(chip?.textContent).toContain('1');
    chip!.click();
    await flush();
    expect([...el.querySelectorAll('.vb-item')].map((item) => item.getAttribute('data-verdict'))).toEqual(['altered']);
  });

  it('lists quotes that arrive while it is open', async () => {
    let changed: () => void = () => undefined;
    let current: PageQuotes = { ...page, quotes: page.quotes.slice(0, 1) };
    const el = await mount(fakeApi(null, { pageQuotes: async () => current, onPageChanged: (listener) => ((changed = listener), () => undefined) }));
    expect(el.querySelectorAll('.vb-item')).toHaveLength(1);
    current = page;
    changed();
    await flush();
    expect(el.querySelectorAll('.vb-item')).toHaveLength(3);
  });

  it('shows everything again when the chosen speaker or verdict is gone after the page changed (review of session 10)', async () => {
    let changed: () => void = () => undefined;
    let current: PageQuotes = page;
    const el = await mount(fakeApi(null, { pageQuotes: async () => current, onPageChanged: (listener) => ((changed = listener), () => undefined) }));
    const select = el.querySelector<HTMLSelectElement>('.vb-speaker-filter select')!;
    select.value = 'Unknown speaker';
    select.dispatchEvent(new Event('change'));
    await flush();
    expect(el.querySelectorAll('.vb-item')).toHaveLength(1);
    current = { ...page, quotes: page.quotes.slice(0, 2) };
    changed();
    await flush();
    expect(el.querySelectorAll('.vb-item')).toHaveLength(2);
    // (Second review: and it does not come back by itself when the speaker does.)
    current = page;
    changed();
    await flush();
    expect(el.querySelectorAll('.vb-item')).toHaveLength(3);
  });

  it('filters by speaker, each with their count', async () => {
    const el = await mount(fakeApi(page));
    const options = [...el.querySelectorAll<HTMLOptionElement>('.vb-speaker-filter option')].map((option) => option.textContent);
    expect(options.slice(1)).toEqual(['Ada Lovelace (2)', 'Unknown speaker (1)']);
  });

  it('shows the detail with the diff, and shows the quote on the page', async () => {
    const api = fakeApi(page);
    const el = await mount(api);
    el.querySelector<HTMLButtonElement>('.vb-item')!.click();
    await flush();
    expect(el.querySelector('.vb-detail')).not.toBeNull();
    expect(el.querySelector('.vb-diff del')?.textContent).toContain('gone');
    expect(el.querySelector('.vb-meta a')?.getAttribute('href')).toBe('https://example.org/s');
    const show = [...el.querySelectorAll('button')].find((button) => button.textContent === 'Show on page')!;
    show.click();
    await flush();
    expect(api.showQuote).toHaveBeenCalledWith('q0');
    const copy = [...el.querySelectorAll('button')].find((button) => button.textContent === 'Copy citation')!;
    copy.click();
    await flush();
    expect(api.copy).toHaveBeenCalledWith(citationFor(page.quotes[0]!));
  });

  it('says the source wording could not be loaded when its details never came, but keeps the source', async () => {
    const pending = quote('q0', 'altered', 'Ada Lovelace');
    pending.match = { ...pending.match!, original: '', before: '', after: '', diff: [], detailsPending: true };
    const el = await mount(fakeApi({ ...page, quotes: [pending] }));
    el.querySelector<HTMLButtonElement>('.vb-item')!.click();
    await flush();
    expect(el.querySelector('.vb-context')?.textContent).toMatch(/could not be loaded/);
    expect(el.querySelector('.vb-diff')).toBeNull();
    expect(el.querySelector('.vb-meta a')?.textContent).toBe('A speech');
  });

  it('says so when there are no quotes, when the page is off limits, and when the site is off', async () => {
    expect((await mount(fakeApi({ ...page, quotes: [], scareCount: 0 }))).textContent).toContain('No quotes found on this page.');
    render(null, root);
    expect((await mount(fakeApi(null))).textContent).toContain('can’t read this page');
    render(null, root);
    expect((await mount(fakeApi({ ...page, state: 'disabled', quotes: [] }))).textContent).toContain('off for this site');
    render(null, root);
    expect((await mount(fakeApi({ ...page, quotes: [], error: 'the background stopped' }))).textContent).toContain('Could not check this page: the background stopped');
  });

  it('tells the reader while the index is loading', async () => {
    const el = await mount(fakeApi(page, { indexStatus: async () => ({ state: 'loading', docs: 0, words: 0 }) }));
    expect(el.textContent).toContain('Loading the source index');
  });
});

describe('search tab', () => {
  it('finds source titles by a misspelt speaker once the box is used, and lists phrase hits', async () => {
    const meta = (id: string, title: string, speaker: string) => ({ id, title, speaker, date: '1941', kind: 'speech', origin: 'bundled' }) as unknown as SourceMeta;
    const listSources = vi.fn(async () => [meta('a', 'Annual Message to Congress', 'Franklin D. Roosevelt'), meta('b', 'Address to the General Assembly', 'Shehbaz Sharif')]);
    const searchText = vi.fn(async (phrase: string) => [{ meta: meta('a', 'Annual Message to Congress', 'Franklin D. Roosevelt'), offset: 3, passage: `… the ${phrase} …` }] as unknown as TextHit[]);
    const el = await mount(fakeApi(null, { listSources, searchText }));
    [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((button) => button.getAttribute('aria-selected') === 'false')!.click();
    await flush();
    expect(listSources).not.toHaveBeenCalled();
    const input = el.querySelector<HTMLInputElement>('#vb-search-input')!;
    input.value = 'Rosevelt';
    input.dispatchEvent(new Event('input'));
    // (The fuzzy search loads fuse.js on first use: on a loaded machine that takes more than two ticks.)
    await vi.waitFor(() => expect([...el.querySelectorAll('.vb-sources li strong')].map((title) => title.textContent)).toEqual(['Annual Message to Congress']), { timeout: 2000 });
    expect(listSources).toHaveBeenCalledTimes(1);
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(el.querySelector('.vb-hits')?.textContent).toContain('the Rosevelt'), { timeout: 2000 });
    expect(searchText).toHaveBeenCalledWith('Rosevelt');
  });
});

describe('use this page as a source', () => {
  it('saves the page and says so, or says why not', async () => {
    const page: PageQuotes = { state: 'ready', url: 'http://x/', title: 'T', scareCount: 0, quotes: [] };
    const el = await mount(fakeApi(page));
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Use this page as a source')!.click();
    await flush();
    expect(el.textContent).toContain('Saved “Press briefing” to your sources.');
    render(null, root);
    const failing = await mount(fakeApi(page, { usePageAsSource: async () => Promise.reject(new Error('Browser storage is full')) }));
    [...failing.querySelectorAll('button')].find((b) => b.textContent === 'Use this page as a source')!.click();
    await flush();
    expect(failing.textContent).toContain('Could not save this page: Browser storage is full');
  });
});

describe('citation', () => {
  it('names the speaker, the source and, when not exact, the source wording', () => {
    const text = citationFor(quote('q1', 'altered', 'Ada Lovelace'));
    expect(text).toContain('“words of q1” — Ada Lovelace');
    expect(text).toContain('A speech, 2024 <https://example.org/s>');
    expect(text).toContain('Source wording:');
    expect(citationFor(quote('q0', 'exact', 'Ada Lovelace'))).not.toContain('Source wording:');
    // The verdict by its name, not its code; a date the title already gives is not repeated.
    expect(text).toContain("Verbatim: Altered — 1 word changed: 'was' → 'q1'");
    const dated = quote('q2', 'exact', 'Ada Lovelace');
    expect(citationFor({ ...dated, match: { ...dated.match!, title: 'UN General Debate, session 79, 2024', date: '2024' } })).toContain('UN General Debate, session 79, 2024 <');
  });
});

describe('diff view', () => {
  it('puts spaces between word runs, marks each side in words as well as style', async () => {
    const { DiffView } = await import('../../components/DiffView');
    const host = document.createElement('div');
    render(<DiffView diff={[{ op: 'equal', text: 'yet pays a' }, { op: 'delete', text: 'disproportionate' }, { op: 'insert', text: 'steep' }, { op: 'equal', text: 'price' }, { op: 'equal', text: ', said' }]} />, host);
    expect(host.textContent).toBe('yet pays a [source only: disproportionate] [page only: steep] price, said');
    expect(host.querySelector('del')?.textContent).toContain('disproportionate');
    expect(host.querySelector('ins')?.textContent).toContain('steep');
  });
});

describe('popup opened after the page answered', () => {
  const page: PageQuotes = { state: 'ready', url: 'http://x/', title: 'T', scareCount: 0, quotes: [quote('q0', 'exact', 'Ada Lovelace'), quote('q1', 'spliced', 'Ada Lovelace')] };

  it('draws the list with its first frame, without asking the page again', () => {
    const pageQuotes = vi.fn(async () => page);
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp api={fakeApi(page, { pageQuotes })} firstPage={page} />, root);
    // Synchronously after the first render: no loading line in between.
    expect(root.querySelectorAll('.vb-item')).toHaveLength(2);
    expect(root.querySelector('.vb-empty')).toBeNull();
    expect(pageQuotes).not.toHaveBeenCalled();
  });

  it('says the page is off limits at once when no page script answered', () => {
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp api={fakeApi(null)} firstPage={null} />, root);
    expect(root.querySelector('.vb-empty')?.textContent).toBe(t('popupPageBlocked'));
  });

  it('keeps asking a page that was still being checked when it opened', async () => {
    const scanning: PageQuotes = { ...page, state: 'scanning', quotes: [] };
    const pageQuotes = vi.fn(async () => page);
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp api={fakeApi(page, { pageQuotes })} firstPage={scanning} />, root);
    expect(root.querySelector('.vb-empty')?.textContent).toBe(t('popupScanning'));
    await vi.waitFor(() => expect(root.querySelectorAll('.vb-item')).toHaveLength(2), { timeout: 2000 });
    expect(pageQuotes).toHaveBeenCalledTimes(1);
  });
});

describe('popup with a long page', () => {
  it('draws the first screenful at once and then every quote', async () => {
    const many: PageQuotes = { state: 'ready', url: 'http://x/', title: 'Long', scareCount: 0, quotes: Array.from({ length: 60 }, (_, i) => quote(`q${i}`, 'exact', 'Ana Ruiz')) };
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp api={fakeApi(many)} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('.vb-item').length).toBeGreaterThanOrEqual(20));
    await vi.waitFor(() => expect(root.querySelectorAll('.vb-item')).toHaveLength(60));
    expect(root.querySelector('.vb-item-text')?.textContent).toContain('words of q0');
  });
});
