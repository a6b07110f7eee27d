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
export function queryFor(quote: Quote): QuoteQuery {
  const speaker = quote.speaker && !isGuessedSpeaker(quote.speaker) ? quote.speaker.name : null;
  return { id: quote.id, text: quote.text, kind: quote.kind, speaker, utteranceId: quote.utteranceId };
}

export function checkText(matcher: Matcher, text: string, blocks: BlockInfo[]): TextCheck {
  const started = performance.now();
  const quotes = detectQuotes(text, blocks);
  const detected = performance.now();
  const speech = quotes.filter((quote) => quote.kind !== 'scare');
  // The whole page goes together: fragments are trusted only beside the page's other matches.
  const matched = matcher.matchAll(speech.map(queryFor));
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
