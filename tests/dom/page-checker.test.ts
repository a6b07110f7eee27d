// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_READ_SPACING_MS, PageChecker, readDelays } from '../../lib/dom/page-checker';
import type { TextCheck } from '../../lib/check';
import type { BlockInfo } from '../../lib/dom/page-text';
import { detectQuotes } from '../../lib/quotes/index';
import type { MatchResult, Quote } from '../../lib/types';
import { VERDICTS } from '../../lib/types';

// happy-dom has no CSS Custom Highlight API: a registry with the same surface stands in for it.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
  (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
});

function article(paragraphs: string[]) {
  const el = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Minister defends budget';
  el.append(h1);
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    el.append(p);
  }
  document.body.append(el);
  return el;
}

const verdictFor = (query: Quote): MatchResult =>
  query.text.includes('never') ? { verdict: 'altered', reason: { kind: 'altered', changedWords: 1, changes: [{ kind: 'changed', from: 'not', to: 'never' }], more: false, unmarkedCut: false }, match: null } : { verdict: 'exact', reason: { kind: 'exact' }, match: null };

// Stands in for the background: the real quote engine, with a verdict rule instead of the index.
async function checkLocally(text: string, blocks: BlockInfo[]): Promise<TextCheck> {
  const quotes = detectQuotes(text, blocks);
  return { quotes, results: quotes.map((q) => (q.kind === 'scare' ? null : verdictFor(q))) };
}

const painted = () => Object.fromEntries([...registry].map(([name, set]) => [name, set.size]));

describe('PageChecker', () => {
  it('reads the article off the page, has it checked in one call, and paints each verdict', async () => {
    article([
      '“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.',
      'Ruiz added that the deficit would “never again” be allowed to grow, and called the plan “a promise kept”.',
    ]);
    const check = vi.fn(checkLocally);
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS });
    await checker.start();
    const counts = painted();
    expect(counts['verbatim-altered']).toBe(1);
    expect(counts['verbatim-exact']).toBeGreaterThanOrEqual(1);
    const quotes = checker.pageQuotes().quotes;
    const first = quotes.find((q) => q.text.startsWith('We will not raise taxes'));
    expect(first?.speaker?.name).toBe('Ana Ruiz');
    // Only text and plain block data cross to the background, once for the whole page.
    expect(check).toHaveBeenCalledTimes(1);
    const [text, blocks] = check.mock.calls[0]!;
    expect(text).toContain('Finance Minister Ana Ruiz');
    expect(text).not.toContain('<');
    expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
    // Each painted range covers exactly the quote's words on the page.
    const range = checker.rangeOf(first!.id);
    expect(range?.toString()).toBe(first!.text);
  });

  it('paints only the verdicts the user chose, but lists every quote, and can still show and flash the others', async () => {
    article(['“We will not raise taxes,” Ana Ruiz said. She said cuts would “never” come.']);
    const checker = new PageChecker(document, { check: checkLocally, highlightVerdicts: ['altered'] });
    await checker.start();
    expect(Object.keys(painted())).toEqual(['verbatim-altered']);
    const quotes = checker.pageQuotes().quotes;
    expect(quotes.length).toBe(2);
    const unpainted = quotes.find((quote) => quote.verdict !== 'altered')!;
    Element.prototype.scrollIntoView ??= () => undefined;
    expect(checker.show(unpainted.id)).toBe(true);
    expect(checker.rangeOf(unpainted.id)?.toString()).toBe(unpainted.text);
    expect(painted()['verbatim-flash']).toBe(1);
  });

  it('rescans once per batch of changes, keeps quote ids, and ignores its own nodes', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const check = vi.fn(checkLocally);
    const own = document.createElement('div');
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, isOwnNode: (node) => node === own || own.contains(node), mutationDelayMs: 50, mutationMaxWaitMs: 200 });
    await checker.start();
    const [firstQuote] = checker.pageQuotes().quotes;
    expect(checker.pageQuotes().quotes.length).toBe(1);
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `“Every region will get its share, number ${i + 1},” Ruiz said.`;
      el.append(p);
    }
    await vi.advanceTimersByTimeAsync(100);
    const quotes = checker.pageQuotes().quotes;
    expect(quotes.length).toBe(4);
    expect(quotes[0]!.id).toBe(firstQuote!.id);
    expect(check).toHaveBeenCalledTimes(2);
    // Our own UI changing (the card) never triggers a rescan.
    document.body.append(own);
    own.textContent = '“not a quote of the page”';
    await vi.advanceTimersByTimeAsync(300);
    expect(check).toHaveBeenCalledTimes(2);
    checker.stop();
  });

  it('re-checks when text is edited in place, a quote is removed, or hidden text is shown', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.', '“Every region will get its share of the fund,” Ruiz said.']);
    const hidden = document.createElement('p');
    hidden.hidden = true;
    hidden.textContent = '“Nobody will be left behind by this budget,” Ruiz added.';
    el.append(hidden);
    const check = vi.fn(checkLocally);
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, mutationDelayMs: 10, mutationMaxWaitMs: 50 });
    await checker.start();
    const texts = () => checker.pageQuotes().quotes.map((quote) => quote.text);
    expect(texts()).toHaveLength(2);
    // A text node's data changed, nothing added or removed.
    const textNode = el.querySelector('p')!.firstChild as Text;
    textNode.data = textNode.data.replace('working families', 'anyone');
    await vi.advanceTimersByTimeAsync(100);
    expect(texts()[0]).toContain('on anyone this year');
    // A paragraph removed.
    el.querySelectorAll('p')[1]!.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(texts()).toHaveLength(1);
    // A hidden paragraph shown ("Read more").
    hidden.hidden = false;
    await vi.advanceTimersByTimeAsync(100);
    expect(texts().some((text) => text.startsWith('Nobody will be left behind'))).toBe(true);
    checker.stop();
  });

  it('does not re-check when a storm of changes leaves the article text as it was', async () => {
    vi.useFakeTimers();
    article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const ticker = document.createElement('aside');
    ticker.className = 'sidebar';
    ticker.textContent = '0';
    document.body.append(ticker);
    const check = vi.fn(checkLocally);
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, mutationDelayMs: 20, mutationMaxWaitMs: 50 });
    await checker.start();
    for (let i = 1; i <= 2000; i++) ticker.textContent = String(i);
    await vi.advanceTimersByTimeAsync(200);
    expect(check).toHaveBeenCalledTimes(1);
    checker.stop();
  });

  it('reports a failed check with its reason, paints nothing, and tries again on the next change', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const check = vi.fn(async (_text: string, _blocks: BlockInfo[]): Promise<TextCheck> => Promise.reject(new Error('index not loaded')));
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, mutationDelayMs: 10 });
    await checker.start();
    expect(checker.pageQuotes()).toMatchObject({ state: 'ready', quotes: [], error: 'index not loaded' });
    expect(registry.size).toBe(0);
    check.mockImplementation(checkLocally);
    const p = document.createElement('p');
    p.textContent = 'A later paragraph.';
    el.append(p);
    await vi.advanceTimersByTimeAsync(100);
    expect(check).toHaveBeenCalledTimes(2);
    expect(checker.pageQuotes().error).toBeUndefined();
    expect(checker.pageQuotes().quotes).toHaveLength(1);
    expect(registry.size).toBeGreaterThan(0);
    checker.stop();
  });

  it('tries a failed check again by itself, a few times, further apart, on a page that does not change', async () => {
    vi.useFakeTimers();
    article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const check = vi.fn(async (_text: string, _blocks: BlockInfo[]): Promise<TextCheck> => Promise.reject(new Error('engine not listening')));
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, retryDelaysMs: [100, 300] });
    await checker.start();
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(check).toHaveBeenCalledTimes(2);
    check.mockImplementation(checkLocally);
    await vi.advanceTimersByTimeAsync(150);
    expect(check).toHaveBeenCalledTimes(3);
    expect(checker.pageQuotes().error).toBeUndefined();
    expect(registry.size).toBeGreaterThan(0);
    // Out of tries: a check that keeps failing is left alone until the page changes.
    check.mockImplementation(async () => Promise.reject(new Error('gone')));
    checker.stop();
    await checker.start();
    await vi.advanceTimersByTimeAsync(2000);
    expect(check).toHaveBeenCalledTimes(6);
    expect(checker.pageQuotes().error).toBe('gone');
    checker.stop();
    await vi.advanceTimersByTimeAsync(2000);
    expect(check).toHaveBeenCalledTimes(6);
  });

  it('on stop leaves alone the highlights a newer copy of Verbatim registered under the same names', async () => {
    article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const old = new PageChecker(document, { check: checkLocally, highlightVerdicts: VERDICTS });
    await old.start();
    const newer = new PageChecker(document, { check: checkLocally, highlightVerdicts: VERDICTS });
    await newer.start();
    const theirs = new Map(registry);
    expect(theirs.size).toBeGreaterThan(0);
    old.stop();
    expect(new Map(registry)).toEqual(theirs);
    for (const [name, highlight] of theirs) expect(registry.get(name)).toBe(highlight);
    newer.stop();
    expect(registry.size).toBe(0);
  });

  it('paints other verdicts when the reader changes which to highlight, without checking the page again', async () => {
    article([
      '“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.',
      'Ruiz added that the deficit would “never again” be allowed to grow.',
    ]);
    const check = vi.fn(checkLocally);
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS });
    await checker.start();
    expect(Object.keys(painted()).sort()).toEqual(['verbatim-altered', 'verbatim-exact']);
    checker.restyle(['altered'], {});
    expect(Object.keys(painted())).toEqual(['verbatim-altered']);
    // Listed still: the popup shows every quote, painted or not.
    expect(checker.pageQuotes().quotes).toHaveLength(2);
    checker.restyle(VERDICTS, {});
    expect(Object.keys(painted()).sort()).toEqual(['verbatim-altered', 'verbatim-exact']);
    expect(check).toHaveBeenCalledTimes(1);
    checker.stop();
  });

  it('removes every highlight and stops observing on stop', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const check = vi.fn(checkLocally);
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, mutationDelayMs: 10 });
    await checker.start();
    expect(registry.size).toBeGreaterThan(0);
    checker.stop();
    expect(registry.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = '“A new quote after stop,” Ruiz said.';
    el.append(p);
    await vi.advanceTimersByTimeAsync(100);
    expect(check).toHaveBeenCalledTimes(1);
    expect(checker.pageQuotes()).toMatchObject({ state: 'disabled', quotes: [] });
  });
});

describe('without the Highlight API', () => {
  it('draws an overlay outside the page’s own nodes and removes it on stop', async () => {
    delete (window as unknown as { CSS?: unknown }).CSS;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const before = el.innerHTML;
    const checker = new PageChecker(document, { check: checkLocally, highlightVerdicts: VERDICTS, paintStyles: { exact: { color: '#009E73', line: 'solid' } } });
    await checker.start();
    expect(document.querySelector('verbatim-overlay')).not.toBeNull();
    expect(el.innerHTML).toBe(before);
    checker.stop();
    expect(document.querySelector('verbatim-overlay')).toBeNull();
  });

  it('draws its boxes again where the text has moved after a scroll, flashes a quote shown, and draws each verdict\'s line', async () => {
    delete (window as unknown as { CSS?: unknown }).CSS;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    // happy-dom lays nothing out: the quote's text is placed by hand, and moved.
    let top = 100;
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [{ left: 10, top, width: 200, height: 18, right: 210, bottom: top + 18 }] as unknown as DOMRectList);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const checker = new PageChecker(document, { check: checkLocally, highlightVerdicts: VERDICTS, paintStyles: { exact: { color: '#009E73', line: 'solid' } } });
    await checker.start();
    await frame();
    const boxes = () => [...document.querySelector('verbatim-overlay')!.shadowRoot!.children] as HTMLElement[];
    expect(boxes().map((box) => box.style.top)).toEqual(['100px']);
    expect(boxes()[0]!.style.borderBottom).toContain('solid');
    top = 40;
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(boxes().map((box) => box.style.top)).toEqual(['40px']);
    Element.prototype.scrollIntoView ??= () => undefined;
    expect(checker.show(checker.pageQuotes().quotes[0]!.id)).toBe(true);
    await frame();
    expect(boxes()).toHaveLength(2);
    // New colours from the options: the boxes are drawn again in them.
    checker.restyle(VERDICTS, { exact: { color: '#123456', line: 'dashed' } });
    await frame();
    expect(boxes()[0]!.style.borderBottom).toContain('dashed');
    checker.stop();
    rects.mockRestore();
  });
});

describe('PageChecker with details held back', () => {
  const wording = (q: Quote) => ({ original: `source: ${q.text}`, before: 'Before.', after: 'After.', diff: [{ op: 'equal' as const, text: q.text }] });
  const summary = { sourceId: 's1', title: 'A speech', speaker: 'Ana Ruiz', date: '2024-01-01', url: null, score: 1, offset: 0 };

  // Like the engine: verdicts first with empty wording and a check id, the wording on request.
  function engine(options: { forget?: boolean } = {}) {
    const held = new Map<string, Quote[]>();
    const check = vi.fn(async (text: string, blocks: BlockInfo[], details?: boolean): Promise<TextCheck> => {
      const quotes = detectQuotes(text, blocks);
      const full = (q: Quote): MatchResult => ({ verdict: 'exact', reason: { kind: 'exact' }, match: { ...summary, ...wording(q) } });
      if (details) return { quotes, results: quotes.map((q) => (q.kind === 'scare' ? null : full(q))) };
      held.set('c1', quotes);
      const lean = (q: Quote): MatchResult => ({ ...full(q), match: { ...summary, original: '', before: '', after: '', diff: [], detailsPending: true } });
      return { quotes, checkId: 'c1', results: quotes.map((q) => (q.kind === 'scare' ? null : lean(q))) };
    });
    const details = vi.fn(async (checkId: string) => {
      const quotes = options.forget ? undefined : held.get(checkId);
      return quotes ? quotes.map((q) => (q.kind === 'scare' ? null : wording(q))) : null;
    });
    return { check, details };
  }

  it('paints from the verdicts alone, then fills in the wording the card shows', async () => {
    article(['“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.']);
    const { check, details } = engine();
    const checker = new PageChecker(document, { check, details, highlightVerdicts: VERDICTS });
    await checker.start();
    expect(painted()['verbatim-exact']).toBe(1);
    await checker.whenDetailed();
    expect(details).toHaveBeenCalledWith('c1');
    const [quote] = checker.pageQuotes().quotes;
    expect(quote?.match).toMatchObject({ title: 'A speech', original: `source: ${quote?.text}`, before: 'Before.', after: 'After.' });
    expect(quote?.match?.detailsPending).toBeUndefined();
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('checks again with the details inline when the engine has forgotten them', async () => {
    article(['“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.']);
    const { check, details } = engine({ forget: true });
    const checker = new PageChecker(document, { check, details, highlightVerdicts: VERDICTS });
    await checker.start();
    await checker.whenDetailed();
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]?.[2]).toBe(true);
    expect(checker.pageQuotes().quotes[0]?.match?.diff.length).toBe(1);
  });

  it('drops details that arrive after the checker was stopped', async () => {
    article(['“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.']);
    const { check, details } = engine();
    let release: () => void = () => undefined;
    const late = vi.fn(async (checkId: string) => {
      await new Promise<void>((resolve) => (release = resolve));
      return details(checkId);
    });
    const updates: number[] = [];
    const checker = new PageChecker(document, { check, details: late, highlightVerdicts: VERDICTS, onUpdate: (quotes) => updates.push(quotes.length) });
    await checker.start();
    checker.stop();
    release();
    await checker.whenDetailed();
    expect(checker.pageQuotes().quotes).toEqual([]);
    expect(updates.at(-1)).toBe(0);
  });
});

describe('PageChecker set-up while the engine works', () => {
  it('calls onFirstSent once, after the first check is sent and before its answer is painted', async () => {
    article(['“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.']);
    const events: string[] = [];
    const check = async (text: string, blocks: BlockInfo[]) => {
      events.push('sent');
      await Promise.resolve();
      events.push(`answered with ${Object.keys(painted()).length} painted`);
      return checkLocally(text, blocks);
    };
    const checker = new PageChecker(document, { check, highlightVerdicts: VERDICTS, onFirstSent: () => events.push('set up'), mutationDelayMs: 1, mutationMaxWaitMs: 5 });
    await checker.start();
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: '“A second quote,” Ruiz added.' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.slice(0, 3)).toEqual(['sent', 'set up', 'answered with 0 painted']);
    expect(events.filter((event) => event === 'set up')).toHaveLength(1);
    expect(events.filter((event) => event === 'sent').length).toBeGreaterThanOrEqual(2);
  });
});

describe('PageChecker when the engine never sends the details', () => {
  it('stops waiting for them after a bound, so the card and the popup are not held up', async () => {
    article(['“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.']);
    const check = async (text: string, blocks: BlockInfo[]): Promise<TextCheck> => ({ ...(await checkLocally(text, blocks)), checkId: 'c1' });
    const details = () => new Promise<null>(() => undefined);
    const checker = new PageChecker(document, { check, details, highlightVerdicts: VERDICTS });
    await checker.start();
    // Without the bound this would wait for ever and the test would time out.
    await checker.whenDetailed(30);
    expect(checker.pageQuotes().quotes[0]?.match).toBeNull();
  });
});

describe('readDelays', () => {
  it('reads a change after the quiet time, or later after a long read, to keep reading under 5% of the page’s time', () => {
    // A quick read long ago: only the debounce.
    expect(readDelays(0, 5, 10_000, 250, 1000)).toEqual({ delay: 250, maxWait: 1000 });
    // A 100 ms read that just ended: the next read waits until 2 s after it started.
    expect(readDelays(10_000, 100, 10_100, 250, 1000)).toEqual({ delay: 1900, maxWait: 2000 });
  });

  it('never waits longer than its bound because one read was slow (a busy browser)', () => {
    // A read that took 1.5 s would once have put the next one 30 s off.
    const { delay, maxWait } = readDelays(10_000, 1500, 11_500, 250, 1000);
    expect(delay).toBe(MAX_READ_SPACING_MS);
    expect(maxWait).toBe(MAX_READ_SPACING_MS);
  });
});
