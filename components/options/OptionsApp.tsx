import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { VERDICTS, type Verdict } from '../../lib/types';
import { VERDICT_STYLES } from '../../lib/verdicts';

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
  if (!settings) return <p class="vb-note">Loading…</p>;

  const update = async (next: Settings) => {
    setSettings(next);
    await api.save(next);
    setSaved('Saved.');
    setTimeout(() => setSaved(''), 1500);
  };
  const toggleVerdict = (verdict: Verdict, on: boolean) =>
    update({ ...settings, highlightVerdicts: on ? [...settings.highlightVerdicts, verdict] : settings.highlightVerdicts.filter((v) => v !== verdict) });

  return (
    <main class="vb-root vb-options">
      <h1>Verbatim options</h1>
      <section>
        <h2>Where Verbatim runs</h2>
        <label>
          <input type="radio" name="mode" checked={settings.siteMode === 'all'} onChange={() => update({ ...settings, siteMode: 'all' })} /> On every site, except:
        </label>
        <textarea aria-label="Sites where Verbatim is off" rows={3} disabled={settings.siteMode !== 'all'} value={settings.disabledSites.join('\n')} onChange={(e) => update({ ...settings, disabledSites: splitSites((e.target as HTMLTextAreaElement).value) })} />
        <label>
          <input type="radio" name="mode" checked={settings.siteMode === 'listed'} onChange={() => update({ ...settings, siteMode: 'listed' })} /> Only on these sites:
        </label>
        <textarea aria-label="Sites where Verbatim runs" rows={3} disabled={settings.siteMode !== 'listed'} value={settings.enabledSites.join('\n')} onChange={(e) => update({ ...settings, enabledSites: splitSites((e.target as HTMLTextAreaElement).value) })} />
        <p class="vb-note">One site per line, e.g. example.com (its subdomains are included).</p>
      </section>
      <section>
        <h2>Highlights</h2>
        <p class="vb-note">Verdicts to highlight on the page, and their colours. Every quote is still listed in the popup.</p>
        <ul class="vb-verdict-options">
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <label>
                <input type="checkbox" checked={settings.highlightVerdicts.includes(verdict)} onChange={(e) => toggleVerdict(verdict, (e.target as HTMLInputElement).checked)} /> {VERDICT_STYLES[verdict].symbol} {VERDICT_STYLES[verdict].label}
              </label>
              <input type="color" aria-label={`${VERDICT_STYLES[verdict].label} colour`} value={settings.colors[verdict] ?? VERDICT_STYLES[verdict].color} onChange={(e) => update({ ...settings, colors: { ...settings.colors, [verdict]: (e.target as HTMLInputElement).value } })} />
              <span class="vb-note"> {VERDICT_STYLES[verdict].meaning}</span>
            </li>
          ))}
        </ul>
        <button onClick={() => update({ ...settings, colors: {} })}>Reset colours</button>
      </section>
      <section>
        <h2>Sources</h2>
        <button onClick={() => api.openSourcesPage()}>Manage your sources…</button>
      </section>
      <p role="status" class="vb-note">{saved}</p>
    </main>
  );
}
