import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/ext/background-app';
import { startEngine } from '../lib/ext/engine';

export default defineBackground(() => {
  // Firefox's background page persists, so the engine runs in it; Chrome's service worker does
  // not, so the engine gets an offscreen document there (and stays out of this bundle).
  startBackground(import.meta.env.BROWSER === 'firefox' ? startEngine : null);
});
