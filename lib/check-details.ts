// Holding back the parts of a check only a card shows. Kept apart from lib/check.ts, which pulls
// in the quote engine: the content script needs these two functions and none of the engine.
import type { TextCheck } from './check';
import type { MatchDetails, MatchResult } from './types';

/**
 * Splits a check into what painting the page needs (verdicts, reasons, source titles) and the
 * details only a card shows (the source's wording, context, diff): about four fifths of the reply,
 * which would otherwise delay every page's highlights while it crosses between processes.
 */
export function deferDetails(check: TextCheck): { lean: TextCheck; details: (MatchDetails | null)[] } {
  const details: (MatchDetails | null)[] = [];
  const results = check.results.map((result) => {
    if (!result?.match) {
      details.push(null);
      return result;
    }
    const { original, before, after, diff, ...summary } = result.match;
    details.push({ original, before, after, diff });
    return { ...result, match: { ...summary, original: '', before: '', after: '', diff: [], detailsPending: true as const } };
  });
  return { lean: { ...check, results }, details };
}

/** Puts details from deferDetails back into the results they were taken from (same order). */
export function withDetails(results: readonly (MatchResult | null)[], details: readonly (MatchDetails | null)[]): (MatchResult | null)[] {
  return results.map((result, i) => {
    const found = details[i];
    if (!result?.match || !found) return result;
    const { detailsPending: _pending, ...match } = result.match;
    return { ...result, match: { ...match, ...found } };
  });
}
