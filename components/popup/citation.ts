import { t } from '../../lib/i18n';
import { reasonText } from '../../lib/reasons';
import { verdictLabel } from '../../lib/verdicts';
import type { CheckedQuote } from '../../lib/types';

/** A plain-text citation: the page's quote, who said it, and the source that has the words. */
export function citationFor(quote: CheckedQuote): string {
  const speaker = quote.match?.speaker ?? quote.speaker?.name ?? t('unknownSpeaker');
  const lines = [t('citationQuote', quote.text, speaker)];
  if (quote.match) {
    const { title, date, url } = quote.match;
    // (A title that already carries the date, "… session 79, 2024", is not followed by it again.)
    lines.push([title, date && !title.includes(date) ? date : ''].filter(Boolean).join(', ') + (url ? ` <${url}>` : ''));
    // Without its details (they never arrived) the match has no wording to quote.
    if (quote.verdict !== 'exact' && quote.match.original) lines.push(t('citationSourceWording', quote.match.original));
  }
  lines.push(t('citationVerdict', verdictLabel(quote.verdict), reasonText(quote.reason)));
  return lines.join('\n');
}
