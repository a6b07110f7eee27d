import { t } from '../lib/i18n';
import { isGuessedSpeaker, type Speaker } from '../lib/types';

/** A quote's speaker; one the page does not name at the quote is marked as a guess. */
export function SpeakerName({ speaker, class: className }: { speaker: Speaker | null; class: string }) {
  if (!speaker) return <span class={className}>{t('unknownSpeaker')}</span>;
  if (!isGuessedSpeaker(speaker)) return <span class={className}>{speaker.name}</span>;
  return (
    <span class={className} title={t('speakerGuessedHint')}>
      {t('speakerGuessed', speaker.name)}
    </span>
  );
}
