// User settings: plain data plus pure rules, so the same checks run in every context and in tests.
import { VERDICTS, type Verdict } from './types';

export interface Settings {
  /** 'all': run everywhere except `disabledSites`; 'listed': only on `enabledSites`. */
  siteMode: 'all' | 'listed';
  disabledSites: string[];
  enabledSites: string[];
  /** Verdicts painted on the page; the popup lists every quote regardless. */
  highlightVerdicts: Verdict[];
  /** Colour per verdict (CSS colour); missing ones use the built-in palette. */
  colors: Partial<Record<Verdict, string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  siteMode: 'all',
  disabledSites: [],
  enabledSites: [],
  highlightVerdicts: [...VERDICTS],
  colors: {},
};

export const SETTINGS_KEY = 'verbatim:settings';

/** Lower-cased host without a leading "www.", the unit the site lists are kept in. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function listed(list: string[], site: string): boolean {
  return list.some((entry) => site === entry || site.endsWith(`.${entry}`));
}

export function isSiteEnabled(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  if (!site) return false;
  if (settings.siteMode === 'listed') return listed(settings.enabledSites, site);
  return !listed(settings.disabledSites, site);
}

/** The settings after the user turns Verbatim on or off for the site of `url`. */
export function withSiteEnabled(settings: Settings, url: string, enabled: boolean): Settings {
  const site = siteOf(url);
  if (!site) return settings;
  const without = (list: string[]) => list.filter((entry) => entry !== site);
  if (settings.siteMode === 'listed') {
    return { ...settings, enabledSites: enabled ? [...without(settings.enabledSites), site] : without(settings.enabledSites) };
  }
  return { ...settings, disabledSites: enabled ? without(settings.disabledSites) : [...without(settings.disabledSites), site] };
}

/** Accepts whatever storage holds (older versions, hand edits) and returns valid settings. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : []);
  const verdicts = Array.isArray(value.highlightVerdicts)
    ? value.highlightVerdicts.filter((v): v is Verdict => (VERDICTS as readonly string[]).includes(v))
    : [...VERDICTS];
  const colors: Partial<Record<Verdict, string>> = {};
  if (value.colors && typeof value.colors === 'object') {
    for (const verdict of VERDICTS) {
      const colour = (value.colors as Record<string, unknown>)[verdict];
      if (typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour)) colors[verdict] = colour;
    }
  }
  return {
    siteMode: value.siteMode === 'listed' ? 'listed' : 'all',
    disabledSites: strings(value.disabledSites),
    enabledSites: strings(value.enabledSites),
    highlightVerdicts: verdicts,
    colors,
  };
}
