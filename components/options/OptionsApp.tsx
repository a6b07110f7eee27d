import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { VERDICTS, type Verdict } from '../../lib/types';
import { VERDICT_STYLES, verdictLabel, verdictMeaning } from '../../lib/verdicts';

export interface OptionsApi {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  openSourcesPage(): void;
}

const splitSites = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((site) => site.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''))
    .filter(Boolean);

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    api.load().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return <p class="vb-note">{t('optionsLoading')}</p>;

  const update = async (next: Settings) => {
    setSettings(next);
    await api.save(next);
    setSaved(t('optionsSaved'));
    setTimeout(() => setSaved(''), 1500);
  };
  const toggleVerdict = (verdict: Verdict, on: boolean) =>
    update({ ...settings, highlightVerdicts: on ? [...settings.highlightVerdicts, verdict] : settings.highlightVerdicts.filter((v) => v !== verdict) });

  return (
    <main class="vb-root vb-options">
      <h1>{t('optionsHeading')}</h1>
      <section>
        <h2>{t('optionsWhereHeading')}</h2>
        <label>
          <input type="radio" name="mode" checked={settings.siteMode === 'all'} onChange={() => update({ ...settings, siteMode: 'all' })} /> {t('optionsEverySiteExcept')}
        </label>
        <textarea aria-label={t('optionsDisabledSitesLabel')} rows={3} disabled={settings.siteMode !== 'all'} value={settings.disabledSites.join('\n')} onChange={(e) => update({ ...settings, disabledSites: splitSites((e.target as HTMLTextAreaElement).value) })} />
        <label>
          <input type="radio" name="mode" checked={settings.siteMode === 'listed'} onChange={() => update({ ...settings, siteMode: 'listed' })} /> {t('optionsOnlyListedSites')}
        </label>
        <textarea aria-label={t('optionsEnabledSitesLabel')} rows={3} disabled={settings.siteMode !== 'listed'} value={settings.enabledSites.join('\n')} onChange={(e) => update({ ...settings, enabledSites: splitSites((e.target as HTMLTextAreaElement).value) })} />
        <p class="vb-note">{t('optionsSitesHint')}</p>
      </section>
      <section>
        <h2>{t('optionsHighlightsHeading')}</h2>
        <p class="vb-note">{t('optionsHighlightsHint')}</p>
        <ul class="vb-verdict-options">
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <label>
                <input type="checkbox" checked={settings.highlightVerdicts.includes(verdict)} onChange={(e) => toggleVerdict(verdict, (e.target as HTMLInputElement).checked)} /> {VERDICT_STYLES[verdict].symbol} {verdictLabel(verdict)}
              </label>
              <input type="color" aria-label={t('optionsVerdictColour', verdictLabel(verdict))} value={settings.colors[verdict] ?? VERDICT_STYLES[verdict].color} onChange={(e) => update({ ...settings, colors: { ...settings.colors, [verdict]: (e.target as HTMLInputElement).value } })} />
              <span class="vb-note"> {verdictMeaning(verdict)}</span>
            </li>
          ))}
        </ul>
        <button onClick={() => update({ ...settings, colors: {} })}>{t('optionsResetColours')}</button>
      </section>
      <section>
        <h2>{t('optionsSourcesHeading')}</h2>
        <button onClick={() => api.openSourcesPage()}>{t('optionsManageSources')}</button>
      </section>
      <p role="status" class="vb-note">{saved}</p>
    </main>
  );
}
