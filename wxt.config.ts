import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

// lib/i18n.ts bundles the English messages as the fallback outside an extension; inside one the
// browser has them, so the bundles carry the words only, not the notes for translators.
function englishWithoutDescriptions(): Plugin {
  return {
    name: 'verbatim-english-without-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/_locales/en/messages.json')) return null;
      const messages = JSON.parse(code) as Record<string, { message: string }>;
      const slim = Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, { message: value.message }]));
      return { code: JSON.stringify(slim), map: null };
    },
  };
}

// Strings live in public/_locales so both browsers can translate the manifest.
export default defineConfig({
  // Explicit imports everywhere: the engine under lib/ must run in Node without WXT's globals.
  imports: false,
  vite: () => ({ plugins: [englishWithoutDescriptions(), preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): the engine's document, which keeps the index loaded (lib/ext/background-app.ts).
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'offscreen'],
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'verbatim@verbatim.example',
              // 140 brings the CSS Custom Highlight API; 142 the data-collection declaration on Android too.
              strict_min_version: '142.0',
              // Verbatim collects nothing: matching runs locally and no page text leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // 116: chrome.offscreen.hasDocument, which the engine's document relies on (lib/ext/background-app.ts).
          minimum_chrome_version: '116',
        }),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
