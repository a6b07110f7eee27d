// One page's life with Verbatim: read the article's text, have it checked, paint the quotes,
// follow the page as it changes, and undo all of it on stop. Finding and matching quotes run in
// the background (options.check), so the page's main thread only reads text and paints.
import type { TextCheck } from '../check';
import { withDetails } from '../check-details';
import type { PageQuotes, PageState } from '../messaging';
import type { CheckedQuote, MatchDetails, MatchResult, Quote, Verdict } from '../types';
import { createHighlighter, type HighlightItem, type Highlighter, type Paint, type PaintStyle } from './highlight';
import { findArticleRoots } from './article';
import { readPage, type BlockInfo } from './page-text';

export interface PageCheckerOptions {
  /**
   * Finds and matches the quotes of the page's flat text (the engine, in the extension). With
   * `details` false the engine may hold the matches' details back (TextCheck.checkId).
   */
  check(text: string, blocks: BlockInfo[], details?: boolean): Promise<TextCheck>;
  /** Fetches the details a check held back; null when the engine no longer has them. */
  details?(checkId: string): Promise<(MatchDetails | null)[] | null>;
  /** Verdicts to paint; others are listed in the popup only. */
  highlightVerdicts: readonly Verdict[];
  /** Colours for the overlay used where the Highlight API is missing. */
  paintStyles?: Partial<Record<Paint, PaintStyle>>;
  /** Called after every change to the checked quotes' verdicts (the badge). */
  onUpdate?(quotes: CheckedQuote[]): void;
  /** Called once the first check is on its way: set-up the paint does not need can run while the engine works. */
  onFirstSent?(): void;
  /** Elements of our own UI, whose mutations must not trigger a rescan. */
  isOwnNode?(node: Node): boolean;
  /** Quiet time before a batch of mutations is scanned, and the longest a batch may wait. */
  mutationDelayMs?: number;
  mutationMaxWaitMs?: number;
  /** Pauses before checking again after a failed check on a page that does not change by itself. */
  retryDelaysMs?: readonly number[];
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

/** Lets the page run its own tasks (input, rendering) before we go on; not throttled in background tabs as timers are. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

function wallClock(): number {
  return globalThis.performance ? performance.timeOrigin + performance.now() : Date.now();
}

/** A duration measured elsewhere (the background's work), kept beside our own entries. */
function record(name: string, duration: number): void {
  try {
    globalThis.performance?.measure?.(name, { start: 0, duration });
  } catch {
    // Older User Timing without measure options: the figure is only lost.
  }
}

interface Found {
  quote: Quote;
  range: Range | null;
  result: MatchResult | null;
}

const RETRY_DELAYS_MS = [1000, 3000, 9000];

/** The longest a change waits for its read because of how long the last read took. */
export const MAX_READ_SPACING_MS = 3000;

/**
 * When a change seen at `now` is read, debounced with a ceiling: a steady storm still gets read, at
 * most once per max wait, and never sooner after the last read than keeps reading the page under 5%
 * of the page's time (a long page that takes 100 ms to read is read at most every 2 s). That
 * spacing has a bound: one read slowed by a busy browser (a second, under load) must not leave a
 * single-page app's new view unchecked for 20 s.
 */
export function readDelays(lastReadAt: number, lastReadMs: number, now: number, quietMs: number, maxWaitMs: number): { delay: number; maxWait: number } {
  const spacing = Math.min(MAX_READ_SPACING_MS, Math.max(0, lastReadAt + lastReadMs * 20 - now));
  return { delay: Math.max(quietMs, spacing), maxWait: Math.max(maxWaitMs, Math.min(lastReadMs * 20, MAX_READ_SPACING_MS), spacing) };
}

export class PageChecker {
  private readonly highlighter: Highlighter;
  private found: Found[] = [];
  private observer: MutationObserver | null = null;
  private dirty = false;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last read of the page took on the main thread (ms), and when it started. */
  private lastReadMs = 0;
  private lastReadAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Failed checks in a row, for the pause before the next try. */
  private failures = 0;
  private state: PageState = 'scanning';
  private running = false;
  private inFlight = false;
  private lastText: string | null = null;
  /** Settles once the current check's details are in (at once when none were held back). */
  private detailed: Promise<void> = Promise.resolve();
  /** Why the last check failed, shown by the popup; null once one succeeds. */
  private failure: string | null = null;
  /** Quote ids stay the same across rescans while their text does, so the popup's links hold. */
  private ids = new Map<string, string>();
  private nextId = 0;
  private generation = 0;
  private highlightVerdicts: readonly Verdict[];

  constructor(
    private readonly doc: Document,
    private readonly options: PageCheckerOptions,
  ) {
    this.highlighter = createHighlighter(doc, options.paintStyles);
    this.highlightVerdicts = options.highlightVerdicts;
  }

  async start(): Promise<void> {
    this.running = true;
    this.state = 'scanning';
    mark('verbatim:start');
    this.observe();
    await this.scan(true);
    measure('verbatim:ready', 'verbatim:start');
    // From the content script's first line (document_idle), when the entrypoint marked it.
    measure('verbatim:idle-to-ready', 'verbatim:idle');
  }

  /** Other verdicts to paint, or other colours: repainted from the last check, without checking again. */
  restyle(highlightVerdicts: readonly Verdict[], paintStyles: Partial<Record<Paint, PaintStyle>>): void {
    this.highlightVerdicts = highlightVerdicts;
    this.highlighter.restyle(paintStyles);
    if (this.running) this.paint();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    clearTimeout(this.retryTimer);
    this.failures = 0;
    this.dirty = false;
    this.highlighter.clear();
    this.found = [];
    this.lastText = null;
    this.failure = null;
    this.state = 'disabled';
    this.generation++;
    this.options.onUpdate?.([]);
  }

  get pageState(): PageState {
    return this.state;
  }

  checkedQuotes(): CheckedQuote[] {
    return this.found.map(({ quote, result }) => ({
      ...quote,
      verdict: result?.verdict ?? 'unsourced',
      reason: result?.reason ?? { kind: 'checking' },
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
      ...(this.failure === null ? {} : { error: this.failure }),
    };
  }

  quoteAt(x: number, y: number): CheckedQuote | null {
    const id = this.highlighter.quoteAt(x, y);
    return id ? (this.checkedQuotes().find((quote) => quote.id === id) ?? null) : null;
  }

  /** Where a quote is on the page, painted or not (the reader may have chosen not to highlight its verdict). */
  rangeOf(id: string): Range | null {
    return this.found.find((found) => found.quote.id === id)?.range ?? null;
  }

  /** Scrolls the quote into view and flashes it; false when it is no longer on the page. */
  show(id: string): boolean {
    const range = this.rangeOf(id);
    const anchor = range?.startContainer.parentElement;
    if (!range || !anchor || !anchor.isConnected) return false;
    anchor.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(range);
    return true;
  }

  private async scan(first: boolean): Promise<void> {
    this.inFlight = true;
    try {
      await this.scanOnce(first);
    } finally {
      this.inFlight = false;
      // Changes that came in while the check was running get their own pass now.
      if (this.running && this.dirty) this.schedule();
    }
  }

  private async scanOnce(first: boolean): Promise<void> {
    const generation = ++this.generation;
    // Two steps with a yield between, so reading a long article never makes one long task.
    let started = performance.now();
    this.lastReadAt = started;
    const roots = findArticleRoots(this.doc);
    let scanMs = performance.now() - started;
    await yieldToPage();
    if (generation !== this.generation || !this.running) return;
    started = performance.now();
    const { model, blocks } = readPage(this.doc, roots);
    scanMs += performance.now() - started;
    if (first) record('verbatim:scan', scanMs);
    this.lastReadMs = scanMs;
    // A storm of changes outside the article's text (tickers in the sidebar, ads) costs one read.
    if (model.text === this.lastText) return;
    this.lastText = model.text;
    let check: TextCheck;
    try {
      mark('verbatim:sent');
      const sentAt = wallClock();
      const answer = this.options.check(model.text, blocks);
      if (first) this.options.onFirstSent?.();
      check = await answer;
      if (first) {
        measure('verbatim:round-trip', 'verbatim:sent');
        const { timing } = check;
        if (timing) {
          record('verbatim:bg-detect', timing.detectMs);
          record('verbatim:bg-match', timing.matchMs);
          // The trip each way, including any wait for the page's own work before our reply is read.
          if (timing.startedAt !== undefined && timing.endedAt !== undefined) {
            record('verbatim:trip-there', timing.startedAt - sentAt);
            record('verbatim:trip-back', wallClock() - timing.endedAt);
          }
        }
      }
    } catch (error) {
      // Nothing is painted: quotes that could not be checked must not look "unsourced". The
      // popup says why, and the next change to the page tries again.
      if (generation !== this.generation || !this.running) return;
      this.lastText = null;
      this.failure = error instanceof Error ? error.message : String(error);
      this.found = [];
      this.state = 'ready';
      this.highlighter.clear();
      this.options.onUpdate?.([]);
      this.retryLater();
      return;
    }
    if (generation !== this.generation || !this.running) return;
    this.failure = null;
    this.failures = 0;
    // (A retry still pending from an earlier failure has nothing left to do.)
    clearTimeout(this.retryTimer);
    mark('verbatim:checked');
    const seen = new Map<string, number>();
    this.found = check.quotes.map((quote, i) => {
      const occurrence = seen.get(quote.text) ?? 0;
      seen.set(quote.text, occurrence + 1);
      const key = `${quote.text}\u0000${occurrence}`;
      let id = this.ids.get(key);
      if (!id) this.ids.set(key, (id = `q${this.nextId++}`));
      return { quote: { ...quote, id }, range: model.rangeFor(quote.start, quote.end), result: check.results[i] ?? null };
    });
    this.state = 'ready';
    this.paint();
    measure('verbatim:paint', 'verbatim:checked');
    this.options.onUpdate?.(this.checkedQuotes());
    this.detailed = check.checkId === undefined ? Promise.resolve() : this.fetchDetails(generation, check.checkId, model.text, blocks);
  }

  /**
   * Resolves when the quotes carry their matches' details (the card and the popup's detail view
   * need them), or after `maxWaitMs` if the engine is slow to answer: the card and the popup then
   * show what they have rather than nothing.
   */
  whenDetailed(maxWaitMs = 1500): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    });
    return Promise.race([this.detailed, waited]).finally(() => clearTimeout(timer));
  }

  private async fetchDetails(generation: number, checkId: string, text: string, blocks: BlockInfo[]): Promise<void> {
    let details = await this.options.details?.(checkId).catch(() => null);
    if (generation !== this.generation || !this.running) return;
    if (!details) {
      // The engine restarted or dropped them: check again, this time with the details inline.
      const again = await this.options.check(text, blocks, true).catch(() => null);
      if (generation !== this.generation || !this.running || !again || again.results.length !== this.found.length) return;
      details = again.results.map((result) => result?.match ?? null);
    }
    // Verdicts are unchanged, so nothing is reported again (onUpdate feeds the badge).
    const results = withDetails(this.found.map((found) => found.result), details);
    this.found = this.found.map((found, i) => ({ ...found, result: results[i] ?? null }));
  }

  private paint(): void {
    const items: HighlightItem[] = [];
    for (const { quote, range, result } of this.found) {
      if (!range || !result || quote.kind === 'scare') continue;
      if (this.highlightVerdicts.includes(result.verdict)) items.push({ id: quote.id, range, paint: result.verdict });
    }
    this.highlighter.paint(items);
  }

  private observe(): void {
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => this.changesPage(record))) {
        this.dirty = true;
        this.schedule();
      }
    });
    // ("hidden" and "open": a "Read more" or a <details> that shows text the reader could not see.)
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open'] });
  }

  /** Whether a change may have changed the page's text: not our own UI coming and going. */
  private changesPage(record: MutationRecord): boolean {
    const isOwn = (node: Node) => this.options.isOwnNode?.(node) === true;
    if (isOwn(record.target)) return false;
    // Text edited in place, or an element shown or hidden.
    if (record.type !== 'childList') return true;
    const foreign = (nodes: NodeList) => Array.prototype.some.call(nodes, (node: Node) => !isOwn(node));
    return foreign(record.addedNodes) || foreign(record.removedNodes);
  }

  // The engine can be briefly unreachable (its document just opened, the background restarting):
  // a page that never changes again would otherwise stay unchecked.
  private retryLater(): void {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const delay = delays[this.failures++];
    if (delay === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.dirty = true;
      this.flush();
    }, delay);
  }

  private schedule(): void {
    const { delay, maxWait } = readDelays(this.lastReadAt, this.lastReadMs, performance.now(), this.options.mutationDelayMs ?? 250, this.options.mutationMaxWaitMs ?? 1000);
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), delay);
    this.maxWaitTimer ??= setTimeout(() => this.flush(), maxWait);
  }

  private flush(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    // One check at a time: under a storm a new scan every max wait would otherwise supersede
    // each answer before it arrives, and the page would never be painted.
    if (!this.running || !this.dirty || this.inFlight) return;
    this.dirty = false;
    void this.scan(false);
  }
}
