// @vitest-environment happy-dom
// Renders the popup, options page, quote card and sources page under a pseudo-locale that wraps every message in ⟦…⟧.
// The fixture data has no letters, so any letter left outside ⟦…⟧ is English that bypasses messages.json.
import { File as NodeFile } from 'node:buffer';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import englishMessages from '../../public/_locales/en/messages.json';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp, type PopupApi } from '../../components/popup/PopupApp';
import { QuoteCard } from '../../components/QuoteCard';
import type { UploadProgress, UploadResult } from '../../components/sources/ingest';
import { SourcesApp } from '../../components/sources/SourcesApp';
import { UploadPanel } from '../../components/sources/UploadPanel';
import { fillSubstitutions } from '../../lib/i18n';
import type { PageQuotes } from '../../lib/messaging';
import { SourceError } from '../../lib/sources/errors';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { CheckedQuote, SourceDoc } from '../../lib/types';
import { freshStore } from '../store/helpers';

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
    // (Every part of a reason: its words come from the messages too.)
    reason: { kind: 'altered', changedWords: id + 2, changes: [{ kind: 'changed', from: `${id}`, to: `${id + 1}` }, { kind: 'added', words: `${id}` }, { kind: 'dropped', words: `${id + 2}` }], more: true, unmarkedCut: true },
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
    // (Key names are the browser's words, not ours.)
    quoteShortcuts: async () => ({ next: '⌥⇧.', previous: '⌥⇧,' }),
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
  // Inline <code> inside a message (a command, say) would split the message's text in two: read it as plain text.
  const root = host.cloneNode(true) as HTMLElement;
  for (const code of root.querySelectorAll('code')) code.replaceWith(code.textContent ?? '');
  root.normalize();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('*')) {
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

/** Types into a field as the user would; Preact reads the value from the input event. */
async function type(selector: string, value: string) {
  const field = host.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await flush();
}

function chooseFiles(selector: string, files: NodeFile[]) {
  const input = host.querySelector<HTMLInputElement>(selector)!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function submit(form: Element | null) {
  form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
}

/** The status toast's text, once it shows `expected`. */
async function toastShows(expected: string) {
  await vi.waitFor(() => expect(host.querySelector('.toast')?.textContent).toContain(expected));
}

const sourceDoc = (title: string, speaker: string | null, text: string, turns?: SourceDoc['turns']): SourceDoc => ({
  id: title,
  title,
  speaker,
  date: '2024-01-02',
  url: null,
  text,
  ...(turns ? { turns } : {}),
});

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
    await mount('check failed', <PopupApp api={fakeApi({ ...page, quotes: [], error: '500' })} />);
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

  it('sources page: list, packs, edit, search, paste, upload and toasts', async () => {
    untranslated.length = 0;
    translatedCount = 0;
    const store = freshStore();
    await store.addSources([sourceDoc('§ 12', '#9', '11 22 33', [{ start: 0, end: 2, speaker: '#1' }, { start: 3, end: 8, speaker: '#2' }])], 'upload');
    await store.addSources([sourceDoc('§ 13', null, '44', [{ start: 0, end: 2, speaker: '#1' }])], 'paste');
    await store.addSources([sourceDoc('§ 14', '#4', '55 66')], 'page');
    const elsewhere = freshStore();
    await elsewhere.addSources([sourceDoc('§ 20', '#2', '20 21 22')], 'paste');
    const pack = await elsewhere.exportPack();
    await store.importPack('20', pack);

    await mount('sources list', <SourcesApp store={store} loadBundledSummary={async () => ({ docs: 1466, words: 4_470_000 })} download={() => undefined} />);
    await vi.waitFor(() => expect(host.querySelectorAll('.source:not(.pack)')).toHaveLength(3));
    audit('sources list');
    expect(host.querySelector('.hint code')?.textContent).toBe('verbatim index'); // the command inside the packs hint
    expect(host.querySelector('.sources')?.textContent).toContain('⟦1 speaker turn⟧');
    expect(host.querySelector('.sources')?.textContent).toContain('⟦Imported pack · ⟦1 source⟧ · ⟦3 words⟧⟧');

    await click(host.querySelector('.source:not(.pack) button'));
    expect(host.querySelector('form.edit')).not.toBeNull();
    audit('edit form');
    await click(host.querySelector('form.edit button[type=button]'));

    await type('#source-search', '99');
    audit('search without match');
    expect(host.textContent).toContain('⟦No source matches “99”.⟧');
    await type('#source-search', '');

    const pasteForm = () => host.querySelector('form.panel');
    await submit(pasteForm());
    audit('empty paste');
    expect(host.querySelector('[role=alert]')?.textContent).toBe('⟦Paste the transcript text first.⟧');
    await type('#paste-text', 'Q: 11\nA: 22\nQ: 33');
    await type('#paste-title', '§ 15');
    await submit(pasteForm());
    await toastShows('§ 15');
    audit('pasted with turns');
    expect(host.querySelector('.toast')?.textContent).toMatch(/speaker turns⟧\)\.⟧/);
    await type('#paste-text', '77 88');
    await type('#paste-title', '§ 16');
    await type('#paste-turns', 'none');
    await submit(pasteForm());
    await toastShows('§ 16');
    audit('pasted');

    await click(host.querySelector('.source:not(.pack) button.danger'));
    await toastShows('⟦Deleted');
    audit('deleted');
    await click(host.querySelector('.toast button'));
    await toastShows('⟦Source restored.⟧');
    audit('restored');

    await click(host.querySelectorAll('.source.pack input[role=switch]')[1]);
    await vi.waitFor(() => expect(host.querySelectorAll('.source.pack .switch span')[2]?.textContent).toBe('⟦Off⟧'));
    audit('pack off');
    chooseFiles('#import-pack', [new NodeFile([pack], '30.verbatim')]);
    await toastShows('⟦Imported pack “30”');
    audit('pack imported');
    await click(host.querySelector('.source.pack button.quiet'));
    await toastShows('⟦Removed pack');
    audit('pack removed');

    chooseFiles('#upload-files', [
      new NodeFile(['---\ntitle: § 17\n---\n17 18'], '17.md'),
      new NodeFile([new Uint8Array([0, 0, 0])], '18.txt'),
      new NodeFile(['19'], '19.exe'),
    ]);
    await vi.waitFor(() => expect(host.querySelector('.ok')?.textContent).toBe('⟦Added 1 source: § 17.⟧'));
    audit('uploaded');
    expect(host.querySelectorAll('.errors li')).toHaveLength(2);

    vi.spyOn(store, 'setBundledEnabled').mockRejectedValue(new Error('507'));
    await click(host.querySelector('.source.pack input[role=switch]'));
    await toastShows('507');
    audit('action failed');
    expect(untranslated).toEqual([]);
    expect(translatedCount).toBeGreaterThan(40);
  });

  it('sources page: unreadable store, unknown bundle size, upload progress and failures', async () => {
    untranslated.length = 0;
    const broken = freshStore();
    vi.spyOn(broken, 'listSources').mockRejectedValue(new Error('500'));
    await mount('store error', <SourcesApp store={broken} loadBundledSummary={async () => null} download={() => undefined} />);
    await vi.waitFor(() => expect(host.querySelector('[role=alert]')?.textContent).toBe('⟦Could not read your sources: 500⟧'));
    audit('store error');

    let report: (progress: UploadProgress) => void = () => undefined;
    let finish: (result: UploadResult) => void = () => undefined;
    await mount(
      'upload panel',
      <UploadPanel
        onUpload={(_files, onProgress) => {
          report = onProgress;
          return new Promise((resolve) => (finish = resolve));
        }}
      />,
    );
    chooseFiles('#upload-files', ['1', '2', '3', '4'].map((name) => new NodeFile([name], name)));
    for (const stage of ['reading', 'adding'] as const) {
      report({ file: '2', fileIndex: 1, fileCount: 4, stage, loaded: 1, size: 2 });
      await flush();
      expect(host.querySelector('progress')).not.toBeNull();
      audit(`upload ${stage}`);
    }
    finish({
      added: [{ file: '1', ids: ['a', 'b'], titles: ['§ 1', '§ 2'] }],
      errors: [new SourceError('4', '∅')],
    });
    await flush();
    expect(host.querySelector('.ok')?.textContent).toBe('⟦Added 2 sources: § 1, § 2.⟧');
    expect(host.querySelector('.errors li')?.textContent).toBe('⟦4: ∅⟧');
    audit('upload result');
    expect(untranslated).toEqual([]);
  });

  it('the audit catches English that bypasses messages', async () => {
    untranslated.length = 0;
    await mount('control', <p title="Hard-coded">⟦fine⟧ 12 but not this</p>);
    // Inline code is read as part of the text around it: inside a message it passes, outside it does not.
    await mount('code', <p>⟦run <code>this</code> now⟧ <code>not this</code></p>);
    expect(untranslated).toEqual(['control: "⟦fine⟧ 12 but not this"', 'control: "Hard-coded"', 'code: "⟦run this now⟧ not this"']);
  });
});
