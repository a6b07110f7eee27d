import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Strings live in public/_locales so both browsers can translate the manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the engine under lib/ must run in Node without WXT's globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: { id: 'verbatim@verbatim.example', strict_min_version: '115.0' },
    },
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
