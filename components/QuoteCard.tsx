import type { CheckedQuote } from '../lib/types';
import { SourceDetails } from './SourceDetails';
import { VerdictBadge } from './VerdictBadge';

export interface QuoteCardProps {
  quote: CheckedQuote;
  onClose(): void;
}

export function QuoteCard({ quote, onClose }: QuoteCardProps) {
  return (
    <div class="vb-card" role="dialog" aria-label="Verbatim: what the source says" tabIndex={-1}>
      <header class="vb-card-head">
        <VerdictBadge verdict={quote.verdict} />
        {quote.speaker && <span class="vb-speaker">{quote.speaker.name}</span>}
        <button type="button" class="vb-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="vb-reason">{quote.reason}</p>
      <SourceDetails quote={quote} />
    </div>
  );
}
