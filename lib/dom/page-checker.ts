// One page's life with Verbatim: find quotes, ask for matches, paint them, follow the page
// as it changes, and undo all of it on stop. The content script only wires this to the extension.
import { QuoteScanner } from '../quotes/index';
import type { PageQuotes, PageState } from '../messaging';
import type { CheckedQuote, MatchResult, Quote, QuoteQuery, Verdict } from '../types';
import { createHighlighter, type HighlightItem, type Highlighter, type Paint } from './highlight';

export interface PageCheckerOptions {
  match(queries: QuoteQuery[]): Promise<MatchResult[]>;
  /** Verdicts to paint; others are listed in the popup only. */
  highlightVerdicts: readonly Verdict[];
  /** Colours for the overlay used where the Highlight API is missing. */
  paintColors?: Partial<Record<Paint, string>>;
  /** Called after every change to the checked quotes (badge, open card). */
  onUpdate?(quotes: CheckedQuote[]): void;
  /** Elements of our own UI, whose mutations must not trigger a rescan. */
  isOwnNode?(node: Node): boolean;
  /** Quiet time before a batch of mutations is scanned, and the longest a batch may wait. */
  mutationDelayMs?: number;
  mutationMaxWaitMs?: number;
}

// User Timing entries let the browser benchmark read our main-thread cost from the page.
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}
function measure(name: string, from: string): void {
  try {
    globalThis.performance?.measure?.(name, from);
  } catch {
    // A missing start mark only loses a measurement.
  }
}

interface Found {
  quote: Quote;
  range: Range | null;
  result: MatchResult | null;
}

export class PageChecker {
  private readonly highlighter: Highlighter;
  private scanner: QuoteScanner | null = null;
  private found: Found[] = [];
  private observer: MutationObserver | null = null;
  private pendingNodes = new Set<Node>();
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private state: PageState = 'scanning';
  private nextId = 0;
  private nextScan = 0;
  private matchGeneration = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: PageCheckerOptions,
  ) {
    this.highlighter = createHighlighter(doc, options.paintColors);
  }

  async start(): Promise<void> {
    this.state = 'scanning';
    mark('verbatim:start');
    this.scanner = new QuoteScanner(this.doc);
    this.addQuotes(this.scanner.scanAll());
    measure('verbatim:scan', 'verbatim:start');
    this.observe();
    await this.matchAll();
    measure('verbatim:ready', 'verbatim:start');
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxWaitTimer);
    this.pendingNodes.clear();
    this.highlighter.clear();
    this.found = [];
    this.scanner = null;
    this.state = 'disabled';
    this.matchGeneration++;
    this.options.onUpdate?.([]);
  }

  get pageState(): PageState {
    return this.state;
  }

  checkedQuotes(): CheckedQuote[] {
    return this.found.map(({ quote, result }) => ({
      ...quote,
      verdict: result?.verdict ?? 'unsourced',
      reason: result?.reason ?? 'Checking…',
      match: result?.match ?? null,
    }));
  }

  pageQuotes(): PageQuotes {
    const checked = this.checkedQuotes();
    return {
      state: this.state,
      url: this.doc.location?.href ?? '',
      title: this.doc.title,
      quotes: checked.filter((quote) => quote.kind !== 'scare'),
      scareCount: checked.filter((quote) => quote.kind === 'scare').length,
    };
  }

  quoteAt(x: number, y: number): CheckedQuote | null {
    const id = this.highlighter.quoteAt(x, y);
    return id ? (this.checkedQuotes().find((quote) => quote.id === id) ?? null) : null;
  }

  rangeOf(id: string): Range | null {
    return this.highlighter.rangeOf(id);
  }

  /** Scrolls the quote into view and flashes it; false when it is no longer on the page. */
  show(id: string): boolean {
    const range = this.highlighter.rangeOf(id);
    const anchor = range?.startContainer.parentElement;
    if (!range || !anchor || !anchor.isConnected) return false;
    anchor.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(id);
    return true;
  }

  private addQuotes(scans: { model: { rangeFor(start: number, end: number): Range | null }; quotes: Quote[] }[]): boolean {
    let added = false;
    for (const { model, quotes } of scans) {
      // Utterance ids are unique within one scan only; prefix them so split parts stay linked.
      const scanNo = this.nextScan++;
      for (const quote of quotes) {
        const id = `q${this.nextId++}`;
        const utteranceId = `s${scanNo}:${quote.utteranceId}`;
        this.found.push({ quote: { ...quote, id, utteranceId }, range: model.rangeFor(quote.start, quote.end), result: null });
        added = true;
      }
    }
    if (added) this.paint();
    return added;
  }

  private paint(): void {
    const items: HighlightItem[] = [];
    for (const { quote, range, result } of this.found) {
      if (!range) continue;
      if (quote.kind === 'scare') continue;
      if (!result) items.push({ id: quote.id, range, paint: 'pending' });
      else if (this.options.highlightVerdicts.includes(result.verdict)) items.push({ id: quote.id, range, paint: result.verdict });
    }
    this.highlighter.paint(items);
  }

  private async matchAll(): Promise<void> {
    const generation = ++this.matchGeneration;
    const checkable = this.found.filter(({ quote }) => quote.kind !== 'scare');
    // The whole page goes together: fragments are trusted only beside the page's other matches.
    const queries: QuoteQuery[] = checkable.map(({ quote }) => ({
      id: quote.id,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker?.name ?? null,
      utteranceId: quote.utteranceId,
    }));
    let results: MatchResult[];
    try {
      results = queries.length ? await this.options.match(queries) : [];
    } catch (error) {
      const reason = `Could not check: ${error instanceof Error ? error.message : String(error)}`;
      results = queries.map(() => ({ verdict: 'unsourced' as const, reason, match: null }));
    }
    if (generation !== this.matchGeneration) return;
    mark('verbatim:matched');
    checkable.forEach((found, i) => {
      found.result = results[i] ?? null;
    });
    this.state = 'ready';
    this.paint();
    measure('verbatim:paint', 'verbatim:matched');
    this.options.onUpdate?.(this.checkedQuotes());
  }

  private observe(): void {
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (this.options.isOwnNode?.(record.target)) continue;
        if (record.type === 'characterData') this.pendingNodes.add(record.target.parentNode ?? record.target);
        for (const node of Array.from(record.addedNodes)) {
          if (!this.options.isOwnNode?.(node)) this.pendingNodes.add(node);
        }
      }
      if (this.pendingNodes.size) this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  // Debounced with a ceiling: a steady storm still gets scanned, at most once per max wait.
  private schedule(): void {
    const delay = this.options.mutationDelayMs ?? 250;
    const maxWait = this.options.mutationMaxWaitMs ?? 1000;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), delay);
    this.maxWaitTimer ??= setTimeout(() => this.flush(), maxWait);
  }

  private flush(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    if (!this.scanner) return;
    const nodes = [...this.pendingNodes].filter((node) => node.isConnected);
    this.pendingNodes.clear();
    if (!nodes.length) return;
    // Ranges of quotes whose text was removed collapse; drop them so the list matches the page.
    this.found = this.found.filter(({ range }) => !range || (range.startContainer.isConnected && !range.collapsed));
    if (this.addQuotes(this.scanner.scanNodes(nodes))) void this.matchAll();
    else this.paint();
  }
}
