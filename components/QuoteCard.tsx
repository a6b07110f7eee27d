import { t } from '../lib/i18n';
import { reasonText } from '../lib/reasons';
import type { CheckedQuote } from '../lib/types';
import { SourceDetails } from './SourceDetails';
import { SpeakerName } from './SpeakerName';
import { VerdictBadge } from './VerdictBadge';

export interface QuoteCardProps {
  quote: CheckedQuote;
  onClose(): void;
}

export function QuoteCard({ quote, onClose }: QuoteCardProps) {
  return (
    <div class="vb-card" role="dialog" aria-label={t('cardTitle')} tabIndex={-1} data-verdict={quote.verdict}>
      <header class="vb-card-head">
        <VerdictBadge verdict={quote.verdict} />
        {quote.speaker && <SpeakerName speaker={quote.speaker} class="vb-speaker" />}
        <button type="button" class="vb-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="vb-reason">{reasonText(quote.reason)}</p>
      <SourceDetails quote={quote} />
    </div>
  );
}
