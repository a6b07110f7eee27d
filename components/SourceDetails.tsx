import { t } from '../lib/i18n';
import type { CheckedQuote } from '../lib/types';
import { DiffView } from './DiffView';

/** What the source says around the quote, and where it comes from. */
export function SourceDetails({ quote }: { quote: CheckedQuote }) {
  const match = quote.match;
  if (!match) return null;
  // Bundled titles already name the speaker; say it again only when the title does not.
  const speaker = match.speaker && !match.title.includes(match.speaker) ? match.speaker : null;
  const where = [speaker, match.date && !match.title.includes(match.date) ? match.date : null].filter(Boolean).join(' · ');
  return (
    <div class="vb-source">
      {match.detailsPending ? (
        // The wording follows the verdict in a second message; it did not come.
        <p class="vb-context">{t('sourceWordingUnavailable')}</p>
      ) : (
        <p class="vb-context">
          {match.before && <span class="vb-before">{match.before} </span>}
          <mark class="vb-original">
            <DiffView diff={match.diff} />
          </mark>
          {match.after && <span class="vb-after">{/^[,.;:!?)\]…]/.test(match.after) ? '' : ' '}{match.after}</span>}
        </p>
      )}
      <p class="vb-meta">
        {match.url ? (
          <a href={match.url} target="_blank" rel="noopener noreferrer">
            {match.title}
          </a>
        ) : (
          <span>{match.title}</span>
        )}
        {where && <span class="vb-where"> — {where}</span>}
        {match.turn && <span class="vb-turn"> · {t('sourceTurn', match.turn)}</span>}
      </p>
    </div>
  );
}
