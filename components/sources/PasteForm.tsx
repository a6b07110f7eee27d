import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PastedSource } from './ingest';
import { ErrorLine } from './ErrorLine';

const EMPTY: PastedSource = { text: '', title: '', speaker: '', date: '', event: '', url: '', turns: 'auto' };

interface Props {
  /** Resolves when the source is stored; rejects with a message to show. */
  onAdd: (pasted: PastedSource) => Promise<void>;
}

export function PasteForm({ onAdd }: Props) {
  const [form, setForm] = useState<PastedSource>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const field = (key: Exclude<keyof PastedSource, 'turns'>) => ({
    id: `paste-${key}`,
    name: key,
    value: form[key],
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      setForm((current) => ({ ...current, [key]: value }));
    },
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form.text.trim()) {
      setError(t('sources_pasteEmpty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onAdd(form);
      setForm(EMPTY);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} aria-labelledby="paste-heading">
      <h2 id="paste-heading">{t('sources_pasteHeading')}</h2>
      <label for="paste-text">{t('sources_pasteText')}</label>
      <textarea {...field('text')} rows={8} required aria-describedby="paste-text-hint" />
      <p id="paste-text-hint" class="hint">
        {t('sources_pasteTextHint')}
      </p>
      <div class="fields">
        <div>
          <label for="paste-title">{t('sources_fieldTitle')}</label>
          <input {...field('title')} type="text" placeholder={t('sources_titlePlaceholder')} />
        </div>
        <div>
          <label for="paste-speaker">{t('sources_fieldSpeaker')}</label>
          <input {...field('speaker')} type="text" autocomplete="off" />
        </div>
        <div>
          <label for="paste-date">{t('sources_fieldDate')}</label>
          <input {...field('date')} type="text" inputMode="numeric" placeholder={t('sources_datePlaceholder')} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </div>
        <div>
          <label for="paste-event">{t('sources_fieldEvent')}</label>
          <input {...field('event')} type="text" />
        </div>
        <div class="wide">
          <label for="paste-url">{t('sources_fieldUrl')}</label>
          <input {...field('url')} type="url" placeholder={t('sources_urlPlaceholder')} />
        </div>
        <div class="wide">
          <label for="paste-turns">{t('sources_speakerLabels')}</label>
          <select
            id="paste-turns"
            value={form.turns}
            onChange={(event) => {
              const turns = event.currentTarget.value === 'none' ? 'none' : 'auto';
              setForm((current) => ({ ...current, turns }));
            }}
          >
            <option value="auto">{t('sources_speakerLabelsAuto')}</option>
            <option value="none">{t('sources_speakerLabelsNone')}</option>
          </select>
        </div>
      </div>
      <ErrorLine message={error} />
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t('sources_adding') : t('sources_addTranscript')}
      </button>
    </form>
  );
}
