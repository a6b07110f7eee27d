// @vitest-environment happy-dom
// Renders the popup, options page and quote card under a pseudo-locale that wraps every message in ⟦…⟧.
// The fixture data has no letters, so any letter left outside ⟦…⟧ is English that bypasses messages.json.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import englishMessages from '../../public/_locales/en/messages.json';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp, type PopupApi } from '../../components/popup/PopupApp';
import { QuoteCard } from '../../components/QuoteCard';
import { fillSubstitutions } from '../../lib/i18n';
import type { PageQuotes } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { CheckedQuote } from '../../lib/types';

const english: Record<string, { message: string }> = englishMessages;

function quote(id: number, verdict: CheckedQuote['verdict'], speaker: string | null, withMatch = true): CheckedQuote {
  return {
    id: `q${id}`,
    text: `${id}${id}${id} ${id}`,
    kind: id === 2 ? 'fragment' : 'full',
    speaker: speaker ? { name: speaker, mention: speaker, confidence: 0.9 } : null,
    start: 0,
    end: 5,
    paragraph: 0,
    utteranceId: `q${id}`,
    verdict,
    reason: `∴ ${id}`,
    match: withMatch
      ? {
          sourceId: 's1',
          title: '§ 12',
          speaker: '#9',
          date: '2024-01-02',
          url: 'https://example.org/1',
          original: '111 1',
          before: '…0.',
          after: '2…',
          score: 1,
          diff: [{ op: 'equal', text: '111' }, { op: 'delete', text: '7' }, { op: 'insert', text: '8' }],
          offset: 3,
          turn: '#9',
        }
      : null,
  };
}

const page: PageQuotes = { state: 'ready', url: 'http://x/', title: '-', scareCount: 0, quotes: [quote(1, 'altered', '#1'), quote(2, 'exact', null), quote(3, 'unsourced', '#3', false)] };

function fakeApi(pageQuotes: PageQuotes | null, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    pageQuotes: async () => pageQuotes,
    indexStatus: async () => ({ state: 'ready', docs: 1, words: 10 }),
    showQuote: async () => false,
    setEnabled: async () => undefined,
    listSources: async () => [{ id: 's1', title: '§ 12', speaker: '#9', date: '2024', url: null }],
    searchText: async (phrase) => (phrase === '12' ? [{ meta: { id: 's1', title: '§ 12', speaker: '#9', date: '2024', url: null }, passage: '4 4 4', offset: 0, score: 1 }] : []),
    copy: async () => undefined,
    usePageAsSource: async () => '§ 12',
    openSourcesPage: () => undefined,
    openOptionsPage: () => undefined,
    ...overrides,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
let host: HTMLElement;
const untranslated: string[] = [];
let translatedCount = 0;

/** Removes ⟦…⟧ from the inside out: a message may carry another as a substitution. */
function withoutMessages(text: string): string {
  for (let previous = ''; previous !== text; ) [previous, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, '')];
  return text;
}

/** Collects text and labelling attributes with letters outside ⟦…⟧. */
function audit(view: string) {
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of host.querySelectorAll('*')) {
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  for (const text of texts) {
    translatedCount += text.match(/⟦/g)?.length ?? 0;
    if (/\p{L}/u.test(withoutMessages(text))) untranslated.push(`${view}: ${JSON.stringify(text)}`);
  }
}

async function mount(view: string, node: preact.ComponentChild) {
  render(null, host);
  render(node, host);
  await flush();
  await flush();
  audit(view);
}

const click = async (element: Element | null | undefined) => {
  (element as HTMLElement).click();
  await flush();
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) =>
    `⟦${fillSubstitutions(english[key]!.message, [substitutions ?? []].flat())}⟧`) as typeof browser.i18n.getMessage);
});

afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

describe('every visible string comes from messages', () => {
  it('popup: list, legend, detail, actions, search and footer', async () => {
    untranslated.length = 0;
    translatedCount = 0;
    await mount('list', <PopupApp api={fakeApi(page)} />);
    await click(host.querySelectorAll('.vb-item')[0]);
    audit('detail');
    await click(host.querySelectorAll('.vb-actions button')[0]);
    audit('quote gone');
    await click(host.querySelectorAll('.vb-actions button')[1]);
    audit('citation copied');
    await click(host.querySelector('.vb-detail .vb-link'));
    await click(host.querySelectorAll('.vb-item')[2]);
    audit('detail without source');
    await click(host.querySelectorAll('.vb-foot button')[0]);
    audit('page saved');
    await click(host.querySelectorAll('.vb-tabs button')[1]);
    const input = host.querySelector<HTMLInputElement>('input[type=search]')!;
    for (const phrase of ['12', '99']) {
      input.value = phrase;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
      host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await flush();
      audit(`search ${phrase}`);
    }
    expect(host.querySelector('.vb-hits')).toBeNull(); // the last search found nothing: its empty state was audited
    expect(untranslated).toEqual([]);
    expect(translatedCount).toBeGreaterThan(40);
  });

  it('popup: empty, blocked, off, scanning and error states', async () => {
    untranslated.length = 0;
    await mount('loading', <PopupApp api={fakeApi(page, { pageQuotes: () => new Promise(() => undefined) })} />);
    await mount('blocked', <PopupApp api={fakeApi(null)} />);
    await mount('off', <PopupApp api={fakeApi({ ...page, state: 'disabled', quotes: [] })} />);
    await mount('one scare term', <PopupApp api={fakeApi({ ...page, quotes: [], scareCount: 1 })} />);
    await mount('scare terms', <PopupApp api={fakeApi({ ...page, quotes: [], scareCount: 2 })} />);
    await mount('index loading', <PopupApp api={fakeApi(page, { indexStatus: async () => ({ state: 'loading', docs: 0, words: 0 }) })} />);
    await mount('index error', <PopupApp api={fakeApi(page, { indexStatus: async () => ({ state: 'error', docs: 0, words: 0, error: '500' }) })} />);
    await mount('save failed', <PopupApp api={fakeApi(page, { usePageAsSource: () => Promise.reject(new Error('507')) })} />);
    await click(host.querySelectorAll('.vb-foot button')[0]);
    audit('save failed');
    expect(host.textContent).toContain('⟦Could not save this page: 507⟧');
    expect(untranslated).toEqual([]);
  });

  it('options page and quote card', async () => {
    untranslated.length = 0;
    await mount('options', <OptionsApp api={{ load: async () => DEFAULT_SETTINGS, save: async () => undefined, openSourcesPage: () => undefined }} />);
    expect(host.querySelector('input[type=color]')?.getAttribute('aria-label')).toBe('⟦⟦Exact⟧ colour⟧');
    await mount('card', <QuoteCard quote={quote(1, 'spliced', '#1')} onClose={() => undefined} />);
    expect(untranslated).toEqual([]);
  });

  it('the audit catches English that bypasses messages', async () => {
    untranslated.length = 0;
    await mount('control', <p title="Hard-coded">⟦fine⟧ 12 but not this</p>);
    expect(untranslated).toEqual(['control: "⟦fine⟧ 12 but not this"', 'control: "Hard-coded"']);
  });
});
