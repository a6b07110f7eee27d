import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Strings live in public/_locales so both browsers can translate the manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the engine under lib/ must run in Node without WXT's globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
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
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
