import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, siteOf, withSiteEnabled } from '../../lib/settings';
import { VERDICTS } from '../../lib/types';

describe('settings', () => {
  it('reduces a URL to its site', () => {
    expect(siteOf('https://www.Example.com/news/a?b=1')).toBe('example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('runs everywhere by default except on disabled sites and their subdomains', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'https://news.example.com/x', false);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'https://news.example.com/x')).toBe(true);
    expect(isSiteEnabled(off, 'https://news.example.com/y')).toBe(false);
    expect(isSiteEnabled(off, 'https://example.com/')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'https://news.example.com/', true), 'https://news.example.com/')).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(false);
  });

  it('runs only on listed sites in listed mode', () => {
    const listed = { ...DEFAULT_SETTINGS, siteMode: 'listed' as const, enabledSites: ['example.org'] };
    expect(isSiteEnabled(listed, 'https://a.example.org/')).toBe(true);
    expect(isSiteEnabled(listed, 'https://example.com/')).toBe(false);
    expect(withSiteEnabled(listed, 'https://example.com/', true).enabledSites).toEqual(['example.org', 'example.com']);
  });

  it('repairs whatever storage holds', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const parsed = parseSettings({ siteMode: 'bogus', disabledSites: ['a.com', 3], highlightVerdicts: ['exact', 'nope'], colors: { exact: '#123456', altered: 'red' } });
    expect(parsed.siteMode).toBe('all');
    expect(parsed.disabledSites).toEqual(['a.com']);
    expect(parsed.highlightVerdicts).toEqual(['exact']);
    expect(parsed.colors).toEqual({ exact: '#123456' });
    expect(parseSettings({}).highlightVerdicts).toEqual([...VERDICTS]);
  });
});
