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
    // offscreen (Chrome): the engine's document, which keeps the index loaded. scripting and the
    // same hosts as the content script (Chrome): the content script for pages already open at
    // install or update, which Firefox runs by itself (lib/ext/background-app.ts). The hosts add
    // no warning: the content script's own already asks to read and change http(s) pages.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'offscreen', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Moving between the page's quotes: the browser's shortcuts, so readers can rebind them (QUOTE_COMMANDS).
    commands: {
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextQuote__' },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousQuote__' },
    },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'verbatim@verbatim.example',
              // 140 (the current ESR, Debian's firefox-esr) brings the CSS Custom Highlight API and, on
              // desktop, the data-collection declaration; Android reads that declaration from 142.
              strict_min_version: '140.0',
              // Verbatim collects nothing: matching runs locally and no page text leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
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
