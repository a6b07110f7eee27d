import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../lib/ext/content-app';
// The highlights' rules: added and taken away by the browser with the extension (lib/verdicts.ts).
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // document_idle: the browser benchmark measures from here to the highlights.
    performance.mark('verbatim:idle');
    // ctx aborts when a newer copy of this script starts here (the background injects one into
    // pages already open when Verbatim is installed or updated).
    startContent(document, ctx.signal, { cutOffScriptsLinger: import.meta.env.BROWSER !== 'firefox' }).catch((error: unknown) => {
      // Never let our failure surface as the page's error.
      console.warn('[Verbatim]', error);
    });
  },
});
