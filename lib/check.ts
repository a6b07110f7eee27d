// Quote finding and matching on a page's flat text, with no DOM: the background runs this for
// the content script, so the page's main thread only reads its text and paints the result.
import type { Matcher } from './match/index';
import type { BlockInfo } from './dom/page-text';
import { detectQuotes } from './quotes/index';
import { isGuessedSpeaker, type MatchResult, type Quote, type QuoteQuery } from './types';

export interface TextCheck {
  quotes: Quote[];
  /** Set when the matches' details were held back (deferDetails): what to ask for them with. */
  checkId?: string;
  /** One per quote, in the same order; null for scare quotes, which are not speech. */
  results: (MatchResult | null)[];
  /** Time spent finding and matching, in ms (read by the browser benchmark). */
  timing?: {
    detectMs: number;
    matchMs: number;
    /** Wall-clock times (timeOrigin + now) at which the check began and ended, to time the trip each way. */
    startedAt?: number;
    endedAt?: number;
  };
}

/** What the matcher is asked about a quote: the speaker only when the page says who it is. */
function queryFor(quote: Quote): QuoteQuery {
  const speaker = quote.speaker && !isGuessedSpeaker(quote.speaker) ? quote.speaker.name : null;
  return { id: quote.id, text: quote.text, kind: quote.kind, speaker, utteranceId: quote.utteranceId };
}

export function checkText(matcher: Matcher, text: string, blocks: BlockInfo[]): TextCheck {
  const started = performance.now();
  const quotes = detectQuotes(text, blocks);
  const detected = performance.now();
  const speech = quotes.filter((quote) => quote.kind !== 'scare');
  // The whole page goes together: fragments are trusted only beside the page's other matches.
  const queries = speech.map(queryFor);
  const matched = matcher.matchAll(queries);
  // Words the page names their source's speaker around are more likely our misreading of who said
  // them than the page's: they are checked for their wording alone, not called misattributed.
  const misread = speech.flatMap((quote, i) => (matched[i]?.verdict === 'misattributed' && namesNearby(text, blocks, quote, matched[i]!.match?.speaker ?? null) ? [i] : []));
  if (misread.length > 0) {
    const again = matcher.matchAll(queries.map((query, i) => (misread.includes(i) ? { ...query, speaker: null } : query)));
    for (const i of misread) matched[i] = again[i]!;
  }
  const byId = new Map(speech.map((quote, i) => [quote.id, matched[i] ?? null]));
  return {
    quotes,
    results: quotes.map((quote) => byId.get(quote.id) ?? null),
    timing: {
      detectMs: detected - started,
      matchMs: performance.now() - detected,
      startedAt: performance.timeOrigin + started,
      endedAt: performance.timeOrigin + performance.now(),
    },
  };
}

/** Whether the source's speaker's surname stands outside the quote in its paragraph or the one before. */
function namesNearby(text: string, blocks: BlockInfo[], quote: Quote, speaker: string | null): boolean {
  const surname = speaker?.trim().split(/\s+/).pop();
  if (!surname || surname.length < 3) return false;
  const from = blocks[Math.max(0, quote.paragraph - 1)]?.start ?? 0;
  const to = blocks[quote.paragraph]?.end ?? text.length;
  const around = `${text.slice(from, Math.max(from, quote.start - 1))} ${text.slice(Math.min(to, quote.end + 1), to)}`;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new RegExp(`(?<![\\p{L}])${fold(surname).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(fold(around));
}

