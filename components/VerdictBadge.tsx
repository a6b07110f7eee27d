import type { Verdict } from '../lib/types';
import { VERDICT_STYLES, verdictColor, verdictLabel, verdictMeaning } from '../lib/verdicts';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const style = VERDICT_STYLES[verdict];
  return (
    // (The label in the text colour, the colour on the border and the symbol: several verdict colours
    // are too light for text on white.)
    <span class={`vb-badge vb-badge-${verdict}`} style={{ borderColor: verdictColor(verdict) }} title={verdictMeaning(verdict)}>
      <span aria-hidden="true" style={{ color: verdictColor(verdict) }}>
        {style.symbol}
      </span>{' '}
      {verdictLabel(verdict)}
    </span>
  );
}
