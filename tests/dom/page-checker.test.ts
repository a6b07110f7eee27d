// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageChecker } from '../../lib/dom/page-checker';
import type { MatchResult, QuoteQuery } from '../../lib/types';
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

const verdictFor = (query: QuoteQuery): MatchResult =>
  query.text.includes('never') ? { verdict: 'altered', reason: "1 word changed: 'not' → 'never'", match: null } : { verdict: 'exact', reason: 'Same words as the source.', match: null };

const painted = () => Object.fromEntries([...registry].map(([name, set]) => [name, set.size]));

describe('PageChecker', () => {
  it('paints quotes as pending, then by verdict once matched', async () => {
    article([
      '“We will not raise taxes on working families this year,” Finance Minister Ana Ruiz said on Monday.',
      'Ruiz added that the deficit would “never again” be allowed to grow, and called the plan “a promise kept”.',
    ]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const match = vi.fn(async (queries: QuoteQuery[]) => {
      await gate;
      return queries.map(verdictFor);
    });
    const checker = new PageChecker(document, { match, highlightVerdicts: VERDICTS });
    const started = checker.start();
    await Promise.resolve();
    expect(painted()['verbatim-pending']).toBeGreaterThanOrEqual(2);
    release();
    await started;
    const counts = painted();
    expect(counts['verbatim-pending']).toBeUndefined();
    expect(counts['verbatim-altered']).toBe(1);
    expect(counts['verbatim-exact']).toBeGreaterThanOrEqual(1);
    const quotes = checker.pageQuotes().quotes;
    const first = quotes.find((q) => q.text.startsWith('We will not raise taxes'));
    expect(first?.speaker?.name).toBe('Ana Ruiz');
    // One call for the whole page, so fragments can lean on the full quotes beside them.
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('paints only the verdicts the user chose, but lists every quote', async () => {
    article(['“We will not raise taxes,” Ana Ruiz said. She said cuts would “never” come.']);
    const checker = new PageChecker(document, { match: async (q) => q.map(verdictFor), highlightVerdicts: ['altered'] });
    await checker.start();
    expect(Object.keys(painted())).toEqual(['verbatim-altered']);
    expect(checker.pageQuotes().quotes.length).toBe(2);
  });

  it('finds quotes added later, in one batch, and ignores its own nodes', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const match = vi.fn(async (queries: QuoteQuery[]) => queries.map(verdictFor));
    const own = document.createElement('div');
    const checker = new PageChecker(document, { match, highlightVerdicts: VERDICTS, isOwnNode: (node) => node === own, mutationDelayMs: 50, mutationMaxWaitMs: 200 });
    await checker.start();
    expect(checker.pageQuotes().quotes.length).toBe(1);
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `“Every region will get its share, number ${i + 1},” Ruiz said.`;
      el.append(p);
    }
    document.body.append(own);
    own.textContent = '“not a quote of the page”';
    await vi.advanceTimersByTimeAsync(100);
    const texts = checker.pageQuotes().quotes.map((q) => q.text);
    expect(texts.length).toBe(4);
    expect(texts.some((t) => t.includes('not a quote of the page'))).toBe(false);
    expect(match).toHaveBeenCalledTimes(2);
    checker.stop();
  });

  it('reports a failed check as unsourced with the reason, without throwing', async () => {
    article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const checker = new PageChecker(document, { match: async () => Promise.reject(new Error('index not loaded')), highlightVerdicts: VERDICTS });
    await checker.start();
    const [quote] = checker.pageQuotes().quotes;
    expect(quote?.verdict).toBe('unsourced');
    expect(quote?.reason).toContain('index not loaded');
  });

  it('removes every highlight and stops observing on stop', async () => {
    vi.useFakeTimers();
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const match = vi.fn(async (queries: QuoteQuery[]) => queries.map(verdictFor));
    const checker = new PageChecker(document, { match, highlightVerdicts: VERDICTS, mutationDelayMs: 10 });
    await checker.start();
    expect(registry.size).toBeGreaterThan(0);
    checker.stop();
    expect(registry.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = '“A new quote after stop,” Ruiz said.';
    el.append(p);
    await vi.advanceTimersByTimeAsync(100);
    expect(match).toHaveBeenCalledTimes(1);
    expect(checker.pageQuotes()).toMatchObject({ state: 'disabled', quotes: [] });
  });
});

describe('without the Highlight API', () => {
  it('draws an overlay outside the page’s own nodes and removes it on stop', async () => {
    delete (window as unknown as { CSS?: unknown }).CSS;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    const el = article(['“We will not raise taxes on working families this year,” Ana Ruiz said.']);
    const before = el.innerHTML;
    const checker = new PageChecker(document, { match: async (q) => q.map(verdictFor), highlightVerdicts: VERDICTS, paintColors: { exact: '#009E73' } });
    await checker.start();
    expect(document.querySelector('verbatim-overlay')).not.toBeNull();
    expect(el.innerHTML).toBe(before);
    checker.stop();
    expect(document.querySelector('verbatim-overlay')).toBeNull();
  });
});
