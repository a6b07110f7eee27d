import type { CheckedQuote } from '../../lib/types';

/** A plain-text citation: the page's quote, who said it, and the source that has the words. */
export function citationFor(quote: CheckedQuote): string {
  const speaker = quote.match?.speaker ?? quote.speaker?.name ?? 'Unknown speaker';
  const lines = [`“${quote.text}” — ${speaker}`];
  if (quote.match) {
    const { title, date, url } = quote.match;
    lines.push([title, date].filter(Boolean).join(', ') + (url ? ` <${url}>` : ''));
    if (quote.verdict !== 'exact') lines.push(`Source wording: “${quote.match.original}”`);
  }
  lines.push(`Verbatim: ${quote.verdict} — ${quote.reason}`);
  return lines.join('\n');
}
