import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import englishMessages from '../../public/_locales/en/messages.json';
import { fillSubstitutions, t } from '../../lib/i18n';

const root = join(__dirname, '..', '..');
const messages: Record<string, { message: string; description?: string }> = englishMessages;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const uiSources = [...sourceFiles('components'), ...sourceFiles('lib')];

describe('messages.json', () => {
  it('has a usable name and a translator description for every message', () => {
    for (const [key, entry] of Object.entries(messages)) {
      // Chrome rejects the whole file over a name outside this set.
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message, key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('has every key that a t() call in components/ and lib/ asks for', () => {
    const calls: { file: string; key: string }[] = [];
    for (const file of uiSources) for (const match of read(file).matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) calls.push({ file, key: match[1]! });
    // The popup alone has dozens; a scan that finds few is scanning the wrong files.
    expect(calls.length).toBeGreaterThan(40);
    const missing = calls.filter((call) => !(call.key in messages)).map((call) => `${call.file}: ${call.key}`);
    expect(missing).toEqual([]);
  });

  it('uses every key: in the code (as a string literal) or in the manifest (__MSG_key__)', () => {
    const code = [...uiSources, ...sourceFiles('entrypoints')].map(read).join('\n');
    const manifestKeys = new Set([...read('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]));
    expect(manifestKeys.size).toBeGreaterThan(0);
    const unused = Object.keys(messages).filter((key) => !manifestKeys.has(key) && !new RegExp(`['"]${key}['"]`).test(code));
    expect(unused).toEqual([]);
  });

  it('asks for the manifest keys that exist', () => {
    for (const key of read('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)) expect(messages, key[1]).toHaveProperty(key[1]!);
  });

  it('gives the toolbar button a translated tooltip (WXT takes it from the popup page\'s title)', () => {
    const title = /<title>([^<]*)<\/title>/.exec(read('entrypoints/popup/index.html'))?.[1];
    expect(title).toBe('__MSG_actionTitle__');
    expect(messages).toHaveProperty('actionTitle');
  });
});

describe('substitutions', () => {
  it('fills $1..$9 in order, leaves missing ones empty and turns $$ into $', () => {
    expect(fillSubstitutions('$2 before $1', ['a', 'b'])).toBe('b before a');
    expect(fillSubstitutions('[$1|$3]', ['a'])).toBe('[a|]');
    expect(fillSubstitutions('costs $$5', [])).toBe('costs $5');
  });

  it('does not read markers inside the substituted text', () => {
    expect(fillSubstitutions('“$1”', ['$2 and $$'])).toBe('“$2 and $$”');
  });

  it('fills the messages that take values', () => {
    expect(t('popupPageSaved', 'Press briefing')).toBe('Saved “Press briefing” to your sources.');
    expect(t('citationQuote', 'We choose to go', 'John F. Kennedy')).toBe('“We choose to go” — John F. Kennedy');
    expect(t('popupScareTermsMany', '3')).toBe('(3 quoted terms that are not speech.)');
  });
});

describe('lookup', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.doUnmock('wxt/browser');
    vi.resetModules();
  });

  it('falls back to English where the API is only a stub that throws', () => {
    // In vitest, wxt/browser is WXT's fake browser, whose i18n.getMessage is not implemented.
    expect(() => browser.i18n.getMessage('extName')).toThrow();
    expect(t('popupNoQuotes')).toBe(messages.popupNoQuotes!.message);
  });

  it('falls back to English where there is no extension API at all (Node, the CLI)', async () => {
    vi.doMock('wxt/browser', () => ({ browser: undefined }));
    vi.resetModules();
    const fresh = await import('../../lib/i18n');
    expect(fresh.t('cardClose')).toBe('Close');
    expect(fresh.t('optionsVerdictColour', 'Altered')).toBe('Altered colour');
  });

  it('uses the browser’s message when it has one, passing the substitutions on', () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) =>
      key === 'popupPageSaved' ? `« ${[substitutions].flat()[0]} » enregistré.` : '') as typeof browser.i18n.getMessage);
    expect(t('popupPageSaved', 'Discours')).toBe('« Discours » enregistré.');
    expect(getMessage).toHaveBeenCalledWith('popupPageSaved', ['Discours']);
    // An empty answer means the locale lacks the key: English fills in.
    expect(t('popupOptions')).toBe('Options');
  });
});

// Compile-time check (tsc --noEmit): a key missing from messages.json does not type-check.
export function unknownKeyIsATypeError() {
  // @ts-expect-error 'popupNoSuchKey' is not in messages.json
  return t('popupNoSuchKey');
}
