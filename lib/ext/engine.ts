// The engine: the matcher over the bundled index and the user's sources, and the requests that
// use it. Chrome runs it in a worker of an offscreen document, which stays open while the service
// worker comes and goes, so the 40 MB index is read once per browser session and the code stays
// warm; Firefox's background page is persistent and runs it there. No extension APIs are used
// here (a worker has none): the index is fetched from the package by its path.
import { checkText } from '../check';
import { detectQuotes } from '../quotes/index';
import { deferDetails } from '../check-details';
import type { BlockInfo } from '../dom/page-text';
import { createMatcher, loadIndex, type Matcher, type SourceIndex } from '../match/index';
import type { EngineApi, Handlers, IndexStatus } from '../messaging';
import type { MatchDetails } from '../types';
import { compactSources, getBundledEnabled, loadUserIndexes, onSourcesChanged } from '../sources/store';

export const BUNDLED_INDEX_PATH = '/index/bundled.vidx';

export function startEngine(): Handlers<EngineApi> {
  let bundled: Promise<SourceIndex | null> | null = null;
  let matcher: Promise<Matcher> | null = null;
  let status: IndexStatus = { state: 'loading', docs: 0, words: 0 };

  let bundledLoadMs: number | undefined;
  async function loadBundled(): Promise<SourceIndex | null> {
    const started = performance.now();
    const response = await fetch(BUNDLED_INDEX_PATH);
    if (!response.ok) throw new Error(`the bundled index is missing (${response.status})`);
    const index = loadIndex(await response.arrayBuffer());
    bundledLoadMs = performance.now() - started;
    return index;
  }

  // The bundled index and the user's sources fail independently: a broken or missing bundled
  // index must not take the user's own transcripts down with it.
  async function buildMatcher(): Promise<Matcher> {
    status = { ...status, state: 'loading' };
    bundled ??= loadBundled();
    const [bundledResult, userResult, bundledOn] = await Promise.allSettled([bundled, loadUserIndexes(), getBundledEnabled()]);
    const problems: string[] = [];
    if (bundledResult.status === 'rejected') {
      bundled = null;
      problems.push(`bundled speeches: ${reasonOf(bundledResult.reason)}`);
    }
    if (userResult.status === 'rejected') problems.push(`your sources: ${reasonOf(userResult.reason)}`);
    const useBundled = bundledOn.status === 'rejected' || bundledOn.value;
    const indexes = [
      ...(useBundled && bundledResult.status === 'fulfilled' && bundledResult.value ? [bundledResult.value] : []),
      ...(userResult.status === 'fulfilled' ? userResult.value : []),
    ];
    status = {
      state: problems.length ? 'error' : 'ready',
      docs: indexes.reduce((sum, index) => sum + index.docCount, 0),
      words: indexes.reduce((sum, index) => sum + index.wordCount, 0),
      ...(problems.length ? { error: problems.join('; ') } : {}),
      ...(bundledLoadMs === undefined ? {} : { bundledLoadMs }),
    };
    // Try again on the next request rather than keeping a matcher that lacks a part.
    if (problems.length) matcher = null;
    return createMatcher(indexes);
  }

  const getMatcher = () => (matcher ??= buildMatcher());
  const heldDetails = new HeldDetails();
  let compactTimer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    matcher = null;
    void getMatcher().catch(() => undefined);
    // Sources added outside the sources page (e.g. "Use this page as a source") are merged
    // into larger indexes here, once things are quiet, so matching stays fast as they grow.
    clearTimeout(compactTimer);
    compactTimer = setTimeout(() => void compactSources().catch(() => undefined), 5000);
  };
  onSourcesChanged(reload);
  // Load at once so the first page's quotes do not wait for the index, then warm the code up.
  void getMatcher()
    .then((ready) => bundled?.then((index) => index && warmUp(ready, index)))
    .catch(() => undefined);

  return {
    check: async ({ text, blocks, details }) => {
      const checked = checkText(await getMatcher(), text, blocks);
      if (details) return checked;
      const { lean, details: held } = deferDetails(checked);
      return { ...lean, checkId: heldDetails.put(held) };
    },
    checkDetails: ({ checkId }) => heldDetails.take(checkId),
    match: async ({ queries }) => (await getMatcher()).matchAll(queries),
    indexStatus: () => status,
    searchText: async ({ phrase, limit }) => (await getMatcher()).searchText(phrase, limit),
    listSources: async () => (await getMatcher()).sources(),
    sourcesChanged: () => reload(),
  };
}

/**
 * Details held back from recent checks until their page asks for them (right after painting).
 * Bounded: a page that never asks (closed at once) must not make the engine grow.
 */
export class HeldDetails {
  private readonly held = new Map<string, (MatchDetails | null)[]>();
  private next = 0;

  constructor(private readonly limit = 64) {}

  put(details: (MatchDetails | null)[]): string {
    const id = `c${this.next++}`;
    this.held.set(id, details);
    // Maps keep insertion order: the first key is the oldest check.
    if (this.held.size > this.limit) this.held.delete(this.held.keys().next().value!);
    return id;
  }

  /** The details, handed over once; null when unknown or already dropped. */
  take(id: string): (MatchDetails | null)[] | null {
    const details = this.held.get(id) ?? null;
    this.held.delete(id);
    return details;
  }
}

// V8 needs about twenty checks before the matcher's hot paths are fully optimised (six left the
// first real pages of a session ~1.7× slower than later ones, bench:e2e "freshEngine"), and the
// quote finder a few hundred thousand words (npm run bench). Matching is the costly part (~1 ms a
// quote), so each round matches a short article and only finds the quotes of a long one.
const WARM_UP_ROUNDS = 20;
const WARM_UP_QUOTES = 40;
const WARM_UP_FINDER_COPIES = 6;

/**
 * Checks a made-up article quoting the bundled speeches a few times, once per session, so the
 * first real pages meet compiled code rather than code still being optimised (a cold check takes
 * several times longer). Rounds are spaced out, so real requests are answered in between.
 */
async function warmUp(matcher: Matcher, index: SourceIndex): Promise<void> {
  const { text, blocks } = sampleArticle(index, WARM_UP_QUOTES);
  const long = repeated(text, blocks, WARM_UP_FINDER_COPIES);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    await new Promise((resume) => setTimeout(resume, 50));
    // Serialised as a reply is, so that path is warm too.
    JSON.stringify(checkText(matcher, text, blocks));
    await new Promise((resume) => setTimeout(resume, 20));
    // The first rounds run cold code: short, so a real request does not wait long behind them.
    if (round < 3) detectQuotes(text, blocks);
    else detectQuotes(long.text, long.blocks);
  }
}

/** The article `copies` times over, as one page. */
function repeated(text: string, blocks: BlockInfo[], copies: number): { text: string; blocks: BlockInfo[] } {
  const all: BlockInfo[] = [];
  for (let k = 0; k < copies; k++) {
    const shift = k * (text.length + 2);
    for (const block of blocks) all.push({ ...block, start: block.start + shift, end: block.end + shift });
  }
  return { text: Array(copies).fill(text).join('\n\n'), blocks: all };
}

/** An article of `quotes` paragraphs quoting eight bundled speeches, a few sentences of each, with a fragment now and then. */
export function sampleArticle(index: SourceIndex, quotes: number): { text: string; blocks: BlockInfo[] } {
  const paragraphs: string[] = [];
  for (let i = 0; i < quotes && index.docCount > 0; i++) {
    const doc = ((i % 8) * 7919) % index.docCount;
    const starts = index.sentenceStarts(doc);
    const at = ((starts.length >> 1) + (i >> 3) * 3) % Math.max(1, starts.length);
    const sentence = index.textSlice(doc, starts[at] ?? 0, starts[at + 1] ?? (starts[at] ?? 0) + 200).replace(/\s+/g, ' ').trim();
    const speaker = index.meta(doc).speaker ?? 'The minister';
    const surname = speaker.split(' ').pop() ?? speaker;
    const words = sentence.split(' ');
    // The ways reports attribute words, so each of the finder's paths is run, not one.
    const shapes = [
      `“${sentence}” ${speaker} said. Observers in the hall listened closely.`,
      `${speaker} said the country faced “${words.slice(2, 5).join(' ')}” and would act.`,
      `Speaking to delegates, the minister, ${speaker}, warned: “${sentence}”`,
      `“${sentence}” he added, before ${surname} left the chamber.`,
      `According to ${surname}, the plan was “${words.slice(1, 4).join(' ')}”, a view aides shared.`,
    ];
    paragraphs.push(shapes[i % shapes.length]!);
  }
  const blocks: BlockInfo[] = [];
  let start = 0;
  for (const paragraph of paragraphs) {
    blocks.push({ start, end: start + paragraph.length, tag: 'p' });
    start += paragraph.length + 2;
  }
  return { text: paragraphs.join('\n\n'), blocks };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
