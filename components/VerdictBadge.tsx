import type { Verdict } from '../lib/types';
import { VERDICT_STYLES, verdictColor, verdictLabel, verdictMeaning } from '../lib/verdicts';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const style = VERDICT_STYLES[verdict];
  return (
    <span class={`vb-badge vb-badge-${verdict}`} style={{ borderColor: verdictColor(verdict), color: verdictColor(verdict) }} title={verdictMeaning(verdict)}>
      <span aria-hidden="true">{style.symbol}</span> {verdictLabel(verdict)}
    </span>
  );
}
